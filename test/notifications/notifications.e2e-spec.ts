import { DataSource } from 'typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { MeetingRemindersJob } from '@app/meetings';
import {
  after,
  db,
  meetingWorld,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
} from '../meetings/meetings-fixtures.js';
import { HANG_MS } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Live {
  id: string;
  kind: string;
  message: string;
  createdAt: string;
  readAt: string | null;
  meetingRequestId: string | null;
}

const SUBSCRIPTION = `subscription { notificationAdded { id kind message createdAt readAt meetingRequestId } }`;

/** In-app notifications: the list, marking them read, and the live feed over graphql-ws. */
describe('notifications', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let worker: INestApplicationContext;
  let clock: TestClock;
  let wsUrl: string;
  let redis: Redis;
  const clients: Client[] = [];

  function connect(token?: string): Client {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  }

  /** Resolves once the API listens on the person's Redis channel: the subscription is live from then on. */
  async function subscribedOnRedis(userId: string): Promise<void> {
    const channel = `${t.config.QUEUE_PREFIX}:notifications:${userId}`;
    // Generous: on a loaded machine the socket handshake and the Redis SUBSCRIBE can take a while.
    const deadline = Date.now() + HANG_MS;
    while (Date.now() < deadline) {
      const [, listeners] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (listeners > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`nobody listens on ${channel}`);
  }

  /** The next `count` events of a subscription, or its error; `ready` once the server listens for them. */
  function listen(client: Client, count: number, userId?: string) {
    const received: Live[] = [];
    const done = new Promise<{ received: Live[]; error?: unknown }>((resolve) => {
      const stop = client.subscribe<{ notificationAdded: Live }>(
        { query: SUBSCRIPTION },
        {
          next: (value) => {
            if (value.errors) {
              resolve({ received, error: value.errors });
              return;
            }
            received.push(value.data!.notificationAdded);
            if (received.length === count) {
              stop();
              resolve({ received });
            }
          },
          error: (error) => resolve({ received, error }),
          complete: () => resolve({ received }),
        },
      );
    });
    return { ready: userId ? subscribedOnRedis(userId) : Promise.resolve(), done };
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    worker = await t.startWorker();
    clock = new TestClock([t.app, worker], T0);
    const server = await t.app.listen(0, '127.0.0.1');
    wsUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    redis = new Redis(t.config.REDIS_URL);
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    redis.disconnect();
    await t.close();
  });

  it('pushes a new notification live to the signed-in person, in their language', async () => {
    const ann = listen(connect(w.ann.token), 1, w.ann.id);
    const raj = listen(connect(w.raj.token), 1, w.raj.id);
    const julie = listen(connect(w.julie.token), 1, w.julie.id);
    await Promise.all([ann.ready, raj.ready, julie.ready]);
    const request = await requestMeeting(t, w.julie, w.ids.get('LSO-0310')!, [range(24, 25)]);
    for (const { done } of [ann, raj]) {
      const { received, error } = await done;
      expect(error).toBeUndefined();
      expect(received).toEqual([
        {
          id: expect.any(String),
          kind: 'MEETING_REQUEST_RECEIVED',
          message: 'Julie Tremblay from Néovasc Thérapeutique inc. would like to meet your company.',
          createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          readAt: null,
          meetingRequestId: request.id,
        },
      ]);
    }
    await respond(t, w.raj, request.id);
    const { received } = await julie.done;
    expect(received[0].kind).toBe('MEETING_REQUEST_ACCEPTED');
    expect(received[0].message).toMatch(
      /^Raj Patel \(Lakeshore Clinical Research\) a accepté votre demande de rencontre : mardi 3 décembre 2030/,
    );
  });

  it('delivers what the worker sends to the API instance holding the socket (Redis pub/sub)', async () => {
    const raj = listen(connect(w.raj.token), 1, w.raj.id);
    await raj.ready;
    clock.set(after(24 - 10 / 60));
    await worker.get(MeetingRemindersJob).remind();
    const { received } = await raj.done;
    expect(received[0]).toEqual(
      expect.objectContaining({
        kind: 'MEETING_REMINDER_15M',
        message: expect.stringMatching(
          /^Your meeting with Néovasc Thérapeutique inc\. starts in 15 minutes \(Tuesday, December 3, 2030, 12:00/,
        ),
      }),
    );
  });

  it('refuses a subscription without a valid token', async () => {
    const anonymous = await listen(connect(undefined), 1).done;
    expect(anonymous.received).toEqual([]);
    expect(JSON.stringify(anonymous.error)).toContain('UNAUTHENTICATED');
    // A token that is no longer good closes the socket with the code that says "refresh and reconnect".
    const stale = await listen(connect('not-a-token'), 1).done;
    expect(stale.received).toEqual([]);
    expect((stale.error as { code?: number }).code).toBe(4419);
  });

  it('lists notifications newest first, page by page, with the unread count, and marks them read', async () => {
    const page = async (variables: Record<string, unknown>) => {
      const response = await t.gql<{
        notifications: {
          totalCount: number;
          unreadCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; kind: string; readAt: string | null } }[];
        };
      }>(
        `query($first: Int, $after: String, $unreadOnly: Boolean) {
          notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
            totalCount unreadCount pageInfo { hasNextPage endCursor } edges { node { id kind readAt } } } }`,
        variables,
        { token: w.raj.token },
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.notifications;
    };
    // Accepting the request read its notice (test/notifications/read-on-action.e2e-spec.ts):
    // unread again here, to page through two unread notifications.
    await t.app
      .get(DataSource)
      .query(`UPDATE notifications SET read_at = NULL WHERE user_id = $1`, [w.raj.id]);
    const first = await page({ first: 1 });
    expect(first).toEqual(
      expect.objectContaining({
        totalCount: 2,
        unreadCount: 2,
        pageInfo: expect.objectContaining({ hasNextPage: true }),
      }),
    );
    expect(first.edges.map((e) => e.node.kind)).toEqual(['MEETING_REMINDER_15M']);
    const second = await page({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.kind)).toEqual(['MEETING_REQUEST_RECEIVED']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const marked = await t.gql<{ markRead: { id: string; readAt: string }[] }>(
      `mutation($ids: [ID!]!) { markRead(ids: $ids) { id readAt } }`,
      { ids: [first.edges[0].node.id] },
      { token: w.raj.token },
    );
    expect(marked.data?.markRead).toEqual([{ id: first.edges[0].node.id, readAt: expect.any(String) }]);
    const unread = await page({ unreadOnly: true });
    expect(unread).toEqual(expect.objectContaining({ totalCount: 1, unreadCount: 1 }));
    expect(unread.edges.map((e) => e.node.kind)).toEqual(['MEETING_REQUEST_RECEIVED']);

    const foreign = await t.gql(
      `mutation($ids: [ID!]!) { markRead(ids: $ids) { id } }`,
      { ids: [second.edges[0].node.id] },
      {
        token: w.ann.token,
      },
    );
    expect(foreign.data).toEqual({ markRead: [] });
    const all = await t.gql(`mutation { markAllRead }`, {}, { token: w.raj.token });
    expect(all.data).toEqual({ markAllRead: 1 });
    expect((await page({})).unreadCount).toBe(0);
  });

  it('refuses bad list arguments, naming them', async () => {
    const tooMany = await t.gql(`{ notifications(first: 101) { totalCount } }`, {}, { token: w.raj.token });
    expect(tooMany.errors?.[0].extensions.fields).toEqual([
      { path: 'first', message: 'must be a whole number from 0 to 100.' },
    ]);
    const badCursor = await t.gql(
      `{ notifications(after: "WyJ4IiwieSJd") { totalCount } }`,
      {},
      { token: w.raj.token },
    );
    expect(badCursor.errors?.[0].extensions.fields).toEqual([
      { path: 'after', message: 'is not a valid cursor for this list.' },
    ]);
    const badId = await t.gql(`mutation { markRead(ids: ["nope"]) { id } }`, {}, { token: w.raj.token });
    expect(badId.errors?.[0].extensions.fields).toEqual([
      { path: 'ids[0]', message: 'is not a valid identifier.' },
    ]);
  });

  it('renders stored notifications in the reader’s current language', async () => {
    await t.gql(`mutation { updateMe(input: { locale: fr }) { locale } }`, {}, { token: w.raj.token });
    const response = await t.gql<{ notifications: { edges: { node: { message: string } }[] } }>(
      `{ notifications(first: 1) { edges { node { message } } } }`,
      {},
      { token: w.raj.token },
    );
    expect(response.data?.notifications.edges[0].node.message).toMatch(
      /^Votre rencontre avec Néovasc Thérapeutique inc\. commence dans 15 minutes \(mardi 3 décembre 2030, 12 h 00/,
    );
    const [{ n }] = await db(t).query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [
      w.raj.id,
    ]);
    expect(n).toBe(2);
  });
});
