import { JwtService } from '@nestjs/jwt';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOTIFICATIONS = `subscription { notificationAdded { id } }`;

describe('graphql-ws sockets follow the sign-in', () => {
  let t: TestApp;
  let url: string;
  let userId: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      GRAPHQL_WS_SUBSCRIPTIONS_PER_SOCKET: '2',
      GRAPHQL_WS_SUBSCRIPTIONS_PER_USER: '3',
    });
    await signedIn(t, {
      email: 'ann@lakeshore.test',
      name: 'Ann',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
    [{ id: userId }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM users WHERE email = 'ann@lakeshore.test'`);
    const server = await t.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  /** An access token of the person living `seconds`. */
  const tokenFor = (seconds: number) =>
    t.app.get(JwtService, { strict: false }).sign({ sub: userId, ver: 0 }, { expiresIn: seconds });

  function connect(token: string, language = 'en') {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (e) => resolve((e as { code: number }).code)),
    );
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const subscribe = () =>
      new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: NOTIFICATIONS, extensions: { language } },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
    return { client, closed, connected, subscribe };
  }

  it('closes the socket with 4419 when its access token expires', async () => {
    const socket = connect(tokenFor(2));
    void socket.subscribe();
    expect(await socket.closed).toBe(4419);
  });

  it('checks the token on every subscribe: a password change closes the socket with 4419', async () => {
    const socket = connect(tokenFor(600));
    await socket.connected;
    await t.app
      .get(DataSource)
      .query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [userId]);
    void socket.subscribe();
    expect(await socket.closed).toBe(4419);
    await t.app.get(DataSource).query(`UPDATE users SET token_version = 0 WHERE id = $1`, [userId]);
  });

  it('caps live subscriptions per socket and per person, with a message in their language', async () => {
    const first = connect(tokenFor(600));
    const answers = [first.subscribe(), first.subscribe(), first.subscribe()];
    const refusal = (await Promise.race(answers)) as {
      message: string;
      extensions: Record<string, unknown>;
    }[];
    expect(refusal).toEqual([
      {
        message: 'Too many live subscriptions (3; at most 2). Close one before opening another.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SUBSCRIPTIONS', limit: 2, actual: 3 },
      },
    ]);
    const second = connect(tokenFor(600));
    const more = [second.subscribe(), second.subscribe()];
    expect(await Promise.race(more)).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SUBSCRIPTIONS', limit: 3, actual: 4 },
      }),
    ]);
  });
});
