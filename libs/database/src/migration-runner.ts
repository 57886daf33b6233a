import type { DataSource } from 'typeorm';

/** Any constant works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK_KEY = 4_242_001;
/** Held by an API instance while it seeds and creates the administrator. */
export const STARTUP_TASKS_LOCK_KEY = 4_242_002;

/**
 * Runs `work` while holding a session advisory lock: processes starting together (an API and a
 * worker, several replicas) take turns, so check-then-create work is never done twice.
 */
export async function withSessionLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}

/** Runs pending migrations, one process at a time, never applying one twice. */
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  return withSessionLock(dataSource, MIGRATION_LOCK_KEY, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  });
}

export async function hasPendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}
