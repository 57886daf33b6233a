import { DataSource } from 'typeorm';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OPEN = `mutation { openQueueDashboard { path expiresAt } }`;

describe('events: the job queue dashboard at /admin/queues', () => {
  let t: TestApp;
  let staff: string;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await signedIn(t, {
      email: 'ops@lso.test',
      name: 'Ops',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
    const [company] = await t.app
      .get(DataSource)
      .query(
        `INSERT INTO companies (name, province, languages, sectors) VALUES ('Solo inc.', 'QC', '{fr}', '{biopharma}') RETURNING id`,
      );
    member = await signedIn(t, {
      email: 'solo@member.test',
      name: 'Solo',
      role: 'COMPANY_ADMIN',
      companyId: company.id,
      locale: 'fr',
    });
  });
  afterAll(() => t.close());

  it('is never open to anonymous callers or members', async () => {
    const anonymous = await t.http().get('/admin/queues').set('accept-language', 'fr-CA');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0]).toEqual({
      message: 'Veuillez vous connecter.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const api = await t.http().get('/admin/queues/api/queues');
    expect(api.status).toBe(401);
    const byMember = await t.http().get('/admin/queues').set('authorization', `Bearer ${member}`);
    expect(byMember.status).toBe(403);
    expect(byMember.body.errors[0].message).toBe("Vous n'avez pas accès à cette action.");
  });

  it('shows every queue to staff with their bearer token', async () => {
    const page = await t.http().get('/admin/queues').set('authorization', `Bearer ${staff}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await t.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${staff}`);
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'matching',
      'meetings',
      'notifications',
      'scheduling',
    ]);
  });

  it('lets a staff member’s browser in with a short-lived cookie, revoked when their tokens are', async () => {
    const refused = await t.gql(OPEN, {}, { token: member });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const response = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${staff}`)
      .send({ query: OPEN });
    expect(response.body.data.openQueueDashboard.path).toBe('/admin/queues');
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    expect(setCookie[0]).toMatch(
      /^passerelle_queues=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict; Max-Age=600$/,
    );
    const cookie = setCookie[0].split(';')[0];
    expect((await t.http().get('/admin/queues/api/queues').set('cookie', cookie)).status).toBe(200);
    const tampered = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await t.http().get('/admin/queues/api/queues').set('cookie', tampered)).status).toBe(401);
    await t.app
      .get(DataSource)
      .query(`UPDATE users SET token_version = token_version + 1 WHERE email = 'ops@lso.test'`);
    expect((await t.http().get('/admin/queues/api/queues').set('cookie', cookie)).status).toBe(401);
    const audit = await t.app
      .get(DataSource)
      .query(`SELECT action FROM staff_audit_log WHERE action = 'queues.dashboard.open'`);
    expect(audit).toHaveLength(1);
  });
});
