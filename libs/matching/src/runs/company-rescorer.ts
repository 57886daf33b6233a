import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { prepareProfiles, scoreCompany, scoreFor } from '@app/match-scoring';
import { JobHandler, JobName, JobQueue, type JobPayloads } from '@app/queue';
import { FEED_GENERATION } from '../feed/feed-cache.js';
import { loadMatchProfiles } from './match-profiles.js';
import { FEED_LOCK } from './run-executor.js';
import { trimFeeds, writeScores } from './score-writer.js';

interface ServedRun {
  id: string;
  top_k: number;
  weights: Record<string, number>;
}

/**
 * After a profile changes, rescores that company against the other province and updates the
 * served feeds in place: its own feed, and every partner feed it now enters, moves in or leaves.
 */
@Injectable()
export class CompanyRescorer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler(JobName.RESCORE_COMPANY)
  async rescoreCompany({ companyId }: JobPayloads[JobName.RESCORE_COMPANY]): Promise<void> {
    const served: ServedRun[] = await this.dataSource.query(
      `SELECT r.id, r.top_k, r.weights FROM matching_state s JOIN matching_runs r ON r.id = s.current_run_id`,
    );
    const run = served[0];
    if (!run) {
      // Nothing is served yet: the first full run scores everyone, this company included.
      await this.jobs.add(JobName.RESCORE_ALL, { kind: 'FULL' }, { jobId: 'first-full-run' });
      return;
    }
    const profiles = await loadMatchProfiles(this.dataSource.manager);
    const consenting = profiles.some((p) => p.id === companyId);
    const prepared = consenting ? prepareProfiles(profiles, run.weights) : undefined;
    // Every partner of the other province, not only the top: each may enter or leave a partner's feed.
    const everyone = prepared ? scoreCompany(prepared, companyId, profiles.length) : [];

    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
      await manager.query(
        `DELETE FROM match_scores WHERE run_id = $1 AND (company_id = $2 OR partner_id = $2)`,
        [run.id, companyId],
      );
      if (prepared) {
        await writeScores(
          manager,
          run.id,
          everyone.slice(0, run.top_k).map((partner) => ({ companyId, partner })),
        );
        const floors: { company_id: string; size: number; floor: number }[] = await manager.query(
          `SELECT company_id, count(*)::int AS size, min(score) AS floor FROM match_scores
            WHERE run_id = $1 AND company_id = ANY($2::uuid[]) GROUP BY company_id`,
          [run.id, everyone.map((p) => p.partnerId)],
        );
        const floorOf = new Map(floors.map((f) => [f.company_id, f]));
        const entering = everyone.filter((p) => {
          const feed = floorOf.get(p.partnerId);
          return !feed || feed.size < run.top_k || p.score > feed.floor;
        });
        const rows = entering.map((p) => ({
          companyId: p.partnerId,
          partner: scoreFor(prepared, p.partnerId, [companyId])[0],
        }));
        await writeScores(manager, run.id, rows);
        await trimFeeds(
          manager,
          run.id,
          rows.map((r) => r.companyId),
          run.top_k,
        );
      }
      // Served feeds changed in place: the API's cached feeds must go (see the FeedGeneration
      // migration). Last, so the counter's row lock is held for no more than the commit.
      await manager.query(`UPDATE cache_generations SET generation = generation + 1 WHERE name = $1`, [
        FEED_GENERATION,
      ]);
    });
  }
}
