import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import {
  FIELD_ROWS,
  OPERATION_ROWS,
  PERSONAS,
  type Persona,
  type ProbeWorld,
} from './authorization/authorization-matrix.js';
import { importCompanies, sampleDocument, signedIn } from '../support/fixtures.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

const ROOTS = ['Query', 'Mutation', 'Subscription'];

/** The guard's refusals: UNAUTHENTICATED without a domain reason (a wrong password has one), FORBIDDEN. */
function refusedAccess(response: GraphqlResponse): boolean {
  return (response.errors ?? []).some(
    (e) =>
      (e.extensions.code === 'UNAUTHENTICATED' && !e.extensions.reason) || e.extensions.code === 'FORBIDDEN',
  );
}

describe('authorization matrix', () => {
  let t: TestApp;
  let world: ProbeWorld;
  const tokens = new Map<Persona, string | undefined>();

  beforeAll(async () => {
    t = await startTestApp();
    const ids = await importCompanies(t, sampleDocument());
    world = {
      companyA: ids.get('BQ-1042')!,
      companyB: ids.get('LSO-0877')!,
      missing: '00000000-0000-4000-8000-000000000000',
    };
    tokens.set('anonymous', undefined);
    tokens.set(
      'member',
      await signedIn(t, {
        email: 'member@a.test',
        name: 'Member A',
        role: 'MEMBER',
        companyId: world.companyA,
        locale: 'en',
      }),
    );
    tokens.set(
      'otherMember',
      await signedIn(t, {
        email: 'member@b.test',
        name: 'Member B',
        role: 'MEMBER',
        companyId: world.companyB,
        locale: 'en',
      }),
    );
    tokens.set(
      'companyAdmin',
      await signedIn(t, {
        email: 'admin@a.test',
        name: 'Admin A',
        role: 'COMPANY_ADMIN',
        companyId: world.companyA,
        locale: 'en',
      }),
    );
    tokens.set(
      'staff',
      await signedIn(t, {
        email: 'staff@lso.test',
        name: 'Staff',
        role: 'STAFF',
        association: 'LSO',
        locale: 'en',
      }),
    );
    tokens.set(
      'admin',
      await signedIn(t, { email: 'root@passerelle.test', name: 'Admin', role: 'ADMIN', locale: 'en' }),
    );
  });
  afterAll(() => t.close());

  it('has a row for every operation and field of the schema, and no row for anything gone', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.keys(type.getFields())) inSchema.push(`${type.name}.${field}`);
    }
    const rows = new Set([...OPERATION_ROWS, ...FIELD_ROWS].map((r) => r.coordinate));
    expect({ withoutRow: inSchema.filter((c) => !rows.has(c)).sort() }).toEqual({ withoutRow: [] });
    expect({ notInSchema: [...rows].filter((c) => !inSchema.includes(c)).sort() }).toEqual({
      notInSchema: [],
    });
    const operations = OPERATION_ROWS.map((r) => r.coordinate);
    expect(operations.every((c) => ROOTS.includes(c.split('.')[0]))).toBe(true);
  });

  for (const row of OPERATION_ROWS.filter((r) => r.probe)) {
    it(`${row.coordinate}: ${row.rule}`, async () => {
      const outcome: Record<string, 'served' | 'refused'> = {};
      const expected: Record<string, 'served' | 'refused'> = {};
      for (const persona of PERSONAS) {
        const response = await t.gql(row.probe!.query, row.probe!.variables?.(world) ?? {}, {
          token: tokens.get(persona),
        });
        outcome[persona] = refusedAccess(response) ? 'refused' : 'served';
        expected[persona] = row.allowed.includes(persona) ? 'served' : 'refused';
      }
      expect(outcome).toEqual(expected);
    });
  }

  it('Mutation.deleteMyAccount: signed in, one’s own account', async () => {
    const anonymous = await t.gql('mutation { deleteMyAccount }');
    expect(refusedAccess(anonymous)).toBe(true);
    const token = await signedIn(t, {
      email: 'leaving@a.test',
      name: 'Leaving',
      role: 'MEMBER',
      companyId: world.companyA,
      locale: 'en',
    });
    expect((await t.gql('mutation { deleteMyAccount }', {}, { token })).data).toEqual({
      deleteMyAccount: true,
    });
  });

  it('Mutation.signOutEverywhere: signed in, one’s own sessions', async () => {
    expect(refusedAccess(await t.gql('mutation { signOutEverywhere }'))).toBe(true);
    const token = await signedIn(t, {
      email: 'everywhere@a.test',
      name: 'Everywhere',
      role: 'MEMBER',
      companyId: world.companyA,
      locale: 'en',
    });
    expect((await t.gql('mutation { signOutEverywhere }', {}, { token })).data).toEqual({
      signOutEverywhere: true,
    });
    expect(refusedAccess(await t.gql('{ me { id } }', {}, { token }))).toBe(true);
  });

  it('User.email of a company’s people is withheld from a member of another company', async () => {
    const members = await t.gql<{ company: { members: { email: string }[] } }>(
      'query($id: ID!) { company(id: $id) { members { email } } }',
      { id: world.companyA },
      { token: tokens.get('otherMember') },
    );
    const emails = members.data?.company.members.map((m) => m.email) ?? [];
    expect(emails).not.toContain('member@a.test');
    const own = await t.gql<{ company: { members: { email: string }[] } }>(
      'query($id: ID!) { company(id: $id) { members { email } } }',
      { id: world.companyA },
      { token: tokens.get('member') },
    );
    expect(own.data?.company.members.map((m) => m.email)).toContain('member@a.test');
  });
});
