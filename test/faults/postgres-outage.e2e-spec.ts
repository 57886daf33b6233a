import { HANG_MS } from '../support/eventually.js';
import { importCompanies, sampleDocument, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';
import { CuttableProxy } from './support/backing-services.js';
import { freePort, waitFor } from './support/processes.js';

const READ = `{ companies(first: 5) { totalCount edges { node { id name } } } }`;

describe('PostgreSQL unreachable under a running API', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: CuttableProxy;
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = new CuttableProxy(await freePort(), { host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.open();
    const proxied = new URL(database.url);
    proxied.port = String(proxy.port);
    t = await startTestApp({ DATABASE_URL: proxied.toString() });
    await importCompanies(t, sampleDocument());
    staff = await signedIn(t, {
      email: 'staff@faults.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
  });

  afterAll(async () => {
    // The app closes its pool cleanly only when PostgreSQL answers.
    await proxy?.open();
    await t?.close();
    await proxy?.cut();
    await database?.drop();
  });

  it('answers a clean SERVICE_UNAVAILABLE and not-ready during the outage, then serves again without a restart', async () => {
    expect((await t.gql(READ, {}, { token: staff })).errors).toBeUndefined();
    await proxy.cut();

    const during = await t.gql(READ, {}, { token: staff });
    expect(during.data?.companies ?? null).toBeNull();
    expect(during.errors).toHaveLength(1);
    const [error] = during.errors!;
    expect(error.extensions).toEqual(
      expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', reason: 'SERVICE_UNAVAILABLE' }),
    );
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.message).not.toMatch(/ECONN|at .+\(|\.js:\d+/);
    expect((await t.http().get('/health/ready')).status).toBe(503);

    await proxy.open();
    await waitFor(
      'the same read to succeed again',
      async () => (await t.gql(READ, {}, { token: staff })).errors === undefined,
      HANG_MS,
      250,
    );
    const after = await t.gql<{ companies: { totalCount: number } }>(READ, {}, { token: staff });
    expect(after.data?.companies.totalCount).toBe(8);
    expect((await t.http().get('/health/ready')).status).toBe(200);
  });
});
