import type { DataSource } from 'typeorm';

/** Every text-like column of the public schema, as information_schema lists them. */
async function textColumns(db: DataSource): Promise<{ table_name: string; column_name: string }[]> {
  return db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
      WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
      ORDER BY c.table_name, c.column_name`,
  );
}

/** Where (table.column) any of the words still appears, case-insensitively. */
export async function whereFound(db: DataSource, words: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { table_name, column_name } of await textColumns(db)) {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM "${table_name}"
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) w WHERE strpos(lower("${column_name}"::text), lower(w)) > 0)`,
      [words],
    );
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}
