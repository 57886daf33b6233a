import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { eventually } from '../../support/eventually.js';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export interface BuiltProcess {
  child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr together. */
  output: () => string;
  exit: Promise<number | null>;
}

/** Builds the API and the worker as they ship, so fault tests run the real processes. */
export function buildDist(): void {
  execSync('npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json', {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

/** Spawns a built entry point (e.g. `dist/apps/worker/src/main.js`) with extra environment. */
export function spawnBuilt(entry: string, env: Record<string, string>): BuiltProcess {
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** Polls until `check` holds; the error names what was awaited, so a timeout explains itself. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<void> {
  await eventually(what, async () => check(), Boolean, { timeoutMs, everyMs: intervalMs });
}

/** A TCP port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
