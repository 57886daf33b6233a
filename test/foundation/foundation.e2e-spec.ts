import { startTestApp, type TestApp } from '../support/test-app.js';

describe('foundation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports live and ready when PostgreSQL, Redis and the schema are in place', async () => {
    await t.http().get('/health/live').expect(200);
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.info).toEqual(
      expect.objectContaining({
        postgres: expect.anything(),
        redis: expect.anything(),
        migrations: expect.anything(),
      }),
    );
  });

  it('answers GraphQL and tags each response with a request id', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' })
      .expect(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('refuses a body over the size limit before parsing it', async () => {
    const huge = 'x'.repeat(t.config.REQUEST_BODY_LIMIT_KB * 1024 + 10);
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename } # ${huge}` });
    expect(response.status).toBe(413);
  });
});
