// Builds the TypeScript sources when dist/ is missing or older than any source file, so that
// `npm start`, `npm run cli` and the benchmarks work on a fresh clone without a separate step.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebBuild } from '../apps/web/scripts/build-web.mjs';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const sourceRoots = ['apps', 'libs', 'bench'];
const skipped = new Set(['node_modules', 'dist', 'web']);

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuild() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(
    ...sourceRoots
      .map((d) => join(root, d))
      .filter(existsSync)
      .map(newestSourceTime),
    statSync(join(root, 'tsconfig.json')).mtimeMs,
  );
  if (built >= newest) {
    ensureWebBuild();
    return;
  }
  process.stderr.write('Building Passerelle (TypeScript)…\n');
  execSync('npm run --silent build', { cwd: root, stdio: ['ignore', 2, 2] });
  execSync(`node -e "require('fs').writeFileSync('${stamp}', '')"`, { cwd: root });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
