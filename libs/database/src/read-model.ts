import type { ColumnSpec, TableShape } from './table-shape.js';

/**
 * A view a domain publishes so that other domains' statements may read its data without reading
 * its tables (CONTRIBUTING.md, rule 2). The owner chooses the columns and writes the view over its
 * own tables in a migration, and keeps it true when those tables change (PostgreSQL refuses to
 * drop or retype a column a view uses). A reader names the view in its SQL: a statement that
 * needs several domains' rows stays one statement, and the planner expands the view in place.
 *
 * Declared with `readModel` in the owner's library and exported from its index.ts; the table
 * ownership test lets other domains read these and nothing else of the owner's, and the
 * table-shapes test checks the columns against the migrated view.
 */
export interface ReadModel<
  C extends Record<string, ColumnSpec> = Record<string, ColumnSpec>,
> extends TableShape<C> {
  readonly published: true;
}

/**
 * `columns` say what the owner guarantees, nullability included: PostgreSQL reports every column
 * of a view as nullable, so only the types are compared with the schema.
 */
export function readModel<const C extends Record<string, ColumnSpec>>(
  view: string,
  columns: C,
): ReadModel<C> {
  return { table: view, columns, published: true };
}

export function isReadModel(value: unknown): value is ReadModel {
  return !!value && typeof value === 'object' && (value as Partial<ReadModel>).published === true;
}
