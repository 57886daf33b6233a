import type { DataSource } from 'typeorm';

/** Any constant works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK_KEY = 4_242_001;

/**
 * Runs pending migrations while holding a session advisory lock, so that an API and a worker
 * starting together (or several replicas) never apply the same migration twice.
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

export async function hasPendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}
