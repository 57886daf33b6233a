import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from '@app/config';
import {
  dataSourceOptions,
  ensurePostgres,
  ensureRedis,
  runPendingMigrations,
  ServiceUnreachableError,
} from '@app/database';

/** Prints a problem a person can act on, without a stack trace, and exits non-zero. */
export function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/**
 * Everything a process needs before Nest starts: both servers reachable (said plainly when not),
 * the database created if missing, and the schema migrated under a lock shared by all processes.
 */
export async function prepareBackingServices(config: AppConfig): Promise<string[]> {
  try {
    await ensurePostgres(config.DATABASE_URL);
    await ensureRedis(config.REDIS_URL);
  } catch (error) {
    if (error instanceof ServiceUnreachableError) fail(error.message);
    throw error;
  }
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    return await runPendingMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Ctrl-C or SIGTERM closes the application (in-flight requests and jobs finish first), then
 * exits 0. A second signal while closing exits at once.
 */
export function closeOnSignals(app: INestApplicationContext, log: (line: string) => void): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
    log(`${signal} received: finishing in-flight work, then stopping.`);
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`Shutdown failed: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}
