import { jest } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { REDIS } from '@app/redis';
import { eventually } from '../support/eventually.js';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type ApiInstance, type OtherApiInstance, type TestApp } from '../support/test-app.js';

const NOTIFICATIONS = `subscription { notificationAdded { id } }`;
const LEASE_SECONDS = 30;

interface Refusal {
  message: string;
  extensions: Record<string, unknown>;
}

/**
 * The cap on a person's live subscriptions holds across API instances (GRAPHQL_WS_SUBSCRIPTIONS_PER_USER
 * counted in Redis), and the slots of an instance that died free themselves when their lease ends.
 */
describe('live subscriptions per person across two API instances', () => {
  let a: TestApp;
  let b: OtherApiInstance;
  let token: string;
  let slotsKey: string;
  let redis: Redis;
  const clients: Client[] = [];

  const urls = new Map<ApiInstance, string>();

  const listen = async (instance: ApiInstance) => {
    const server = await instance.app.listen(0, '127.0.0.1');
    urls.set(instance, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  };

  beforeAll(async () => {
    a = await startTestApp({
      GRAPHQL_WS_SUBSCRIPTIONS_PER_SOCKET: '5',
      GRAPHQL_WS_SUBSCRIPTIONS_PER_USER: '3',
      GRAPHQL_WS_SUBSCRIPTION_LEASE_SECONDS: String(LEASE_SECONDS),
    });
    b = await a.startApiInstance();
    await Promise.all([listen(a), listen(b)]);
    token = await signedIn(a, {
      email: 'ann@lakeshore.test',
      name: 'Ann',
      role: 'STAFF',
      association: 'LSO',
      locale: 'fr',
    });
    const [{ id }] = await a.app
      .get(DataSource)
      .query(`SELECT id FROM users WHERE email = 'ann@lakeshore.test'`);
    slotsKey = `${a.config.QUEUE_PREFIX}:live-subscriptions:${id}`;
    redis = new Redis(a.config.REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    redis.disconnect();
    await a.close();
  });
  afterEach(() => jest.restoreAllMocks());

  /** A socket of the person to an instance; `subscribe` resolves only when refused. */
  function socketTo(instance: ApiInstance) {
    const client = createClient({
      url: urls.get(instance)!,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const unsubscribes: (() => void)[] = [];
    const subscribe = () =>
      new Promise<Refusal[]>((resolve) => {
        unsubscribes.push(
          client.subscribe(
            { query: NOTIFICATIONS },
            {
              next: () => undefined,
              error: (errors) => resolve(errors as Refusal[]),
              complete: () => undefined,
            },
          ),
        );
      });
    /** `count` subscribes at once; the one refusal among them. */
    const subscribeMany = (count: number) => Promise.race(Array.from({ length: count }, subscribe));
    return { client, subscribe, subscribeMany, unsubscribes };
  }

  const held = (count: number) =>
    eventually(
      `the person to hold ${count} live subscriptions`,
      () => redis.zcard(slotsKey),
      (n) => n === count,
    );

  const refusedAt = (actual: number): Refusal[] => [
    {
      message: `Trop d’abonnements en direct (${actual} ; au plus 3). Fermez-en un avant d’en ouvrir un autre.`,
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SUBSCRIPTIONS', limit: 3, actual },
    },
  ];

  it('counts the subscriptions held on both instances against one cap, and gives slots back', async () => {
    const onA = socketTo(a);
    void onA.subscribe();
    void onA.subscribe();
    await held(2);
    const onB = socketTo(b);
    expect(await onB.subscribeMany(2)).toEqual(refusedAt(4));
    await held(3);
    // An operation completed on one instance frees its slot for the other.
    onA.unsubscribes[0]();
    await held(2);
    expect(await onB.subscribeMany(2)).toEqual(refusedAt(4));
    await held(3);
    // A socket closed gives back every slot it held.
    await onA.client.dispose();
    await onB.client.dispose();
    await held(0);
  });

  it(
    'keeps renewing the slot of a live subscription past its first lease',
    async () => {
      const onA = socketTo(a);
      void onA.subscribe();
      await held(1);
      const [, firstEnd] = await redis.zrange(slotsKey, 0, 0, 'WITHSCORES');
      // The instance renews every third of a lease.
      await eventually(
        'the instance to renew the slot',
        async () => Number((await redis.zrange(slotsKey, 0, 0, 'WITHSCORES'))[1]),
        (end) => end > Number(firstEnd),
        { timeoutMs: 2 * LEASE_SECONDS * 1000 },
      );
      const now = Date.now.bind(Date);
      const offset = Number(firstEnd) + 1 - now();
      jest.spyOn(Date, 'now').mockImplementation(() => now() + offset);
      // Past the first lease, the renewed slot still counts: two more fit, not three.
      expect(await onA.subscribeMany(3)).toEqual(refusedAt(4));
      await onA.client.dispose();
      await held(0);
    },
    3 * LEASE_SECONDS * 1000,
  );

  it('frees the slots of an instance that died once their lease has run out, not before', async () => {
    const onB = socketTo(b);
    void onB.subscribe();
    void onB.subscribe();
    void onB.subscribe();
    await held(3);
    // As in a crash: nothing the instance does from now on reaches Redis, its slots stay behind.
    b.app.get(REDIS, { strict: false }).disconnect();
    await onB.client.dispose();
    await b.close();
    expect(await redis.zcard(slotsKey)).toBe(3);

    const onA = socketTo(a);
    expect(await onA.subscribe()).toEqual(refusedAt(4));
    const now = Date.now.bind(Date);
    jest.spyOn(Date, 'now').mockImplementation(() => now() + (LEASE_SECONDS + 1) * 1000);
    // The dead instance's three slots lapsed: three subscribes fit again, the fourth does not.
    expect(await onA.subscribeMany(4)).toEqual(refusedAt(4));
    await held(3);
  });
});
