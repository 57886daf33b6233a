import { importCompanies, sampleDocument, signedIn, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

describe('rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Every limit times RATE_LIMIT_SCALE: 3 × 2 = 6 calls a minute, 1 × 2 = 2 invitations an hour,
    // 5 × 2 = 10 failed sign-ins.
    t = await startTestApp({
      RATE_LIMIT_SCALE: '2',
      RATE_LIMIT_USER_PER_MINUTE: '3',
      RATE_LIMIT_INVITES_PER_HOUR: '1',
      LOGIN_LOCKOUT_FAILURES: '5',
    });
  });
  afterAll(() => t.close());

  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

  it('refuses a signed-in person over their budget with RATE_LIMITED, retryAfter and Retry-After', async () => {
    const julie = await signedIn(t, { email: 'julie@rl.test', name: 'Julie', role: 'STAFF', locale: 'fr' });
    const marc = await signedIn(t, { email: 'marc@rl.test', name: 'Marc', role: 'STAFF', locale: 'en' });
    for (let i = 0; i < 6; i += 1)
      expect((await t.gql(`{ me { id } }`, {}, { token: julie })).errors).toBeUndefined();
    const call = t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${julie}`)
      .send({ query: '{ me { id } }' });
    const refused = await call;
    const error = refused.body.errors[0];
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfter).toBeGreaterThan(0);
    expect(error.extensions.retryAfter).toBeLessThanOrEqual(120);
    expect(error.message).toBe(`Trop de requêtes. Réessayez dans ${error.extensions.retryAfter} secondes.`);
    expect(refused.headers['retry-after']).toBe(String(error.extensions.retryAfter));
    // The budget is the person's own: a colleague is still served.
    expect((await t.gql(`{ me { id } }`, {}, { token: marc })).errors).toBeUndefined();
  });

  it('locks an account after repeated failed sign-ins, with the same answer for an unknown email', async () => {
    await signedIn(t, { email: 'nora@rl.test', name: 'Nora', role: 'STAFF', locale: 'en' });
    const attempt = (email: string, password: string, ip: string) =>
      t.gql(LOGIN, { email, password }, from(ip));
    for (let i = 0; i < 10; i += 1) {
      const wrong = await attempt('nora@rl.test', 'wrong-password-1', `10.0.1.${i}`);
      expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      await attempt('nobody@rl.test', 'wrong-password-1', `10.0.2.${i}`);
    }
    const locked = await attempt('nora@rl.test', TEST_PASSWORD, '10.0.1.99');
    const unknown = await attempt('nobody@rl.test', TEST_PASSWORD, '10.0.2.99');
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_LOCKED' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_LOCKED' });
    expect(locked.errors?.[0].message.replace(/\d+/, 'N')).toBe(
      unknown.errors?.[0].message.replace(/\d+/, 'N'),
    );
    expect(locked.errors?.[0].message).toMatch(/^Too many failed sign-in attempts/);
  });

  it('checks at most the limit of passwords when wrong ones arrive all at once', async () => {
    await signedIn(t, { email: 'ada@rl.test', name: 'Ada', role: 'STAFF', locale: 'en' });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.gql(LOGIN, { email: 'ada@rl.test', password: `wrong-password-${i}` }, from(`10.0.3.${i}`)),
      ),
    );
    const codes = answers.map((answer) => answer.errors?.[0].extensions.code);
    // Each UNAUTHENTICATED is a password that was checked; the lockout answers the rest unchecked.
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20);
  });

  it('counts every spelling of an email against its one account', async () => {
    await signedIn(t, { email: 'tina@rl.test', name: 'Tina', role: 'STAFF', locale: 'en' });
    // PostgreSQL's lower() finds the account for each: `İ` lower-cases to `i` there, not in JavaScript.
    const spellings = ['tina@rl.test', 'TINA@RL.TEST', 'Tina@rl.test', 'TİNA@rl.test', ' tina@RL.test '];
    for (let i = 0; i < 10; i += 1) {
      const wrong = await t.gql(
        LOGIN,
        { email: spellings[i % spellings.length], password: 'wrong-password-1' },
        from(`10.0.4.${i}`),
      );
      expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    for (const email of spellings) {
      const locked = await t.gql(LOGIN, { email, password: TEST_PASSWORD }, from('10.0.4.99'));
      expect([email, locked.errors?.[0].extensions.reason]).toEqual([email, 'LOGIN_LOCKED']);
    }
  });

  it('locks an address that fails across many accounts, and only that address', async () => {
    await signedIn(t, { email: 'raj@rl.test', name: 'Raj', role: 'STAFF', locale: 'en' });
    for (let i = 0; i < 10; i += 1)
      await t.gql(LOGIN, { email: `guess${i}@rl.test`, password: 'nope-nope-1' }, from('10.9.9.9'));
    const blocked = await t.gql(LOGIN, { email: 'raj@rl.test', password: TEST_PASSWORD }, from('10.9.9.9'));
    expect(blocked.errors?.[0].extensions.reason).toBe('LOGIN_LOCKED');
    const elsewhere = await t.gql(LOGIN, { email: 'raj@rl.test', password: TEST_PASSWORD }, from('10.8.8.8'));
    expect(elsewhere.errors).toBeUndefined();
  });

  it('limits invitations per person more strictly than other calls', async () => {
    const ids = await importCompanies(t, sampleDocument());
    const staff = await signedIn(t, {
      email: 'inviter@rl.test',
      name: 'Inviter',
      role: 'STAFF',
      locale: 'en',
    });
    const invite = (n: number) =>
      t.gql(
        `mutation($c: ID, $e: String!) { inviteMember(companyId: $c, email: $e, name: "New") { id } }`,
        { c: [...ids.values()][0], e: `new${n}@rl.test` },
        { token: staff },
      );
    expect((await invite(1)).errors).toBeUndefined();
    expect((await invite(2)).errors).toBeUndefined();
    const third = await invite(3);
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(third.errors?.[0].extensions.retryAfter).toBeGreaterThan(60);
  });

  it('counts a feed answered again from memory against the budget like any other call', async () => {
    const [company] = sampleDocument().companies;
    const companyId = (await importCompanies(t, { companies: [company] })).get(company.externalId as string);
    const lea = await signedIn(t, {
      email: 'lea@rl.test',
      name: 'Léa',
      role: 'MEMBER',
      companyId,
      locale: 'fr',
    });
    const feed = () => t.gql(`{ suggestedConnections(first: 20) { totalCount } }`, {}, { token: lea });
    // The first answer is made and kept; the next five are the kept one.
    for (let i = 0; i < 6; i += 1) expect((await feed()).errors).toBeUndefined();
    const refused = await feed();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('rate limits without Redis', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1/0', RATE_LIMIT_USER_PER_MINUTE: '1' });
  });
  afterAll(() => t.close());

  it('lets calls through (fails open) so that reads keep working', async () => {
    const token = await signedIn(t, { email: 'open@rl.test', name: 'Open', role: 'STAFF', locale: 'en' });
    for (let i = 0; i < 3; i += 1) {
      const response = await t.gql(`{ me { email } }`, {}, { token });
      expect(response.data).toEqual({ me: { email: 'open@rl.test' } });
    }
  });
});
