import { DataSource } from 'typeorm';
import { importCompanies, sampleDocument, signedIn } from '../support/fixtures.js';
import { CapturingLogger } from '../support/mail-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const INVITE = `mutation($email: String!, $name: String!) { inviteMember(email: $email, name: $name) { id } }`;

/** Without SMTP_URL, emails are logged, not delivered: the log says so once, and shows no link. */
describe('emails without SMTP', () => {
  let t: TestApp;
  const workerLog = new CapturingLogger();

  beforeAll(async () => {
    t = await startTestApp();
    await t.startWorker({ logger: workerLog });
  });
  afterAll(() => t.close());

  it('warns at start-up, then logs and keeps the invitation with its link withheld', async () => {
    expect(workerLog.lines.filter((line) => line.includes('SMTP_URL is not set'))).toHaveLength(1);
    const ids = await importCompanies(t, sampleDocument());
    const admin = await signedIn(t, {
      email: 'admin@maple.test',
      name: 'Emily',
      role: 'COMPANY_ADMIN',
      companyId: ids.get('LSO-1203'),
      locale: 'en',
    });
    const invited = await t.gql(INVITE, { email: 'raj@maple.test', name: 'Raj' }, { token: admin });
    expect(invited.errors).toBeUndefined();
    const db = t.app.get(DataSource);
    const deadline = Date.now() + 60_000;
    let status = 'PENDING';
    while (status !== 'LOGGED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [{ status }] = await db.query(`SELECT status FROM sent_emails WHERE to_address = 'raj@maple.test'`);
    }
    expect(status).toBe('LOGGED');
    const [row]: { body: string; sealed_secrets: string | null }[] = await db.query(
      `SELECT body, sealed_secrets FROM sent_emails WHERE to_address = 'raj@maple.test'`,
    );
    expect(row.body).toContain('[redacted:link]');
    expect(row.body).not.toMatch(/\/invitation\//);
    expect(row.sealed_secrets).toBeNull();
    const logged = workerLog.lines.find((line) => line.includes('raj@maple.test'));
    expect(logged).toContain('[redacted:link]');
    expect(workerLog.text).not.toMatch(/\/invitation\//);
  });
});
