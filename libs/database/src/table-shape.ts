/**
 * One place per table for the shape of its rows as raw SQL returns them (snake_case columns, pg's
 * default type parsing). A repository declares its tables with `tableShape`, types its query
 * results with `RowOf` (or a `Pick` of it), and the schema test (test/foundation/table-shapes)
 * compares every declared shape with the migrated database, column by column, so a migration
 * that renames, retypes or un-nulls a column breaks a test instead of a query at run time.
 */

/** PostgreSQL types as `information_schema.columns.udt_name` names them. */
interface TsTypeOf {
  uuid: 'string';
  text: 'string';
  varchar: 'string';
  bpchar: 'string';
  citext: 'string';
  int2: 'number';
  int4: 'number';
  float4: 'number';
  float8: 'number';
  int8: 'string';
  numeric: 'string';
  bool: 'boolean';
  timestamptz: 'Date';
  timestamp: 'Date';
  date: 'string';
  time: 'string';
  tstzrange: 'string';
  jsonb: 'unknown';
  json: 'unknown';
  bytea: 'Buffer';
  _text: 'string[]';
  _uuid: 'string[]';
  _int4: 'number[]';
  _float4: 'number[]';
  _float8: 'number[]';
}

export type ColumnType = keyof TsTypeOf;
/** A column's type, with `?` when the column is nullable: `'text'`, `'timestamptz?'`. */
export type ColumnSpec = ColumnType | `${ColumnType}?`;

interface TsTypes {
  string: string;
  number: number;
  boolean: boolean;
  Date: Date;
  unknown: unknown;
  Buffer: Buffer;
  'string[]': string[];
  'number[]': number[];
}

type ValueOf<S extends ColumnSpec> = S extends `${infer T extends ColumnType}?`
  ? TsTypes[TsTypeOf[T]] | null
  : S extends ColumnType
    ? TsTypes[TsTypeOf[S]]
    : never;

export interface TableShape<C extends Record<string, ColumnSpec> = Record<string, ColumnSpec>> {
  readonly table: string;
  readonly columns: C;
}

/** The row type of a table shape: every column, typed as pg returns it. */
export type RowOf<S extends TableShape> = { -readonly [K in keyof S['columns']]: ValueOf<S['columns'][K]> };

export function tableShape<const C extends Record<string, ColumnSpec>>(
  table: string,
  columns: C,
): TableShape<C> {
  return { table, columns };
}

/** Splits a spec into the type the schema must have and whether it may be null. */
export function parseColumnSpec(spec: ColumnSpec): { type: ColumnType; nullable: boolean } {
  const nullable = spec.endsWith('?');
  return { type: (nullable ? spec.slice(0, -1) : spec) as ColumnType, nullable };
}
