// Fails when modules import each other in a cycle (run by `npm run lint`). A cycle makes the
// order in which modules initialise matter: a class read before its module ran is `undefined`
// (Nest then reports a provider it "cannot resolve", TypeORM a relation to nothing). Type-only
// imports are left out: they vanish from the emitted code. Uses the TypeScript compiler's own
// module resolution, so `@app/*` paths and `.js` specifiers resolve as they do for tsc; it takes
// a second or two, where eslint-plugin-import-x's no-cycle doubled the time of the whole lint.
import { dirname, relative } from 'node:path';
import ts from 'typescript';

const PROJECTS = ['tsconfig.json', 'apps/web/tsconfig.json'];

/** The value imports and re-exports of a file (not `import type`, not all-type specifiers). */
function valueImports(file) {
  const source = ts.createSourceFile(file, ts.sys.readFile(file), ts.ScriptTarget.Latest, false);
  const specifiers = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0
          ? named.elements.every((element) => element.isTypeOnly)
          : false;
      if (!onlyTypes) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

const graph = new Map();
for (const project of PROJECTS) {
  const { config } = ts.readConfigFile(project, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(project));
  const cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, parsed.options);
  for (const file of parsed.fileNames) {
    const edges = [];
    for (const specifier of valueImports(file)) {
      const resolved = ts.resolveModuleName(specifier, file, parsed.options, ts.sys, cache).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport) edges.push(resolved.resolvedFileName);
    }
    graph.set(file, edges);
  }
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(file) {
  order.set(file, index);
  low.set(file, index++);
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!order.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), order.get(next)));
  }
  if (low.get(file) === order.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) cycles.push(component);
  }
}
for (const file of graph.keys()) if (!order.has(file)) visit(file);

for (const cycle of cycles) {
  console.error(`Import cycle between:\n${cycle.map((f) => `  ${relative(process.cwd(), f)}`).join('\n')}`);
}
if (cycles.length > 0) process.exit(1);
console.log(`No import cycle among ${graph.size} files.`);
