import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isReadModel } from '@app/database';
import { useMigratedSchema } from '../support/test-database.js';

// "A domain's tables are its own" (CONTRIBUTING.md, rule 2): a library's source reads and writes
// only the tables of its own domain. Of another domain it reads only the read models that domain
// publishes: views declared with `readModel` and exported from its index.ts, which read only
// their owner's tables (or other published read models). Each table belongs to the library that
// declares its entity (@Entity), its row shape (tableShape) or its view (readModel); the few tables
// that have none are listed in TABLES_WITHOUT_SHAPE.

const ROOT = process.cwd();

/** Tables created by migrations that no entity or table shape declares, and their domain. */
const TABLES_WITHOUT_SHAPE: Record<string, string> = {
  mission_meetings: 'missions',
  mission_preferences: 'missions',
  mission_follow_up_links: 'missions',
};

/**
 * Infrastructure any domain may read: the feed generations, bumped by deferred triggers and read
 * with the signed-in person's lookup in the same round trip (docs/architecture.md, "Data flow of
 * matching").
 */
const SHARED_TABLES = new Set(['cache_generations']);

interface Source {
  path: string;
  lib: string;
  text: string;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'migrations' && name !== '__snapshots__') sourceFiles(path, out);
    } else if (path.endsWith('.ts') && !path.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

const files: Source[] = sourceFiles(join(ROOT, 'libs')).map((path) => ({
  path: relative(ROOT, path),
  lib: relative(ROOT, path).split('/')[1],
  text: readFileSync(path, 'utf8'),
}));

const migrationsText = sourceFiles(join(ROOT, 'libs/database/src/migrations'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** table or view → owning library, entity class → owning library, and each declared view's library. */
function owners() {
  const tables = new Map<string, string>(Object.entries(TABLES_WITHOUT_SHAPE));
  const entities = new Map<string, string>();
  const declaredViews = new Map<string, string>();
  for (const { lib, text } of files) {
    for (const [, table, entity] of text.matchAll(/@Entity\('(\w+)'\)\s*export class (\w+)/g)) {
      tables.set(table, lib);
      entities.set(entity, lib);
    }
    for (const [, table] of text.matchAll(/tableShape\('(\w+)'/g)) tables.set(table, lib);
    for (const [, view] of text.matchAll(/readModel\('(\w+)'/g)) {
      tables.set(view, lib);
      declaredViews.set(view, lib);
    }
  }
  return { tables, entities, declaredViews };
}

/** view → library, for every read model a library exports from its public index. */
async function publishedReadModels(): Promise<Map<string, string>> {
  const published = new Map<string, string>();
  for (const lib of readdirSync(join(ROOT, 'libs'))) {
    const exports = (await import(`@app/${lib}`)) as Record<string, unknown>;
    for (const value of Object.values(exports)) if (isReadModel(value)) published.set(value.table, lib);
  }
  return published;
}

/**
 * What each source reads or writes of another domain: its tables, its entities through the ORM,
 * and anything but a read (FROM, JOIN) of the read models it publishes.
 */
function foreignReads(sources: Source[], published: ReadonlyMap<string, string>): Record<string, string[]> {
  const { tables, entities } = owners();
  const sql = new RegExp(`\\b(FROM|JOIN|UPDATE|INTO)\\s+(${[...tables.keys()].join('|')})\\b`, 'g');
  const orm = /\b(?:getRepository|InjectRepository)\((\w+)\)/g;
  const found: Record<string, string[]> = {};
  for (const { path, lib, text } of sources) {
    const read = new Set<string>();
    for (const [, keyword, table] of text.matchAll(sql)) {
      if (tables.get(table) === lib || SHARED_TABLES.has(table)) continue;
      const readsPublished = published.get(table) === tables.get(table) && /^(FROM|JOIN)$/.test(keyword);
      if (!readsPublished) read.add(table);
    }
    for (const [, entity] of text.matchAll(orm))
      if (entities.has(entity) && entities.get(entity) !== lib) read.add(`${entity} (ORM)`);
    if (read.size > 0) found[path] = [...read].sort();
  }
  return found;
}

describe('table ownership', () => {
  let published: Map<string, string>;
  beforeAll(async () => {
    published = await publishedReadModels();
  });

  it('gives every table and view the migrations create a domain', () => {
    const { tables } = owners();
    const created = new Set<string>();
    for (const [, table] of migrationsText.matchAll(
      /CREATE (?:OR REPLACE )?(?:TABLE|VIEW) (?:IF NOT EXISTS )?"?(\w+)/gi,
    ))
      created.add(table);
    expect([...created].filter((t) => !tables.has(t) && !SHARED_TABLES.has(t)).sort()).toEqual([]);
  });

  it('publishes every declared read model from its owner’s index', () => {
    expect(Object.fromEntries(owners().declaredViews)).toEqual(Object.fromEntries(published));
  });

  it('lets no library query another domain’s tables, only read the read models it publishes', () => {
    expect(foreignReads(files, published)).toEqual({});
  });

  it('tells a read of a published read model from a read or write of anything else of its owner', () => {
    const matching = (text: string): Source[] => [
      { path: 'libs/matching/src/x.sql.ts', lib: 'matching', text },
    ];
    expect(
      foreignReads(matching('SELECT 1 FROM company_facts c JOIN connected_pairs k ON true'), published),
    ).toEqual({});
    expect(foreignReads(matching('SELECT 1 FROM companies c JOIN connections k ON true'), published)).toEqual(
      {
        'libs/matching/src/x.sql.ts': ['companies', 'connections'],
      },
    );
    expect(foreignReads(matching('INSERT INTO company_facts (id) VALUES ($1)'), published)).toEqual({
      'libs/matching/src/x.sql.ts': ['company_facts'],
    });
    // A read model declared but not exported is its owner's private business.
    const unexported = new Map([...published].filter(([view]) => view !== 'company_facts'));
    expect(foreignReads(matching('SELECT 1 FROM company_facts c'), unexported)).toEqual({
      'libs/matching/src/x.sql.ts': ['company_facts'],
    });
  });

  describe('in the migrated database', () => {
    const schema = useMigratedSchema();

    it('makes each read model a view that reads only its owner’s tables and other published read models', async () => {
      const { tables } = owners();
      const { rows: views } = await schema
        .client()
        .query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.views WHERE table_schema = 'public'`,
        );
      expect(views.map((v) => v.table_name).sort()).toEqual([...published.keys()].sort());
      const { rows: usage } = await schema
        .client()
        .query<{ view_name: string; table_name: string }>(
          `SELECT view_name, table_name FROM information_schema.view_table_usage WHERE view_schema = 'public'`,
        );
      const strays = usage
        .filter(({ view_name, table_name }) => {
          const owner = published.get(view_name);
          return tables.get(table_name) !== owner && !published.has(table_name);
        })
        .map(({ view_name, table_name }) => `${published.get(view_name)}: ${view_name} reads ${table_name}`);
      expect(strays).toEqual([]);
    });

    // What each view means, as the database holds it: a change to one shows in review here.
    it('defines each read model as its owner wrote it', async () => {
      const { rows } = await schema.client().query<{ view: string; definition: string }>(
        `SELECT table_name AS view, pg_get_viewdef(format('%I', table_name)::regclass, true) AS definition
           FROM information_schema.views WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(
        Object.fromEntries(rows.map((r) => [`${published.get(r.view)}: ${r.view}`, r.definition])),
      ).toMatchSnapshot();
    });
  });
});
