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
