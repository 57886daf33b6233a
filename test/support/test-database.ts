import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS, runPendingMigrations } from '@app/database';

const SERVER_URL = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const TEMPLATE_LOCK = 4_242_777;

function databaseUrl(name: string): string {
  return `${SERVER_URL}/${name}`;
}

/** A template is reused only while the migrations it was built from are the same, to the letter. */
function templateName(): string {
  const fingerprint = createHash('sha256')
    .update(MIGRATIONS.map((m) => `${m.name}:${m.prototype.up.toString()}`).join(','))
    .digest('hex')
    .slice(0, 12);
  return `passerelle_test_tpl_${fingerprint}`;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function buildTemplate(client: pg.Client, name: string): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount) return;
  await client.query(`CREATE DATABASE "${name}_building"`);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(`${name}_building`)));
  await dataSource.initialize();
  await runPendingMigrations(dataSource);
  await dataSource.destroy();
  await client.query(`ALTER DATABASE "${name}_building" RENAME TO "${name}"`);
}

/**
 * A database of the test file's own, cloned from a migrated template: the template is migrated
 * once per set of migrations, under a lock, so parallel test files never race to build it.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = templateName();
  const name = `passerelle_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      await client.query(`DROP DATABASE IF EXISTS "${template}_building" WITH (FORCE)`);
      await buildTemplate(client, template);
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return {
    url: databaseUrl(name),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/**
 * For a describe block that reads the migrated schema: a database of its own for the block and a
 * connected client to it, ended and dropped after the block. Call inside `describe`.
 */
export function useMigratedSchema(): { client: () => pg.Client } {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });
  return { client: () => client };
}
