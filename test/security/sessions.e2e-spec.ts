import { createUser, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { UsersService } from '@app/auth';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresIn } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken user { email } } }`;

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

describe('sessions: short access tokens, rotating refresh tokens', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ACCESS_TOKEN_MINUTES: '5' });
  });
  afterAll(() => t.close());

  async function signIn(email: string): Promise<Tokens> {
    await createUser(t, { email, name: 'Person', role: 'STAFF', locale: 'en' });
    const response = await t.gql<{ login: Tokens & { expiresIn: number } }>(LOGIN, {
      email,
      password: TEST_PASSWORD,
    });
    expect(response.data?.login.expiresIn).toBe(300);
    return response.data!.login;
  }
  const refresh = (refreshToken: string) => t.gql<{ refreshSession: Tokens }>(REFRESH, { r: refreshToken });
  const me = (accessToken: string) =>
    t.gql<{ me: { email: string } | null }>(`{ me { email } }`, {}, { token: accessToken });

  it('trades a refresh token for a working access token and a new refresh token', async () => {
    const first = await signIn('rotate@s.test');
    const next = await refresh(first.refreshToken);
    expect(next.data?.refreshSession.refreshToken).not.toBe(first.refreshToken);
    expect((await me(next.data!.refreshSession.accessToken)).data?.me?.email).toBe('rotate@s.test');
  });

  it('ends the whole session when a spent refresh token is presented again', async () => {
    const first = await signIn('replay@s.test');
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0]).toMatchObject({
      message: 'Your session has ended. Please sign in again.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
    });
    // The legitimate holder's newer token is revoked too: both must sign in again.
    expect((await refresh(second.refreshToken)).errors?.[0].extensions.reason).toBe('SESSION_ENDED');
  });

  it('signs out: the refresh token stops working', async () => {
    const tokens = await signIn('out@s.test');
    const out = await t.gql(`mutation($r: String!) { signOut(refreshToken: $r) }`, {
      r: tokens.refreshToken,
    });
    expect(out.data).toEqual({ signOut: true });
    expect((await refresh(tokens.refreshToken)).errors?.[0].extensions.reason).toBe('SESSION_ENDED');
  });

  it('a password change revokes access and refresh tokens', async () => {
    const tokens = await signIn('pw@s.test');
    const rows: { id: string }[] = await t.app
      .get(UsersService)
      .findByEmail('pw@s.test')
      .then((u) => [{ id: u!.id }]);
    await t.app.get(UsersService).setPassword(rows[0].id, 'A-new-password-2026');
    expect((await me(tokens.accessToken)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await refresh(tokens.refreshToken)).errors?.[0].extensions.reason).toBe('SESSION_ENDED');
  });

  it('answers an unknown refresh token in the caller’s language', async () => {
    const response = await t.gql(REFRESH, { r: 'made-up' }, { language: 'fr-CA' });
    expect(response.errors?.[0].message).toBe('Votre session a pris fin. Veuillez vous reconnecter.');
  });
});
