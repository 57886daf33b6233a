import { DataSource } from 'typeorm';
import { importCompanies, login, sampleDocument, signedIn } from '../support/fixtures.js';
import { CapturingLogger, startMailCatcher, type MailCatcher } from '../support/mail-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const INVITE = `mutation($email: String!, $name: String!, $companyId: ID, $locale: Locale) {
  inviteMember(email: $email, name: $name, companyId: $companyId, locale: $locale) { id email role } }`;
const ACCEPT = `mutation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { accessToken user { email company { name } } } }`;

describe('invitations', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let admin: string;
  let mail: MailCatcher;
  const workerLog = new CapturingLogger();

  /** The invitation as delivered over SMTP: the only place its token exists in clear. */
  async function invitationLink(email: string): Promise<{ token: string; subject: string; body: string }> {
    const rows: { subject: string; body: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT subject, body FROM sent_emails WHERE to_address = $1 AND kind = 'invitation'`, [email]);
    const delivered = await mail.next(email);
    const token = /\/invitation\/([\w-]+)/.exec(delivered.text)![1];
    return { token, subject: rows[0].subject, body: delivered.text };
  }

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url });
    await t.startWorker({ logger: workerLog });
    ids = await importCompanies(t, sampleDocument());
    admin = await signedIn(t, {
      email: 'admin@maple.test',
      name: 'Emily',
      role: 'COMPANY_ADMIN',
      companyId: ids.get('LSO-1203'),
      locale: 'en',
    });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('lets a company admin invite a colleague, who sets a password once', async () => {
    const invited = await t.gql(
      INVITE,
      { email: 'raj@maple.test', name: 'Raj', locale: 'fr' },
      { token: admin },
    );
    expect(invited.data).toEqual({
      inviteMember: { id: expect.any(String), email: 'raj@maple.test', role: 'MEMBER' },
    });
    const email = await invitationLink('raj@maple.test');
    expect(email.subject).toBe('Votre invitation à Passerelle (Maple Antibody Therapeutics)');
    const accepted = await t.gql(ACCEPT, { token: email.token, password: 'Raj-Password-1' });
    expect(accepted.data).toEqual({
      acceptInvitation: {
        accessToken: expect.any(String),
        user: { email: 'raj@maple.test', company: { name: 'Maple Antibody Therapeutics' } },
      },
    });
    await expect(login(t, 'raj@maple.test', 'Raj-Password-1')).resolves.toEqual(expect.any(String));
    const stored: { everything: string }[] = await t.app
      .get(DataSource)
      .query(
        `SELECT row_to_json(e)::text AS everything FROM sent_emails e WHERE to_address = 'raj@maple.test'`,
      );
    expect(stored).toHaveLength(1);
    expect(stored[0].everything).not.toContain(email.token);
    expect(stored[0].everything).toContain('[redacted:link]');
    expect(workerLog.text).not.toContain(email.token);
    const again = await t.gql(
      ACCEPT,
      { token: email.token, password: 'Other-Password-2' },
      { language: 'fr' },
    );
    expect(again.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' }),
    );
  });

  it('refuses an expired invitation', async () => {
    await t.gql(INVITE, { email: 'late@maple.test', name: 'Late' }, { token: admin });
    const { token } = await invitationLink('late@maple.test');
    await t.app.get(DataSource).query(`UPDATE invitations SET expires_at = now() - interval '1 minute'`);
    const response = await t.gql(ACCEPT, { token, password: 'Late-Password-1' });
    expect(response.errors?.[0].extensions.reason).toBe('INVITATION_EXPIRED');
  });

  it('never reveals that an address has an account: same answer as a new one, the person is told', async () => {
    await signedIn(t, {
      email: 'Staff@LSO.test',
      name: 'Liam',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
    await signedIn(t, {
      email: 'nora@other.test',
      name: 'Nora',
      role: 'MEMBER',
      companyId: ids.get('BQ-0007'),
      locale: 'fr',
    });
    const db = t.app.get(DataSource);
    const accounts = async () => (await db.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;
    const before = await accounts();
    for (const email of ['staff@lso.test', 'nora@other.test', 'fresh@maple.test']) {
      const invited = await t.gql(INVITE, { email, name: 'Someone' }, { token: admin });
      expect(invited.errors).toBeUndefined();
      expect(invited.data).toEqual({ inviteMember: { id: expect.any(String), email, role: 'MEMBER' } });
    }
    expect(await accounts()).toBe(before + 1);
    const told: { to_address: string; subject: string; body: string }[] = await db.query(
      `SELECT to_address, subject, body FROM sent_emails WHERE kind = 'invitation-existing-account'
        ORDER BY lower(to_address)`,
    );
    expect(told.map((e) => [e.to_address, e.subject])).toEqual([
      ['nora@other.test', 'Invitation à Passerelle (Maple Antibody Therapeutics) : vous avez déjà un compte'],
      [
        'Staff@LSO.test',
        'Invitation to Passerelle (Maple Antibody Therapeutics): you already have an account',
      ],
    ]);
    expect(told.every((e) => !e.body.includes('/invitation/'))).toBe(true);
    // A colleague already on the company's member list is named as such.
    const colleague = await t.gql(INVITE, { email: 'fresh@maple.test', name: 'Again' }, { token: admin });
    expect(colleague.errors?.[0].extensions.reason).toBe('EMAIL_TAKEN');
  });

  it('does not let a company admin invite people into another company', async () => {
    const response = await t.gql(
      INVITE,
      { email: 'x@other.test', name: 'X', companyId: ids.get('BQ-0007') },
      { token: admin },
    );
    expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an email that already has an account', async () => {
    const response = await t.gql(INVITE, { email: 'ADMIN@maple.test', name: 'Dup' }, { token: admin });
    expect(response.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});
