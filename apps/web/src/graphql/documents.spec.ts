import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from './generated';

const SOURCES = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * `graphql()` finds an operation by its exact text; an operation edited after the last
 * `npm run codegen:web` would reach Apollo as `undefined` and break its page at run time.
 */
describe('the generated operations', () => {
  it('match every graphql() call of the app, character for character', () => {
    const stale: string[] = [];
    for (const file of sourceFiles(SOURCES)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
        if ((graphql(match[1]) as { kind?: string }).kind !== 'Document')
          stale.push(`${file.slice(SOURCES.length)}: ${match[1].trim().split('\n')[0]}`);
      }
    }
    expect(stale).toEqual([]);
  });
});
