import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

/** The library a path lies in (`libs/<name>/...`), or undefined. */
function libraryOf(path) {
  const [top, name] = relative(ROOT, path).split(sep);
  return top === 'libs' ? name : undefined;
}

/**
 * A library is used through its public face only: `@app/<name>` (its src/index.ts). A deep import
 * (`@app/<name>/...` or a relative path into another library) couples a caller to internals the
 * owning domain is free to change, and walks around the ports that keep dependencies pointing down.
 */
const publicIndexOnly = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another library only through its index.ts (`@app/<name>`)' },
    messages: {
      deep: 'Import {{library}} through `@app/{{library}}` (its index.ts), not {{source}}.',
    },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename;
    const own = libraryOf(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      let library;
      if (source.startsWith('@app/')) {
        const [, name, ...rest] = source.split('/');
        if (rest.length > 0) library = name;
      } else if (source.startsWith('.')) {
        const target = resolve(dirname(file), source);
        const name = libraryOf(target);
        if (name && name !== own) library = name;
      }
      if (library) context.report({ node: node.source, messageId: 'deep', data: { library, source } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const ORM_PACKAGES = new Set(['typeorm', '@nestjs/typeorm']);

/** SQL handed to `.query(…)`: a string, a template, or a name that says it holds SQL (`sql`, `FEED_SQL`). */
function isSqlText(argument) {
  if (!argument) return false;
  if (argument.type === 'Literal') return typeof argument.value === 'string';
  if (argument.type === 'TemplateLiteral') return true;
  const name =
    argument.type === 'Identifier'
      ? argument.name
      : argument.type === 'MemberExpression' && !argument.computed
        ? argument.property.name
        : undefined;
  return typeof name === 'string' && /sql/i.test(name);
}

/**
 * Repositories own the SQL (CONTRIBUTING.md, rule 1): outside them a service, job, loader or
 * resolver neither runs `.query(…)` nor takes the ORM (`DataSource`, `EntityManager`, TypeORM
 * repositories) as a value; types (`import type { … }`) and the `Transaction` it passes on are fine.
 * Entities, modules, table shapes, SQL texts, migrations and the database infrastructure are
 * where the ORM belongs; the config lists those files.
 */
const sqlInRepositories = {
  meta: {
    type: 'problem',
    docs: { description: 'Only repositories run SQL or hold the ORM' },
    messages: {
      orm: 'Only a repository (*.repository.ts) imports {{source}}; call one of your domain’s repositories.',
      query: 'Only a repository (*.repository.ts) runs SQL; move this query into one.',
    },
    schema: [],
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        if (!ORM_PACKAGES.has(node.source.value) || node.importKind === 'type') return;
        if (node.specifiers.every((s) => s.importKind === 'type')) return;
        context.report({ node: node.source, messageId: 'orm', data: { source: node.source.value } });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'query') return;
        if (isSqlText(node.arguments[0])) context.report({ node: callee.property, messageId: 'query' });
      },
    };
  },
};

export default { rules: { 'public-index-only': publicIndexOnly, 'sql-in-repositories': sqlInRepositories } };
