// `npm run codegen:web`: regenerates apps/web/src/graphql/generated from schema.graphql. The code
// generator has its own package.json and lockfile here, installed on first use (and again when
// the lockfile changes), so that the root `npm ci` a user runs does not carry it: several of its
// dependencies declare Node 22 and made every install on Node 20 print EBADENGINE warnings,
// though the generator runs fine on Node 20.19.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const installed = join(here, 'node_modules', '.package-lock.json');

if (
  !existsSync(installed) ||
  statSync(installed).mtimeMs < statSync(join(here, 'package-lock.json')).mtimeMs
) {
  process.stderr.write('Installing the GraphQL code generator (tools/codegen)…\n');
  // --loglevel=error: the EBADENGINE warnings above are expected on Node 20; errors still show.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
}

const cli = join(here, 'node_modules', '@graphql-codegen', 'cli');
const bin = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).bin['graphql-codegen'];
execFileSync(process.execPath, [join(cli, bin), '--config', join(here, 'codegen.ts')], {
  cwd: root,
  stdio: 'inherit',
});
