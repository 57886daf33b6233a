import { AccountsModule, AuthService, ViewerService, type SignedIn } from '@app/auth';
import type { AppException } from '@app/common';
import { QueueModule } from '@app/queue';
import { createUser, TEST_PASSWORD } from '../support/fixtures.js';
import { startServices, type Services } from '../support/services.js';

const LIMIT = 4;
const NEW_PASSWORD = 'New-Password-2027';

describe('signing in and sessions, through the services (medium test)', () => {
  let services: Services;
  let auth: AuthService;

  /** The viewer an access token stands for now, or undefined when it no longer opens anything. */
  const viewerOf = (session: SignedIn) =>
    services.app.get(ViewerService).fromAuthorization(`Bearer ${session.accessToken}`);
  /** Why a call was refused: the domain's reason (BAD_CREDENTIALS, LOGIN_LOCKED, SESSION_ENDED…). */
  const refusal = (call: Promise<unknown>) =>
    call.then(
      () => 'ACCEPTED',
      (error: AppException) => error.reason,
    );
  const person = (email: string) =>
    createUser(services, { email, name: email.split('@')[0], role: 'STAFF', locale: 'en' });

  beforeAll(async () => {
    services = await startServices([QueueModule.forProducer(), AccountsModule], {
      // A week's window: attempts counted across a window's boundary are partly forgiven (a
      // sliding window), which would let one more through once in a long while.
      env: { LOGIN_LOCKOUT_FAILURES: String(LIMIT), LOGIN_LOCKOUT_MINUTES: String(7 * 24 * 60) },
    });
    auth = services.app.get(AuthService);
  });

  afterAll(() => services?.close());

  it('signs in with the right password, however the email is spelled, and opens the session', async () => {
    const noraId = await person('nora@auth.test');
    const session = await auth.login(' NORA@Auth.test ', TEST_PASSWORD, '10.0.0.1');
    expect(session.user.id).toBe(noraId);
    expect(await viewerOf(session)).toMatchObject({ userId: noraId, role: 'STAFF' });
  });

  it('gives the same answer for a wrong password and for an unknown email', async () => {
    await person('omar@auth.test');
    const wrong = auth.login('omar@auth.test', 'Wrong-Password-1', '10.0.0.2');
    await expect(wrong).rejects.toMatchObject({
      reason: 'BAD_CREDENTIALS',
      text: { fr: 'Courriel ou mot de passe incorrect.', en: 'Wrong email or password.' },
    });
    await expect(auth.login('nobody@auth.test', TEST_PASSWORD, '10.0.0.2')).rejects.toMatchObject({
      reason: 'BAD_CREDENTIALS',
    });
  });

  it('checks no more than the limit of wrong passwords sent at once, then locks the account wherever from', async () => {
    await person('ada@auth.test');
    const spellings = ['ada@auth.test', 'ADA@auth.test', 'Ada@Auth.Test'];
    const reasons = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        refusal(auth.login(spellings[i % 3], `Wrong-Password-${i}`, `10.0.1.${i}`)),
      ),
    );
    // Each BAD_CREDENTIALS is a password that was checked; the lockout answered the others unchecked.
    expect(reasons.filter((r) => r === 'BAD_CREDENTIALS')).toHaveLength(LIMIT);
    expect(reasons.filter((r) => r === 'LOGIN_LOCKED')).toHaveLength(12 - LIMIT);

    // The right password, from an address that never failed, is refused too, saying how long to wait.
    const locked = auth.login('ada@auth.test', TEST_PASSWORD, '10.0.1.99');
    await expect(locked).rejects.toMatchObject({
      reason: 'LOGIN_LOCKED',
      retryAfterSeconds: expect.any(Number),
      text: { fr: expect.stringMatching(/^Trop de tentatives/), en: expect.stringMatching(/^Too many/) },
    });
    // The lock is the account's: someone else signs in from that same address.
    await person('ben@auth.test');
    await expect(auth.login('ben@auth.test', TEST_PASSWORD, '10.0.1.99')).resolves.toBeDefined();
  });

  it('forgives earlier mistakes once the person signs in', async () => {
    await person('clara@auth.test');
    const wrongTimes = (n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          refusal(auth.login('clara@auth.test', 'Wrong-Password-1', `10.0.2.${i}`)),
        ),
      );
    expect(await wrongTimes(LIMIT - 1)).toEqual(Array(LIMIT - 1).fill('BAD_CREDENTIALS'));
    await auth.login('clara@auth.test', TEST_PASSWORD, '10.0.2.50');
    expect(await wrongTimes(LIMIT - 1)).toEqual(Array(LIMIT - 1).fill('BAD_CREDENTIALS'));
    await expect(auth.login('clara@auth.test', TEST_PASSWORD, '10.0.2.50')).resolves.toBeDefined();
  });

  it('trades a refresh token once; presenting it again ends that whole session, and only that one', async () => {
    await person('paul@auth.test');
    const first = await auth.login('paul@auth.test', TEST_PASSWORD, '10.0.3.1');
    const elsewhere = await auth.login('paul@auth.test', TEST_PASSWORD, '10.0.3.2');
    const second = await auth.refreshSession(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await viewerOf(second)).toMatchObject({ userId: first.user.id });

    expect(await refusal(auth.refreshSession(first.refreshToken))).toBe('SESSION_ENDED');
    // Someone replayed a spent token: the successor it handed out is revoked with it.
    expect(await refusal(auth.refreshSession(second.refreshToken))).toBe('SESSION_ENDED');
    // The person's session on another device goes on.
    await expect(auth.refreshSession(elsewhere.refreshToken)).resolves.toMatchObject({
      user: { id: first.user.id },
    });
  });

  it('lets one of two simultaneous presentations of a refresh token through, then ends the session', async () => {
    await person('rita@auth.test');
    const session = await auth.login('rita@auth.test', TEST_PASSWORD, '10.0.4.1');
    const both = await Promise.allSettled([
      auth.refreshSession(session.refreshToken),
      auth.refreshSession(session.refreshToken),
    ]);
    const won = both.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(both.find((r) => r.status === 'rejected')).toMatchObject({ reason: { reason: 'SESSION_ENDED' } });
    const successor = (won[0] as PromiseFulfilledResult<SignedIn>).value;
    expect(await refusal(auth.refreshSession(successor.refreshToken))).toBe('SESSION_ENDED');
  });

  it('names a wrong current password and a weak new one, and changes nothing', async () => {
    const lise = await person('lise@auth.test');
    const change = auth.changePassword(lise, 'Not-Her-Password-1', 'short');
    await expect(change).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        expect.objectContaining({ path: 'currentPassword' }),
        expect.objectContaining({ path: 'newPassword' }),
      ],
    });
    await expect(auth.login('lise@auth.test', TEST_PASSWORD, '10.0.5.1')).resolves.toBeDefined();
  });

  it('a new password ends every other session of the person, access and refresh tokens alike', async () => {
    const marc = await person('marc@auth.test');
    const laptop = await auth.login('marc@auth.test', TEST_PASSWORD, '10.0.6.1');
    const phone = await auth.login('marc@auth.test', TEST_PASSWORD, '10.0.6.2');

    const continued = await auth.changePassword(marc, TEST_PASSWORD, NEW_PASSWORD);

    for (const ended of [laptop, phone]) {
      expect(await viewerOf(ended)).toBeUndefined();
      expect(await refusal(auth.refreshSession(ended.refreshToken))).toBe('SESSION_ENDED');
    }
    expect(await viewerOf(continued)).toMatchObject({ userId: marc });
    await expect(auth.refreshSession(continued.refreshToken)).resolves.toBeDefined();
    expect(await refusal(auth.login('marc@auth.test', TEST_PASSWORD, '10.0.6.3'))).toBe('BAD_CREDENTIALS');
    await expect(auth.login('marc@auth.test', NEW_PASSWORD, '10.0.6.3')).resolves.toBeDefined();
  });
});
