import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const CLOCK_TICKS_PER_SECOND = 100;
const ROOT = new URL('../../../', import.meta.url).pathname;

export interface Service {
  name: string;
  child: ChildProcess;
  output: () => string;
}

/** The API and the worker as they ship (built dist), on a database and queue prefix of the bench's own. */
export class BenchStack {
  readonly services: Service[] = [];
  readonly databaseUrl: string;
  readonly queuePrefix = `bench_api_${process.pid}`;
  private readonly secret = randomBytes(32).toString('hex');
  port = 0;

  constructor(
    private readonly server: string,
    private readonly redisUrl: string,
    /** API processes behind the one port (bench/api/api-cluster.ts when more than one). */
    private readonly apiProcesses = 1,
  ) {
    this.databaseUrl = `${server}/passerelle_bench_api_${process.pid}`;
  }

  get graphqlUrl(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  private env(): Record<string, string> {
    return {
      // Measured as deployed: production settings, with a secret of the run's own.
      NODE_ENV: 'production',
      JWT_SECRET: this.secret,
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redisUrl,
      QUEUE_PREFIX: this.queuePrefix,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      // Every limit is multiplied by this, so one account on loopback measures the server, not the limiter.
      RATE_LIMIT_SCALE: '1000',
      LOG_LEVEL: 'warn',
      API_PROCESSES: String(this.apiProcesses),
    };
  }

  private spawn(name: string, entry: string): Service {
    // BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is passed to the API only, to profile it under load.
    const nodeArgs =
      name === 'api' ? (process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []) : [];
    const child = spawn(process.execPath, [...nodeArgs, entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const service = { name, child, output: () => output };
    this.services.push(service);
    return service;
  }

  /** The API first: it creates and migrates the database and seeds the demo, which queues the first run. */
  async start(): Promise<void> {
    this.port = await freePort();
    const api = this.spawn(
      'api',
      this.apiProcesses > 1 ? 'dist/bench/api/api-cluster.js' : 'dist/apps/api/src/main.js',
    );
    await until('the API to be ready', 180_000, async () => {
      if (api.child.exitCode !== null) throw new Error(`the API exited:\n${api.output()}`);
      const response = await fetch(`http://127.0.0.1:${this.port}/health/ready`).catch(() => undefined);
      return response?.status === 200;
    });
    this.spawn('worker', 'dist/apps/worker/src/main.js');
  }

  /** CPU time (user + system) the service has used so far: a cost per request that a busy machine blurs less than throughput. */
  cpuMs(name: string): number {
    return processTree(this.services.find((s) => s.name === name)!.child.pid!).reduce((sum, pid) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    }, 0);
  }

  /** Resident memory of the service and its children (the API's cluster workers). */
  rssMb(name: string): number {
    return processTree(this.services.find((s) => s.name === name)!.child.pid!).reduce((sum, pid) => {
      const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      return sum + (line ? Number(line[1]) / 1024 : 0);
    }, 0);
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Runs even after a failure: stops the processes, drops the database and the queue keys. */
  async tearDown(): Promise<void> {
    await Promise.all(this.services.map((s) => stop(s.child)));
    const admin = new pg.Client({ connectionString: `${this.server}/postgres` });
    await admin.connect();
    await admin.query(
      `DROP DATABASE IF EXISTS "${new URL(this.databaseUrl).pathname.slice(1)}" WITH (FORCE)`,
    );
    await admin.end();
    const redis = new Redis(this.redisUrl);
    const keys = await redis.keys(`${this.queuePrefix}:*`);
    if (keys.length > 0) await redis.unlink(...keys);
    redis.disconnect();
  }
}

/** A process and its descendants (the API's cluster workers), from /proc. */
function processTree(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(' ')
    .filter(Boolean);
  return [pid, ...children.flatMap((child) => processTree(Number(child)))];
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  // A process that does not finish its in-flight work within seconds is not waited for.
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function until(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
