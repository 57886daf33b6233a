import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ensurePostgres, runPendingMigrations } from '@app/database';
import { loadConfigOrExit } from '@app/runtime';
import { UsageError, EXIT_OK, type CliCommand } from '../cli-command.js';

async function withDataSource<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit();
  await ensurePostgres(config.DATABASE_URL);
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export const migrationRunCommand: CliCommand = {
  name: 'migration:run',
  summary: 'Apply pending database migrations',
  usage: '',
  async run(_args, io) {
    const applied = await withDataSource(runPendingMigrations);
    io.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return EXIT_OK;
  },
};

export const migrationRevertCommand: CliCommand = {
  name: 'migration:revert',
  summary: 'Undo the most recent migration',
  usage: '',
  async run(_args, io) {
    await withDataSource((dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
    io.out('Reverted the most recent migration.');
    return EXIT_OK;
  },
};

const MIGRATIONS_DIR = join(process.cwd(), 'libs/database/src/migrations');

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

export const migrationGenerateCommand: CliCommand = {
  name: 'migration:generate',
  summary: 'Write a migration for the difference between the entities and the database',
  usage: '<Name>',
  async run(args, io) {
    const name = args[0];
    if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name))
      throw new UsageError('a migration name in PascalCase is required');
    const { withCliApp } = await import('../cli-app.js');
    const sql = await withCliApp(async (app) => {
      const dataSource = app.get(DataSource);
      return dataSource.driver.createSchemaBuilder().log();
    });
    if (sql.upQueries.length === 0) {
      io.out('No changes: the entities match the database.');
      return EXIT_OK;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    writeFileSync(
      join(MIGRATIONS_DIR, `${file}.ts`),
      migrationSource(
        className,
        sql.upQueries.map((q) => q.query),
        sql.downQueries.reverse().map((q) => q.query),
      ),
    );
    const index = join(MIGRATIONS_DIR, 'index.ts');
    const source = readFileSync(index, 'utf8')
      .replace(/(\nexport const MIGRATIONS = \[)/, `import { ${className} } from './${file}.js';\n$1`)
      .replace(/\];\s*$/, `, ${className}];\n`);
    writeFileSync(index, source);
    io.out(`Wrote libs/database/src/migrations/${file}.ts and registered it; review it before committing.`);
    return EXIT_OK;
  },
};
