import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// "A domain's tables are its own" (CONTRIBUTING.md, rule 2): a library's source reads and writes
// only the tables of its own domain, and asks another domain through what its index exports.
// Each table belongs to the library that declares its entity (@Entity) or its row shape
// (tableShape); the few tables that have neither are listed in TABLES_WITHOUT_SHAPE.

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

/**
 * Reads of another domain's tables not yet moved behind what that domain exports: file → tables.
 * The test fails when one disappears too, so that this list only ever shrinks.
 */
const NOT_YET_MOVED: Record<string, string[]> = {
  // Matching's feed filters and pages scores by the companies' consent, province and memberships
  // and by the pairs already connected or met, in one statement per page: moving it needs those
  // domains to contribute the filters (a separate piece of work).
  'libs/matching/src/feed/feed.query.ts': ['companies', 'connections', 'meeting_outcomes', 'memberships'],
  'libs/matching/src/feed/feed.repository.ts': ['companies'],
  // The partnership report aggregates impressions, requests, meetings and outcomes per company
  // pair in one statement; splitting it is its own piece of work.
  'libs/events/src/reports/partnership-report.sql.ts': [
    'companies',
    'meeting_outcomes',
    'meeting_participants',
    'meeting_requests',
    'meetings',
    'suggestion_impressions',
  ],
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'migrations' && name !== '__snapshots__') sourceFiles(path, out);
    } else if (path.endsWith('.ts') && !path.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

const files = sourceFiles(join(ROOT, 'libs')).map((path) => ({
  path: relative(ROOT, path),
  lib: relative(ROOT, path).split('/')[1],
  text: readFileSync(path, 'utf8'),
}));

/** table → owning library, and entity class → owning library. */
function owners() {
  const tables = new Map<string, string>(Object.entries(TABLES_WITHOUT_SHAPE));
  const entities = new Map<string, string>();
  for (const { lib, text } of files) {
    for (const [, table, entity] of text.matchAll(/@Entity\('(\w+)'\)\s*export class (\w+)/g)) {
      tables.set(table, lib);
      entities.set(entity, lib);
    }
    for (const [, table] of text.matchAll(/tableShape\('(\w+)'/g)) tables.set(table, lib);
  }
  return { tables, entities };
}

function foreignReads(): Record<string, string[]> {
  const { tables, entities } = owners();
  const sql = new RegExp(`\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(${[...tables.keys()].join('|')})\\b`, 'g');
  const orm = /\b(?:getRepository|InjectRepository)\((\w+)\)/g;
  const found: Record<string, string[]> = {};
  for (const { path, lib, text } of files) {
    const read = new Set<string>();
    for (const [, table] of text.matchAll(sql))
      if (tables.get(table) !== lib && !SHARED_TABLES.has(table)) read.add(table);
    for (const [, entity] of text.matchAll(orm))
      if (entities.has(entity) && entities.get(entity) !== lib) read.add(`${entity} (ORM)`);
    if (read.size > 0) found[path] = [...read].sort();
  }
  return found;
}

describe('table ownership', () => {
  it('gives every table the migrations create a domain', () => {
    const { tables } = owners();
    const created = new Set<string>();
    for (const path of sourceFiles(join(ROOT, 'libs/database/src/migrations')))
      for (const [, table] of readFileSync(path, 'utf8').matchAll(
        /CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)/gi,
      ))
        created.add(table);
    expect([...created].filter((t) => !tables.has(t) && !SHARED_TABLES.has(t)).sort()).toEqual([]);
  });

  it('lets no library query another domain’s tables, except the reads listed as not yet moved', () => {
    expect(foreignReads()).toEqual(NOT_YET_MOVED);
  });
});
