import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Runs a statement that nearly every request runs (the signed-in person's lookup) as a named
 * prepared statement: each pooled connection parses and plans it once, not on every call. It is
 * logged like any other query, and fails like one.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    return (await pool.query({ name, text, values })).rows as T[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw error;
  }
}
