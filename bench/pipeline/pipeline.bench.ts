// `npm run bench:pipeline`: the matching and import pipelines through the real database, timed
// end to end (a fresh database of its own on the local PostgreSQL; Redis for the queues).
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CompanyImportService, validateImportDocument } from '@app/companies';
import { generateCompanies } from '@app/company-generator';
import { loadConfig } from '@app/config';
import { ensurePostgres } from '@app/database';
import { MatchingRunsService } from '@app/matching';
import { JobName, JobQueue } from '@app/queue';
import { prepareBackingServices } from '@app/runtime';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { CompanyRescorer } from '../../libs/matching/src/runs/company-rescorer.js';
import { RunExecutor } from '../../libs/matching/src/runs/run-executor.js';

const server = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const database = `passerelle_bench_${process.pid}`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label.padEnd(48)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return result;
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: `${server}/${database}`,
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `bench_${process.pid}`,
  });
  await ensurePostgres(config.DATABASE_URL);
  await prepareBackingServices(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
  try {
    // The import queues a full run of its own. Left to this process's worker, it would run during
    // the timed runs below and warm up the engine: only the timed runs score anything here.
    await app.get(JobQueue).queueOf(JobName.RESCORE_ALL).pause();
    const importer = app.get(CompanyImportService);
    const thousand = generateCompanies({ seed: 5, quebec: 450, ontario: 550 }).companies;
    const { companies } = validateImportDocument({ companies: thousand });
    await timed('import 1,000 companies (validate + upsert)', async () => {
      validateImportDocument({ companies: thousand });
      return importer.import(companies);
    });
    await timed('re-import the same 1,000 (nothing changes)', () => importer.import(companies));

    const dataSource = app.get(DataSource);
    // Only consenting companies are scored: keep 600 of them in the run.
    await dataSource.query(`UPDATE companies SET matchmaking_opt_in = (id IN (
      SELECT id FROM companies ORDER BY external_id LIMIT 600))`);
    const runs = app.get(MatchingRunsService);
    const executor = app.get(RunExecutor);
    for (const label of ['full rescore, 600 companies, DB writes included', 'the same again (warm)']) {
      const run = await runs.createRun('FULL', null);
      await timed(label, () =>
        executor.rescoreAll({ runId: run!.id }, { attemptsMade: 0, opts: { attempts: 1 } } as never),
      );
    }
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM match_scores`);
    console.log(`stored feed rows (current and previous run): ${rows}`);
    console.log(
      `load average (1, 5, 15 min): ${loadavg()
        .map((n) => n.toFixed(2))
        .join(', ')}`,
    );

    // One profile changes: the job that updates its feed and its partners' feeds, timed 20 times.
    const rescorer = app.get(CompanyRescorer);
    const sample: { id: string }[] = await dataSource.query(
      `SELECT id FROM companies WHERE matchmaking_opt_in ORDER BY external_id LIMIT 20`,
    );
    const times: number[] = [];
    for (const { id } of sample) {
      const start = performance.now();
      await rescorer.rescoreCompany({ companyId: id });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(times.length * 0.95) - 1];
    console.log(
      `${'one company rescored, partners’ feeds updated (p95)'.padEnd(48)} ${p95.toFixed(0).padStart(7)} ms`,
    );
  } finally {
    await app.close();
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

void main();
