import { DataSource } from 'typeorm';
import { createUser, login, TEST_PASSWORD } from '../support/fixtures.js';
import { CapturingLogger, startMailCatcher, type MailCatcher } from '../support/mail-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) { accessToken refreshToken user { email } } }`;
const CHANGE = `mutation($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { accessToken refreshToken user { email } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }`;

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

describe('passwords: forgotten (reset by email) and changed', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let db: DataSource;
  const workerLog = new CapturingLogger();

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url });
    await t.startWorker({ logger: workerLog });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const person = (email: string, locale: 'fr' | 'en' = 'en') =>
    createUser(t, { email, name: 'Chloé', role: 'STAFF', association: 'LSO', locale });
  const signIn = async (email: string, password = TEST_PASSWORD): Promise<Tokens> => {
    const response = await t.gql<{ login: Tokens }>(SIGN_IN, { email, password });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.login;
  };
  /** The link's token as delivered over SMTP: the only place it exists in clear. */
  const resetToken = async (email: string): Promise<{ token: string; text: string }> => {
    const delivered = await mail.next(email);
    return { token: /\/reset-password\?token=([\w-]+)/.exec(delivered.text)![1], text: delivered.text };
  };
  const refresh = (refreshToken: string) => t.gql(REFRESH, { r: refreshToken });

  it('emails a link in the person’s language that sets a new password once and ends the old sessions', async () => {
    await person('chloe@reset.test', 'fr');
    const before = await signIn('chloe@reset.test');
    const asked = await t.gql(REQUEST, { email: 'Chloe@Reset.test' });
    expect(asked.data).toEqual({ requestPasswordReset: true });
    const { token, text } = await resetToken('chloe@reset.test');
    expect(text).toContain('Vous avez demandé à choisir un nouveau mot de passe');
    expect(text).toContain(`${t.config.PUBLIC_URL}/reset-password?token=${token}`);

    const stored: { everything: string; subject: string }[] = await db.query(
      `SELECT subject, row_to_json(e)::text AS everything FROM sent_emails e WHERE kind = 'password-reset'`,
    );
    expect(stored.map((e) => e.subject)).toEqual(['Réinitialiser votre mot de passe Passerelle']);
    expect(stored[0].everything).not.toContain(token);
    expect(stored[0].everything).toContain('[redacted:link]');
    const resets: { everything: string }[] = await db.query(
      `SELECT row_to_json(r)::text AS everything FROM password_resets r`,
    );
    expect(resets.map((r) => r.everything).join()).not.toContain(token);
    expect(workerLog.text).not.toContain(token);

    const reset = await t.gql<{ resetPassword: Tokens & { user: { email: string } } }>(RESET, {
      token,
      password: 'Nouveau-Passe-2026',
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.user).toEqual({ email: 'chloe@reset.test' });
    const me = await t.gql(`{ me { email } }`, {}, { token: reset.data!.resetPassword.accessToken });
    expect(me.data).toEqual({ me: { email: 'chloe@reset.test' } });
    await expect(login(t, 'chloe@reset.test', 'Nouveau-Passe-2026')).resolves.toEqual(expect.any(String));
    expect((await refresh(before.refreshToken)).errors?.[0].extensions.reason).toBe('SESSION_ENDED');

    const again = await t.gql(RESET, { token, password: 'Autre-Passe-2026' }, { language: 'fr' });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Ce lien de réinitialisation n’est pas valide ou a déjà servi. Demandez-en un nouveau.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_INVALID' },
    });
    await expect(login(t, 'chloe@reset.test', 'Autre-Passe-2026')).rejects.toThrow();
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    await person('twice@reset.test');
    await t.gql(REQUEST, { email: 'twice@reset.test' });
    const { token } = await resetToken('twice@reset.test');
    const answers = await Promise.all(
      ['First-Password-1', 'Second-Password-2'].map((password) => t.gql(RESET, { token, password })),
    );
    expect(answers.filter((a) => a.data?.resetPassword).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0].extensions.reason === 'RESET_LINK_INVALID').length).toBe(1);
  });

  it('refuses an expired link, saying so', async () => {
    await person('late@reset.test');
    await t.gql(REQUEST, { email: 'late@reset.test' });
    const { token } = await resetToken('late@reset.test');
    await db.query(`UPDATE password_resets SET expires_at = now() - interval '1 minute'`);
    const response = await t.gql(RESET, { token, password: 'Late-Password-1' });
    expect(response.errors?.[0]).toMatchObject({
      message: 'This reset link has expired (it works for an hour). Ask for a new one.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_EXPIRED' },
    });
    await expect(login(t, 'late@reset.test')).resolves.toEqual(expect.any(String));
  });

  it('answers true for an address without an account and sends nothing', async () => {
    const emailsBefore = (await db.query(`SELECT count(*)::int AS n FROM sent_emails`))[0].n as number;
    const response = await t.gql(REQUEST, { email: 'nobody@reset.test' });
    expect(response).toMatchObject({ data: { requestPasswordReset: true } });
    expect(response.errors).toBeUndefined();
    expect((await db.query(`SELECT count(*)::int AS n FROM sent_emails`))[0].n).toBe(emailsBefore);
    expect(mail.emails.some((e) => e.to.includes('nobody@reset.test'))).toBe(false);
  });

  it('names a too weak new password and keeps the link for a better one', async () => {
    await person('weak@reset.test');
    await t.gql(REQUEST, { email: 'weak@reset.test' });
    const { token } = await resetToken('weak@reset.test');
    const weak = await t.gql(RESET, { token, password: 'short' }, { language: 'fr' });
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'password',
          message: 'doit compter au moins 10 caractères, dont des lettres et des chiffres ou symboles.',
        },
      ],
    });
    expect((await t.gql(RESET, { token, password: 'Strong-Enough-1' })).data?.resetPassword).toBeTruthy();
  });

  it('limits how many links one address can ask for, whether or not it has an account', async () => {
    for (const email of ['many@reset.test', 'ghost@reset.test']) {
      if (email === 'many@reset.test') await person(email);
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await t.gql(REQUEST, { email }));
      expect(answers.slice(0, 5).every((a) => a.data?.requestPasswordReset === true)).toBe(true);
      expect(answers[5].errors?.[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
      });
    }
    // Each new link replaced the one before: one link is waiting, not five.
    const open = await db.query(
      `SELECT count(*)::int AS n FROM password_resets r JOIN users u ON u.id = r.user_id
        WHERE u.email = 'many@reset.test' AND r.used_at IS NULL`,
    );
    expect(open[0].n).toBe(1);
  });

  it('changes the password of the signed-in person and ends their other sessions', async () => {
    await person('change@pw.test');
    const here = await signIn('change@pw.test');
    const elsewhere = await signIn('change@pw.test');
    const changed = await t.gql<{ changePassword: Tokens & { user: { email: string } } }>(
      CHANGE,
      { current: TEST_PASSWORD, next: 'Changed-Password-9' },
      { token: here.accessToken },
    );
    expect(changed.data?.changePassword.user).toEqual({ email: 'change@pw.test' });
    const fresh = changed.data!.changePassword;
    expect((await t.gql(`{ me { email } }`, {}, { token: fresh.accessToken })).data).toEqual({
      me: { email: 'change@pw.test' },
    });
    expect((await refresh(fresh.refreshToken)).errors).toBeUndefined();
    expect((await refresh(elsewhere.refreshToken)).errors?.[0].extensions.reason).toBe('SESSION_ENDED');
    const old = await t.gql(`{ me { email } }`, {}, { token: elsewhere.accessToken });
    expect(old.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await expect(login(t, 'change@pw.test', 'Changed-Password-9')).resolves.toEqual(expect.any(String));
  });

  it('names a wrong current password and a weak new one, and changes nothing', async () => {
    await person('wrong@pw.test', 'fr');
    const session = await signIn('wrong@pw.test');
    const response = await t.gql(
      CHANGE,
      { current: 'not-my-password', next: 'weak' },
      { token: session.accessToken },
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'currentPassword', message: 'ne correspond pas à votre mot de passe actuel.' },
        { path: 'newPassword', message: expect.stringContaining('au moins 10 caractères') },
      ],
    });
    expect((await refresh(session.refreshToken)).errors).toBeUndefined();
    await expect(login(t, 'wrong@pw.test')).resolves.toEqual(expect.any(String));
  });
});
