import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The GraphQL-over-HTTP conformance audit against the real server. Every MUST passes; the MAY
 * audits that fail are GET requests without a preflight header, which CSRF prevention refuses
 * on purpose.
 */
describe('GraphQL over HTTP conformance', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => t.close());

  const audits = serverAudits({ url: () => url });
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});
