import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { runFullRescore } from '../matching/run-helpers.js';
import {
  meetingWorld,
  range,
  requestMeeting,
  T0,
  TestClock,
  type MeetingWorld,
} from '../meetings/meetings-fixtures.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type ApiInstance, type TestApp } from '../support/test-app.js';

const FEED = `{ suggestedConnections(first: 50) { totalCount edges { node { score partner { externalId } } } } }`;

interface Feed {
  suggestedConnections: {
    totalCount: number;
    edges: { node: { score: number; partner: { externalId: string } } }[];
  };
}

/** Two API instances on one PostgreSQL and one Redis behave as one product. */
describe('two API instances', () => {
  let a: TestApp;
  let b: ApiInstance;
  let w: MeetingWorld;
  let client: Client | undefined;

  beforeAll(async () => {
    a = await startTestApp();
    b = await a.startApiInstance();
    w = await meetingWorld(a);
    const worker = await a.startWorker();
    new TestClock([a.app, b.app, worker], T0);
  });
  afterAll(async () => {
    await client?.dispose();
    await a.close();
  });

  it('pushes a notification caused on one instance to a socket held by the other', async () => {
    const server = await b.app.listen(0, '127.0.0.1');
    client = createClient({
      url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${w.ann.token}` },
      retryAttempts: 0,
    });
    const subscribed = client;
    const received: string[] = [];
    const first = new Promise<void>((resolve, reject) => {
      subscribed.subscribe<{ notificationAdded: { kind: string } }>(
        { query: 'subscription { notificationAdded { kind } }' },
        {
          next: (value) => {
            received.push(value.data!.notificationAdded.kind);
            resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // Instance B listens on the person's Redis channel from then on.
    const redis = new Redis(a.config.REDIS_URL);
    const channel = `${a.config.QUEUE_PREFIX}:notifications:${w.ann.id}`;
    await eventually(
      'instance B to subscribe on Redis',
      async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1],
      (listeners) => listeners > 0,
      { everyMs: 20 },
    );
    redis.disconnect();
    await requestMeeting(a, w.julie, w.ids.get('LSO-0310')!, [range(24, 25)]);
    await first;
    expect(received[0]).toBe('MEETING_REQUEST_RECEIVED');
  });

  it('serves the same feed from both, and both see a change made through one', async () => {
    await runFullRescore(a, w.staff.token);
    const fromA = await a.gql<Feed>(FEED, {}, { token: w.julie.token });
    const fromB = await b.gql<Feed>(FEED, {}, { token: w.julie.token });
    expect(fromA.errors).toBeUndefined();
    expect(fromA.data!.suggestedConnections.totalCount).toBeGreaterThan(0);
    expect(fromB.data).toEqual(fromA.data);
    const partners = (feed: Feed) => feed.suggestedConnections.edges.map((e) => e.node.partner.externalId);
    expect(partners(fromB.data!)).toContain('LSO-0310');
    const optOut = await a.gql(
      `mutation { updateCompanyProfile(input: { matchmakingOptIn: false }) { id } }`,
      {},
      { token: w.ann.token },
    );
    expect(optOut.errors).toBeUndefined();
    await eventually(
      'instance B to stop suggesting the company that opted out through instance A',
      async () => partners((await b.gql<Feed>(FEED, {}, { token: w.julie.token })).data!),
      (now) => !now.includes('LSO-0310'),
    );
  });
});

describe('API instances starting together', () => {
  it('create the administrator once', async () => {
    const t = await startTestApp({
      ADMIN_EMAIL: 'root@together.test',
      ADMIN_PASSWORD: 'Together-Password-2026',
    });
    try {
      await t.app.get(DataSource).query(`DELETE FROM users WHERE email = 'root@together.test'`);
      const started = await Promise.allSettled([
        t.startApiInstance(),
        t.startApiInstance(),
        t.startApiInstance(),
      ]);
      expect(started.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const [{ n }]: { n: number }[] = await t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM users WHERE email = 'root@together.test'`);
      expect(n).toBe(1);
    } finally {
      await t.close();
    }
  });
});
