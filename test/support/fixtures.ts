import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { UsersService, type NewUser } from '@app/auth';
import { CompanyImportService, validateImportDocument, type ImportCompany } from '@app/companies';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'Test-Password-2026';

/** The real API (`startTestApp`) or services alone (`startServices`): what a fixture needs of either. */
type WithApp = { app: INestApplicationContext };

export function sampleDocument(): { companies: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(new URL('../fixtures/sample-companies.json', import.meta.url), 'utf8'));
}

/** Imports companies the way staff do (validated, then upserted); returns their ids by externalId. */
export async function importCompanies(t: WithApp, document: unknown): Promise<Map<string, string>> {
  const { companies, problems } = validateImportDocument(document);
  if (!problems.isEmpty) throw new Error(`bad fixture: ${problems.list.map((p) => p.path).join(', ')}`);
  await t.app.get(CompanyImportService).import(companies as ImportCompany[]);
  const rows: { id: string; external_id: string }[] = await t.app
    .get(DataSource)
    .query(`SELECT id, external_id FROM companies`);
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

export async function createUser(t: WithApp, user: Omit<NewUser, 'password'>): Promise<string> {
  const created = await t.app.get(UsersService).create({ ...user, password: TEST_PASSWORD });
  return created.id;
}

export async function login(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await t.gql<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    { email, password },
  );
  if (!response.data) throw new Error(`login failed for ${email}: ${JSON.stringify(response.errors)}`);
  return response.data.login.accessToken;
}

/** Signs a new person up with a role and returns their token. */
export async function signedIn(t: TestApp, user: Omit<NewUser, 'password'>): Promise<string> {
  await createUser(t, user);
  return login(t, user.email);
}

/** A person a spec signs in as; `company` is the externalId of their company in the imported document. */
export type Viewer = Omit<NewUser, 'password' | 'companyId'> & { company?: string };

/**
 * The people the specs on the sample companies sign in as: Julie runs Néovasc (Québec, French),
 * where Marc works in English; Ann works at Lakeshore (Ontario, English), Néovasc's best match;
 * and LSO staff.
 */
export const SAMPLE_VIEWERS = {
  julie: {
    email: 'julie@neovasc.test',
    name: 'Julie Roy',
    role: 'COMPANY_ADMIN',
    company: 'BQ-1042',
    locale: 'fr',
  },
  marc: { email: 'marc@neovasc.test', name: 'Marc', role: 'MEMBER', company: 'BQ-1042', locale: 'en' },
  ann: { email: 'ann@lakeshore.test', name: 'Ann Smith', role: 'MEMBER', company: 'LSO-0310', locale: 'en' },
  staff: { email: 'staff@lso.test', name: 'Staff', role: 'STAFF', association: 'LSO', locale: 'en' },
} as const satisfies Record<string, Viewer>;

export type SampleViewer = keyof typeof SAMPLE_VIEWERS;

/** Creates the viewer's account, in their company (by externalId) of `companyIds`; returns its id. */
export async function createViewer(
  t: WithApp,
  viewer: Viewer,
  companyIds = new Map<string, string>(),
): Promise<string> {
  const { company, ...user } = viewer;
  const companyId = company === undefined ? undefined : companyIds.get(company);
  if (company !== undefined && companyId === undefined) throw new Error(`no company ${company} imported`);
  return createUser(t, { ...user, companyId });
}

/** Signs each viewer up and in, in order; returns their tokens under the same names. */
export async function signInViewers<Name extends string>(
  t: TestApp,
  viewers: Record<Name, Viewer>,
  companyIds?: Map<string, string>,
): Promise<Record<Name, string>> {
  const tokens = {} as Record<Name, string>;
  for (const name of Object.keys(viewers) as Name[]) {
    await createViewer(t, viewers[name], companyIds);
    tokens[name] = await login(t, viewers[name].email);
  }
  return tokens;
}

/** Signs in the sample viewers named (see SAMPLE_VIEWERS); returns their tokens by name. */
export function signInSampleViewers<Name extends SampleViewer>(
  t: TestApp,
  names: Name[],
  companyIds?: Map<string, string>,
): Promise<Record<Name, string>> {
  const viewers = {} as Record<Name, Viewer>;
  for (const name of names) viewers[name] = SAMPLE_VIEWERS[name];
  return signInViewers(t, viewers, companyIds);
}

/** Counts the SQL statements a piece of work sends, to prove a page needs a bounded number. */
export async function countQueries(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  const dataSource = t.app.get(DataSource) as { logger: DataSource['logger'] };
  const original = dataSource.logger;
  let count = 0;
  dataSource.logger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery') return () => (count += 1);
      return Reflect.get(target, property, receiver);
    },
  });
  try {
    await work();
  } finally {
    dataSource.logger = original;
  }
  return count;
}
