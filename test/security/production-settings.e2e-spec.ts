import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { webDistDirectory } from '../../apps/api/src/web/web-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('production settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-more-than-32-chars',
    });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const response = await t.gql(`{ __schema { queryType { name } } }`);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names to a prober', async () => {
    const response = await t.gql(`{ compani { id } }`);
    expect(response.errors?.[0].message).toBe('Cannot query field "compani" on type "Query".');
    expect(JSON.stringify(response.errors)).not.toContain('Did you mean');
    // graphql-js suggests enum values when it coerces a variable, whatever Apollo's plugin does.
    const status = await t.gql(`query($s: TradeMissionStatus) { tradeMissions(status: $s) { id } }`, {
      s: 'OPE',
    });
    expect(status.errors?.[0].message).toBe(
      'Variable "$s" got invalid value "OPE"; Value "OPE" does not exist in "TradeMissionStatus" enum.',
    );
  });

  it('never sends a stack trace', async () => {
    const response = await t.gql(`{ company(id: "not-a-uuid") { id } }`);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('serves no source map of the web app', async () => {
    const built = join(webDistDirectory(), 'assets');
    const maps = existsSync(built) ? readdirSync(built).filter((f) => f.endsWith('.map')) : [];
    for (const path of ['/assets/index.js.map', ...maps.map((f) => `/assets/${f}`)]) {
      const response = await t.http().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('shows no query IDE or landing page at the GraphQL endpoint', async () => {
    const response = await t.http().get('/graphql').set('accept', 'text/html');
    expect(response.headers['content-type']).not.toMatch(/html/);
    expect(response.text).not.toMatch(/sandbox|graphiql|playground|landing/i);
  });
});
