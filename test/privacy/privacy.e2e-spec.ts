import { DataSource } from 'typeorm';
import {
  importCompanies,
  login,
  sampleDocument,
  signedIn,
  signInSampleViewers,
  TEST_PASSWORD,
} from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('personal data (Law 25 / PIPEDA)', () => {
  let t: TestApp;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
  });
  afterAll(() => t.close());

  it('gives a person everything held about them', async () => {
    const { julie: token } = await signInSampleViewers(t, ['julie'], ids);
    await t.gql(
      `mutation { updateCompanyProfile(input: { matchmakingOptIn: false }) { id } }`,
      {},
      { token },
    );
    const response = await t.gql<{ myData: Record<string, Record<string, unknown>> }>(
      '{ myData }',
      {},
      { token },
    );
    const data = response.data!.myData;
    expect(data.account).toEqual(
      expect.objectContaining({ email: 'julie@neovasc.test', name: 'Julie Roy', locale: 'fr' }),
    );
    expect(data.account).not.toHaveProperty('password_hash');
    expect(data.company).toEqual(
      expect.objectContaining({ name: 'Néovasc Thérapeutique inc.', matchmaking_opt_in: false }),
    );
    expect(data.consentChanges).toEqual([expect.objectContaining({ granted: false })]);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining(['meetings', 'notifications', 'eventRegistrations', 'emails']),
    );
  });

  it('records consent to matchmaking with its date, and its withdrawal', async () => {
    const token = await signedIn(t, {
      email: 'ann@maple.test',
      name: 'Ann',
      role: 'COMPANY_ADMIN',
      companyId: ids.get('LSO-1203'),
      locale: 'en',
    });
    const consent = `mutation($on: Boolean!) { updateCompanyProfile(input: { matchmakingOptIn: $on }) { matchmakingOptIn matchmakingConsentAt } }`;
    const off = await t.gql<{ updateCompanyProfile: { matchmakingConsentAt: string | null } }>(
      consent,
      { on: false },
      { token },
    );
    expect(off.data?.updateCompanyProfile).toEqual({ matchmakingOptIn: false, matchmakingConsentAt: null });
    const on = await t.gql<{ updateCompanyProfile: { matchmakingConsentAt: string } }>(
      consent,
      { on: true },
      { token },
    );
    expect(Date.parse(on.data!.updateCompanyProfile.matchmakingConsentAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );
  });

  it('erases an account: signing in and old tokens stop working, the person is anonymised', async () => {
    const token = await signedIn(t, {
      email: 'leaving@lakeshore.test',
      name: 'Leaving Person',
      role: 'MEMBER',
      companyId: ids.get('LSO-0310'),
      locale: 'en',
    });
    const erased = await t.gql('mutation { deleteMyAccount }', {}, { token });
    expect(erased.data).toEqual({ deleteMyAccount: true });
    expect((await t.gql('{ me { id } }', {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await expect(login(t, 'leaving@lakeshore.test', TEST_PASSWORD)).rejects.toThrow();
    const rows: { email: string; name: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT email, name FROM users WHERE deleted_at IS NOT NULL`);
    expect(rows).toEqual([{ email: expect.stringMatching(/@deleted\.invalid$/), name: '' }]);
  });
});
