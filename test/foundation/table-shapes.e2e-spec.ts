import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseColumnSpec, type TableShape } from '@app/database';
import { useMigratedSchema } from '../support/test-database.js';

/**
 * Every `tableShape` (and `readModel`, a view's shape) a library exports from its public index,
 * found by shape, not by a list.
 */
async function exportedTableShapes(): Promise<Array<{ lib: string; name: string; shape: TableShape }>> {
  const libs = readdirSync(join(process.cwd(), 'libs'));
  const found: Array<{ lib: string; name: string; shape: TableShape }> = [];
  for (const lib of libs) {
    const exports = (await import(`@app/${lib}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (value && typeof value === 'object' && 'table' in value && 'columns' in value) {
        found.push({ lib, name, shape: value as TableShape });
      }
    }
  }
  return found;
}

describe('row types declared by repositories', () => {
  const migrated = useMigratedSchema();

  it('match the migrated schema: same columns, types and nullability', async () => {
    const { rows } = await migrated.client().query<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
      table_type: string;
    }>(
      `SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable, t.table_type
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public'`,
    );
    const schema = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row]));
    const mismatches: string[] = [];
    for (const { lib, name, shape } of await exportedTableShapes()) {
      for (const [column, spec] of Object.entries(shape.columns)) {
        const declared = parseColumnSpec(spec);
        const actual = schema.get(`${shape.table}.${column}`);
        const where = `${lib}:${name} ${shape.table}.${column}`;
        if (!actual) mismatches.push(`${where}: no such column`);
        else if (actual.udt_name !== declared.type)
          mismatches.push(`${where}: is ${actual.udt_name}, declared ${declared.type}`);
        // PostgreSQL reports every column of a view (a published read model) as nullable.
        else if (actual.table_type !== 'VIEW' && (actual.is_nullable === 'YES') !== declared.nullable)
          mismatches.push(
            `${where}: ${actual.is_nullable === 'YES' ? 'nullable' : 'not null'} in the schema`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });
});
