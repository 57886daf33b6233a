// The API as N processes behind one port, for `npm run bench:api -- --api-processes 1,2,cores`:
// Node's cluster module, the primary accepting connections and handing them to the workers in
// turn. The first worker starts alone (it migrates the database and seeds the demo); the others
// follow once it listens. A worker that dies ends the run: a bench figure needs every process.
import cluster from 'node:cluster';

const count = Math.max(1, Number(process.env.API_PROCESSES ?? 1));
cluster.setupPrimary({ exec: new URL('../../apps/api/src/main.js', import.meta.url).pathname });

function forkOne(): Promise<void> {
  return new Promise((resolve) => cluster.fork().once('listening', () => resolve()));
}

cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  console.error(`API process ${worker.process.pid} ended (${signal ?? code})`);
  process.exit(1);
});

let stopping = false;
process.once('SIGTERM', () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  cluster.disconnect(() => process.exit(0));
});

await forkOne();
for (let i = 1; i < count; i++) await forkOne();
