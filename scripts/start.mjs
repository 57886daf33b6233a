// `npm start`: builds when needed, then runs the API and the worker as two processes. Ctrl-C or
// SIGTERM is passed to both, which finish in-flight work before exiting; if either stops on its
// own, the other is stopped too and the exit code is passed on.
//
// Quiet by default: one summary once both are ready (addresses and demo sign-in), then warnings
// and errors only, as plain lines. Every JSON log line with LOG_LEVEL set (debug, info…) or in
// production, where a log collector reads them.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ensureBuild } from './ensure-build.mjs';
import { quietLine, startupSummary } from './start-output.mjs';

ensureBuild();
const root = new URL('..', import.meta.url).pathname;
const verbose = process.env.NODE_ENV === 'production' || Boolean(process.env.LOG_LEVEL);
const ready = new Set();
const processes = [
  ['api', 'dist/apps/api/src/main.js'],
  ['worker', 'dist/apps/worker/src/main.js'],
].map(([name, entry]) => {
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    stdio: ['inherit', verbose ? 'inherit' : 'pipe', 'inherit'],
  });
  if (!verbose) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const { text, ready: isReady } = quietLine(name, line);
      if (text) process.stdout.write(`${text}\n`);
      if (isReady && !ready.has(name)) {
        ready.add(name);
        if (ready.size === 2) process.stdout.write(startupSummary(process.env));
      }
    });
  }
  return { name, child };
});

let stopping = false;
let exitCode = 0;
let running = processes.length;

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const { child } of processes) if (child.exitCode === null) child.kill(signal);
}

for (const { name, child } of processes) {
  child.on('exit', (code, signal) => {
    running -= 1;
    if (!stopping) {
      process.stderr.write(`Passerelle ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.\n`);
      exitCode = code || 1;
      stopAll('SIGTERM');
    } else if (code) exitCode = code;
    if (running === 0) process.exit(exitCode);
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
