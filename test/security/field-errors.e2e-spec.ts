import { createMission } from '../missions/missions-fixtures.js';
import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPCOMING = `query($days: Int!) { myAvailability { upcoming(days: $days) { start } } }`;
const AGENDA = `query($missionId: ID!, $companyId: ID) {
  missionAgenda(missionId: $missionId, companyId: $companyId) { company { name } meetings { id } } }`;

/**
 * Errors of nested fields (a field resolver's, or a null where the schema promises a value) have
 * the same shape as a root field's: the contract's code, the bad field named, the caller's
 * language; never an untranslated "Internal server error".
 */
describe('errors of nested fields', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let julie: string;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
    ({ julie, staff } = await signInSampleViewers(t, ['julie', 'staff'], ids));
  });
  afterAll(() => t.close());

  it.each([-1, 0, 63, 100_000])(
    'refuses upcoming(days: %d) naming days, in the person’s language',
    async (days) => {
      const response = await t.gql(UPCOMING, { days }, { token: julie });
      expect(response.errors).toEqual([
        {
          message: 'Certaines valeurs ne sont pas valides.',
          locations: [{ line: 1, column: 39 }],
          path: ['myAvailability', 'upcoming'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'days', message: 'doit être un entier de 1 à 62.' }],
          },
        },
      ]);
    },
  );

  it('answers NOT_FOUND when staff ask for the mission agenda of a company that does not exist', async () => {
    const missionId = await createMission(t, staff);
    const unknown = await t.gql(
      AGENDA,
      { missionId, companyId: '6b1f0c4e-2d0a-4c56-9a57-0f5e2d1b9c11' },
      { token: staff },
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Company not found.',
      path: ['missionAgenda'],
      extensions: { code: 'NOT_FOUND' },
    });
    const known = await t.gql(AGENDA, { missionId, companyId: ids.get('LSO-0310') }, { token: staff });
    expect(known.errors).toBeUndefined();
    expect(known.data).toEqual({ missionAgenda: { company: { name: expect.any(String) }, meetings: [] } });
  });
});
