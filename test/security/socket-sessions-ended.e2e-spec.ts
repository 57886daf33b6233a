import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from '../support/eventually.js';
import { signedIn, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestApp, type ApiInstance, type TestApp } from '../support/test-app.js';

/**
 * The end of every session of a person, decided on one API instance, closes their sockets on the
 * other at once (Redis pub/sub), not at their next subscribe or token expiry.
 */
describe('sockets of an account whose sessions all ended', () => {
  let a: TestApp;
  let b: ApiInstance;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    a = await startTestApp();
    b = await a.startApiInstance();
    const server = await b.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await a.close();
  });

  /** A socket on the second instance with a live subscription, and the code it was closed with. */
  async function liveSocket(token: string) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    const socket: { closedWith?: number } = {};
    client.on('closed', (e) => (socket.closedWith = (e as { code: number }).code));
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe(
      { query: 'subscription { notificationAdded { id } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    return socket;
  }

  const closeCode = (socket: { closedWith?: number }) =>
    eventually(
      'the socket on the other instance to close',
      () => Promise.resolve(socket.closedWith),
      (code) => code !== undefined,
    );

  const person = (email: string) =>
    signedIn(a, { email, name: 'Ann', role: 'STAFF', association: 'LSO', locale: 'en' });

  it('closes them with 4403 (no reconnecting) when the account is deleted', async () => {
    const token = await person('leaving@lakeshore.test');
    const [first, second] = [await liveSocket(token), await liveSocket(token)];
    expect((await a.gql('mutation { deleteMyAccount }', {}, { token })).data).toEqual({
      deleteMyAccount: true,
    });
    expect([await closeCode(first), await closeCode(second)]).toEqual([4403, 4403]);
  });

  it('closes them with 4419 when the person signs out everywhere, and the old token stays out', async () => {
    const token = await person('everywhere@lakeshore.test');
    const other = await liveSocket(await person('staying@lakeshore.test'));
    const socket = await liveSocket(token);
    expect((await a.gql('mutation { signOutEverywhere }', {}, { token })).data).toEqual({
      signOutEverywhere: true,
    });
    expect(await closeCode(socket)).toBe(4419);
    const again = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: { authorization: `Bearer ${token}` },
      onNonLazyError: () => undefined,
    });
    clients.push(again);
    expect(
      await new Promise((resolve) => again.on('closed', (e) => resolve((e as { code: number }).code))),
    ).toBe(4419);
    expect(other.closedWith).toBeUndefined();
  });

  it('closes them with 4419 when the person changes their password', async () => {
    const token = await person('changing@lakeshore.test');
    const socket = await liveSocket(token);
    const changed = await a.gql(
      `mutation($current: String!) { changePassword(currentPassword: $current, newPassword: "Changed-Password-9") { accessToken } }`,
      { current: TEST_PASSWORD },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    expect(await closeCode(socket)).toBe(4419);
  });
});
