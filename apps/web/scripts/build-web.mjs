// Builds the web app into apps/web/dist when it is missing or older than any of its sources, so
// that `npm run build`, `npm start` and the browser tests serve the current pages.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
const web = join(root, 'apps', 'web');
const builtIndex = join(web, 'dist', 'index.html');
const sources = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(root, 'libs', 'taxonomy', 'src', 'taxonomy.data.ts'),
  join(root, 'package-lock.json'),
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export function webBuildIsStale() {
  if (!existsSync(builtIndex)) return true;
  return Math.max(...sources.map(newest)) > statSync(builtIndex).mtimeMs;
}

export function ensureWebBuild({ force = false } = {}) {
  if (!force && !webBuildIsStale()) return false;
  process.stderr.write('Building Passerelle web app (Vite)…\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 2, 2],
      // A test runner's NODE_ENV=test would otherwise ship React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`)
  ensureWebBuild({ force: process.argv.includes('--force') });
