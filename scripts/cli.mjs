// `npm run cli -- <command>`: builds when needed, then runs the operators' command line.
import { spawnSync } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();
const entry = new URL('../dist/apps/cli/src/main.js', import.meta.url).pathname;
const result = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
