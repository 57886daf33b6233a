// `npm start`: builds when needed, then runs the API and the worker as two processes. Ctrl-C or
// SIGTERM is passed to both, which finish in-flight work before exiting; if either stops on its
// own, the other is stopped too and the exit code is passed on.
import { spawn } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();
const root = new URL('..', import.meta.url).pathname;
const processes = [
  ['api', 'dist/apps/api/src/main.js'],
  ['worker', 'dist/apps/worker/src/main.js'],
].map(([name, entry]) => ({
  name,
  child: spawn(process.execPath, [entry], { cwd: root, stdio: 'inherit' }),
}));

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
