import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The entity held in a raw row's columns `<prefix>_<column>` (a statement that returns two tables
 * side by side), built from TypeORM's own column metadata and hydration, so a column added to the
 * entity needs no mapper kept in step. Null when the row holds none (a LEFT JOIN that found
 * nothing leaves the primary key null).
 */
export function entityFromRow<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
  prefix: string,
): T | null {
  const metadata = dataSource.getMetadata(target);
  const valueOf = (databaseName: string) => row[`${prefix}_${databaseName}`];
  if (metadata.primaryColumns.some((column) => valueOf(column.databaseName) == null)) return null;
  const entity = metadata.create() as T;
  for (const column of metadata.columns)
    column.setEntityValue(
      entity,
      dataSource.driver.prepareHydratedValue(valueOf(column.databaseName), column),
    );
  return entity;
}
