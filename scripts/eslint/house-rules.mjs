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

export default { rules: { 'public-index-only': publicIndexOnly } };
