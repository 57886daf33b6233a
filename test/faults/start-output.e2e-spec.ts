import { spawn } from 'node:child_process';
import pg from 'pg';
import { createTestDatabase } from '../support/test-database.js';
import { freePort, ROOT, waitFor } from './support/processes.js';

/** Everything a person sees in the terminal from `npm start`, stdout and stderr together. */
function startCommand(env: Record<string, string>) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: '', NODE_ENV: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

describe('npm start, as a person sees it', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('prints one summary with the addresses and the demo sign-in, no log lines, and no secret', async () => {
    const port = await freePort();
    const start = startCommand({
      DATABASE_URL: database.url,
      PORT: String(port),
      QUEUE_PREFIX: `start_${port}`,
    });
    try {
      // Building, migrating and loading the demo data (about 600 companies and their invitations).
      await waitFor(
        'the start-up summary',
        () => start.output().includes('Passerelle is running'),
        600_000,
        500,
      );
      // The demo data's invitation emails go through the worker (logged, without SMTP): let them pass.
      const db = new pg.Client({ connectionString: database.url });
      await db.connect();
      try {
        await waitFor(
          'the demo invitations to be logged',
          async () =>
            (await db.query(`SELECT 1 FROM sent_emails WHERE status = 'LOGGED' LIMIT 1`)).rowCount === 1,
          120_000,
          500,
        );
      } finally {
        await db.end();
      }
      const output = start.output();
      expect(output).toContain(`Web app:  http://localhost:${port}/`);
      expect(output).toContain(`GraphQL:  http://localhost:${port}/graphql`);
      expect(output).toContain('admin@quebec.demo');
      expect(output.match(/Passerelle is running/g)).toHaveLength(1);
      expect(output).not.toMatch(/"level":\s*\d+/);
      expect(output).not.toMatch(/\/invitation\/[\w-]{20,}/);
      expect(output).not.toMatch(/token/i);
      expect(output).not.toContain('Passerelle-Demo-2026');
    } finally {
      start.child.kill('SIGINT');
      expect(await start.exit).toBe(0);
    }
  }, 900_000);
});
