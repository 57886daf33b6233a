import { DataSource, type EntityManager } from 'typeorm';
import { generateCompanies } from '@app/company-generator';
import type { ScoredPartner } from '@app/match-scoring';
import { ScoresRepository } from '../../libs/matching/src/runs/scores.repository.js';
import { HANG_MS } from '../support/eventually.js';
import { importCompanies, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { runFullRescore } from './run-helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const partner = (
  partnerId: string,
  reasonParams: Record<string, string> = { area: 'oncology' },
): ScoredPartner => ({
  partnerId,
  score: 0.5,
  lenses: { theyOffer: 0.5, theySeek: 0.5 },
  components: { affinity: 0.25, language: 1 },
  reasons: [{ code: 'SHARED_AREA', params: reasonParams }],
});

describe('feed rows and the runs and companies they name', () => {
  let t: TestApp;
  let db: DataSource;
  let scores: ScoresRepository;
  let servedRun: string;

  const newRun = async (): Promise<string> => {
    const [run]: { id: string }[] = await db.query(
      `INSERT INTO matching_runs (kind, status, model_version, weights, top_k)
       VALUES ('FULL', 'RUNNING', 'test', '{}', 10) RETURNING id`,
    );
    return run.id;
  };
  const rowsNaming = async (companyId: string, manager: EntityManager = db.manager): Promise<number> => {
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM match_scores WHERE company_id = $1 OR partner_id = $1`,
      [companyId],
    );
    return count;
  };
  /** The companies still there (some tests delete one). */
  const present = (): Promise<{ id: string; province: string }[]> =>
    db.query(`SELECT id, province FROM companies ORDER BY id`);
  /** A company can only go once its people are gone (accounts of a company need one). */
  const deleteCompany = async (manager: EntityManager, id: string) => {
    await manager.query(`DELETE FROM users WHERE company_id = $1`, [id]);
    await manager.query(`DELETE FROM companies WHERE id = $1`, [id]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    scores = new ScoresRepository(db);
    await importCompanies(t, {
      companies: generateCompanies({ seed: 12, quebec: 20, ontario: 20 }).companies,
    });
    const staff = await signedIn(t, {
      email: 'staff@references.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
    await t.startWorker();
    servedRun = (await runFullRescore(t, staff)).id;
  });
  afterAll(() => t.close());

  it('removes the feed rows naming a deleted company, in the deleting transaction', async () => {
    const [{ id }]: { id: string }[] = await db.query(
      `SELECT company_id AS id FROM match_scores WHERE run_id = $1 ORDER BY company_id LIMIT 1`,
      [servedRun],
    );
    const [{ total }]: { total: number }[] = await db.query(
      `SELECT count(*)::int AS total FROM match_scores`,
    );
    const naming = await rowsNaming(id);
    expect(naming).toBeGreaterThan(0);

    await db.transaction(async (manager) => {
      await deleteCompany(manager, id);
      expect(await rowsNaming(id, manager)).toBe(0);
    });
    const [after]: { total: number }[] = await db.query(`SELECT count(*)::int AS total FROM match_scores`);
    expect(after.total).toBe(total - naming);
  });

  it('makes a company deletion wait for a transaction writing rows that name it, then removes them', async () => {
    const companies = await present();
    const [viewer, named] = [
      companies.find((c) => c.province === 'QC')!,
      companies.findLast((c) => c.province === 'ON')!,
    ];
    const run = await newRun();
    const writer = db.createQueryRunner();
    const deleter = db.createQueryRunner();
    try {
      await writer.startTransaction();
      await scores.copy(run, [[viewer.id, [partner(named.id)]]], null, writer.manager);

      await deleter.startTransaction();
      const [{ pid }]: { pid: number }[] = await deleter.query(`SELECT pg_backend_pid() AS pid`);
      const deleting = deleteCompany(deleter.manager, named.id);
      for (let waited = 0; ; waited += 20) {
        const [{ blocked }]: { blocked: boolean }[] = await db.query(
          `SELECT cardinality(pg_blocking_pids($1)) > 0 AS blocked`,
          [pid],
        );
        if (blocked) break;
        // Generous: on a loaded machine the deleting statement can take seconds to reach the lock.
        if (waited > HANG_MS) throw new Error('the deletion did not wait for the writer');
        await sleep(20);
      }
      await writer.commitTransaction();
      await deleting;
      await deleter.commitTransaction();
    } finally {
      for (const runner of [writer, deleter]) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    }
    expect(await rowsNaming(named.id)).toBe(0);
  });

  it('refuses rows naming a missing company or run, whichever way they are written', async () => {
    const [a, b] = await present();
    const run = await newRun();
    const missing = '00000000-0000-4000-8000-000000000000';
    const written = [
      () => scores.write(run, [{ companyId: a.id, partner: partner(missing) }], null),
      () => scores.write(missing, [{ companyId: a.id, partner: partner(b.id) }], null),
      () => db.transaction((tx) => scores.copy(run, [[missing, [partner(b.id)]]], null, tx)),
      () => db.transaction((tx) => scores.copy(missing, [[a.id, [partner(b.id)]]], null, tx)),
    ];
    for (const write of written) await expect(write()).rejects.toMatchObject({ code: '23503' });
    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM match_scores WHERE run_id = $1`,
      [run],
    );
    expect(count).toBe(0);
  });

  it('removes the rows of a deleted run', async () => {
    const run = await newRun();
    const [a, b] = await present();
    await scores.write(run, [{ companyId: a.id, partner: partner(b.id) }], null);
    await db.query(`DELETE FROM matching_runs WHERE id = $1`, [run]);
    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM match_scores WHERE run_id = $1`,
      [run],
    );
    expect(count).toBe(0);
  });

  it('stores through COPY exactly what the upsert stores, awkward characters included', async () => {
    const [viewer, ...others] = await present();
    const awkward = { area: 'back\\slash "quoted"\ttab\nnew line, accentué ✓' };
    const feed = [
      { ...partner(others[0].id, awkward), score: 1.0000001 },
      { ...partner(others[1].id), score: -0.2 },
      { ...partner(others[2].id), score: 0.123456789 },
    ];
    const [copied, upserted] = [await newRun(), await newRun()];
    await db.transaction((tx) => scores.copy(copied, [[viewer.id, feed]], null, tx));
    await scores.write(
      upserted,
      feed.map((p) => ({ companyId: viewer.id, partner: p })),
      null,
    );
    const stored = (run: string) =>
      db.query(
        `SELECT company_id, partner_id, score, components, reasons FROM match_scores
          WHERE run_id = $1 ORDER BY partner_id`,
        [run],
      );
    const rows = await stored(copied);
    expect(rows).toEqual(await stored(upserted));
    expect(rows.find((r: { partner_id: string }) => r.partner_id === others[0].id).reasons).toEqual([
      { code: 'SHARED_AREA', params: awkward },
    ]);
  });

  it('writes nothing when a feed fails half-way, and leaves the connection usable', async () => {
    const run = await newRun();
    const [viewer, other, third] = await present();
    function* feeds(): Generator<[string, ScoredPartner[]]> {
      yield [viewer.id, [partner(other.id)]];
      throw new Error('scoring failed');
    }
    await expect(
      db.transaction(async (tx) => {
        await scores.copy(run, feeds(), null, tx);
      }),
    ).rejects.toThrow('scoring failed');
    await db.transaction((tx) => scores.copy(run, [[third.id, [partner(other.id)]]], null, tx));
    const rows: { company_id: string }[] = await db.query(
      `SELECT company_id FROM match_scores WHERE run_id = $1`,
      [run],
    );
    expect(rows).toEqual([{ company_id: third.id }]);
  });
});
