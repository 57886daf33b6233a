import { DataSource } from 'typeorm';
import { HANG_MS } from '../support/eventually.js';
import { createUser, importCompanies, login, sampleDocument } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { PrivateRedis } from './support/backing-services.js';
import { freePort, waitFor } from './support/processes.js';

const READS = `{
  me { id email }
  companies(first: 5) { totalCount edges { node { id name } } }
  suggestedConnections(first: 5) { totalCount edges { node { score partner { name } } } }
}`;

describe('Redis restarted under a running API', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let member: string;
  let companyId: string;

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
    t = await startTestApp({ REDIS_URL: redis.url });
    const ids = await importCompanies(t, sampleDocument());
    companyId = ids.get('BQ-1042')!;
    await createUser(t, {
      email: 'admin@bq1042.test',
      name: 'Company Admin',
      role: 'COMPANY_ADMIN',
      locale: 'en',
      companyId,
    });
    member = await login(t, 'admin@bq1042.test');
  });

  afterAll(async () => {
    // The app's Redis clients close cleanly only when Redis answers.
    if (redis && !redis.running) await redis.start();
    await t?.close();
    await redis?.kill();
  });

  const ready = async () => (await t.http().get('/health/ready')).status;

  it('keeps answering reads while Redis is down, reports not ready, and recovers once it is back', async () => {
    expect(await ready()).toBe(200);
    await redis.kill();

    const reads = await t.gql<{ me: { email: string }; companies: { totalCount: number } }>(
      READS,
      {},
      { token: member },
    );
    expect(reads.errors).toBeUndefined();
    expect(reads.data?.me.email).toBe('admin@bq1042.test');
    expect(reads.data?.companies.totalCount).toBeGreaterThan(0);
    await waitFor('readiness to change', async () => (await ready()) !== 200, HANG_MS);
    expect(await ready()).toBe(503);
    await t.http().get('/health/live').expect(200);

    await redis.start();
    await waitFor('readiness to come back', async () => (await ready()) === 200, HANG_MS, 250);

    // A profile change after the restart queues a rescoring; with no feed served yet it becomes
    // the first full run, which gives this company its suggestions.
    const update = await t.gql(
      `mutation($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { id } }`,
      { input: { seeks: ['clinical_trial_services'] } },
      { token: member },
    );
    expect(update.errors).toBeUndefined();
    await t.startWorker();
    const db = t.app.get(DataSource);
    await waitFor(
      'the queued rescoring to produce a served feed',
      async () => (await db.query(`SELECT current_run_id FROM matching_state`))[0]?.current_run_id != null,
      HANG_MS,
      250,
    );
    const feed = await t.gql<{ suggestedConnections: { totalCount: number } }>(READS, {}, { token: member });
    expect(feed.data?.suggestedConnections.totalCount).toBeGreaterThan(0);
  });
});
