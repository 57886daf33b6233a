import { request } from 'node:http';
import { HANG_MS } from '../support/eventually.js';
import { createTestDatabase } from '../support/test-database.js';
import { buildDist, spawnBuilt, waitFor } from './support/processes.js';

const SECRET_PASSWORD = 'Never-Logged-Password-77';
const spawnApi = (env: Record<string, string>) => spawnBuilt('dist/apps/api/src/main.js', env);

describe('the API process', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const port = 3900 + Math.floor(Math.random() * 90);

  beforeAll(async () => {
    buildDist();
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('refuses to start in production with a default JWT secret, naming the problem', async () => {
    const api = spawnApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'changeme',
      DATABASE_URL: database.url,
      PORT: String(port),
    });
    expect(await api.exit).toBe(1);
    expect(api.output()).toContain('JWT_SECRET: must be at least 32 characters in production');
  });

  it('logs no password or token, finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const api = spawnApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-long-production-secret-for-the-fault-test-0001',
      ADMIN_EMAIL: 'root@fault.test',
      ADMIN_PASSWORD: SECRET_PASSWORD,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `fault_${port}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
    });
    await waitFor('the API to be ready', () => api.output().includes('Passerelle API ready'), HANG_MS);
    const login = JSON.stringify({
      query: `mutation { login(email: "root@fault.test", password: "${SECRET_PASSWORD}") { accessToken refreshToken } }`,
    });
    // A request whose body arrives in two parts, with SIGTERM in between: it is in flight.
    const answer = new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const call = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(login) },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        },
      );
      call.on('error', reject);
      call.write(login.slice(0, 20));
      setTimeout(() => {
        api.child.kill('SIGTERM');
        setTimeout(() => call.end(login.slice(20)), 500);
      }, 300);
    });
    const response = await answer;
    expect(response.status).toBe(200);
    const tokens = JSON.parse(response.body).data.login;
    expect(await api.exit).toBe(0);
    const logs = api.output();
    expect(logs).toContain('SIGTERM received');
    for (const secret of [SECRET_PASSWORD, tokens.accessToken, tokens.refreshToken])
      expect(logs).not.toContain(secret);
  });
});
