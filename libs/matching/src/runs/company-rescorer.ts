import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  applyFeedback,
  feedbackApplies,
  feedbackMultiplier,
  prepareProfiles,
  scoreCompany,
  scoreFor,
  type ScoredPartner,
} from '@app/match-scoring';
import { JobHandler, JobName, JobQueue, type JobPayloads } from '@app/queue';
import { FEED_GENERATION } from '../feed/feed-cache.js';
import { FeedbackRepository } from '../feedback/feedback.repository.js';
import { loadMatchProfiles } from './match-profiles.repository.js';
import { FEED_LOCK, scoreFeed, type RunModel } from './run-executor.js';
import { trimFeeds, writeScores } from './score-writer.js';

/** A partner feed's k-th best value of the score and of each lens: a row must beat one to enter. */
interface FeedFloor {
  company_id: string;
  score: number | null;
  they_offer: number | null;
  they_seek: number | null;
}

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
    private readonly feedbackModels: FeedbackRepository,
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
    const profilesById = new Map(profiles.map((p) => [p.id, p]));
    const company = profilesById.get(companyId);
    const prepared = company ? prepareProfiles(profiles, run.weights) : undefined;
    // The current feedback model: what members taught since the run applies from now on.
    const feedback = await this.feedbackModels.latest();
    const feedbackVersion = feedback.version || null;
    const model: RunModel | undefined = prepared && { prepared, profilesById, feedback };
    // Every partner of the other province, not only the top: each may enter or leave a partner's feed.
    const everyone = prepared ? scoreCompany(prepared, companyId, profiles.length) : [];
    /** The pair as the partner's feed would store it: lenses swap sides, the partner's feedback applies. */
    const seenByPartner = (p: ScoredPartner) => {
      const viewer = profilesById.get(p.partnerId)!;
      const by = feedbackApplies(feedback, viewer) ? feedbackMultiplier(feedback, viewer, company!) : 1;
      return { score: p.score * by, theyOffer: p.lenses.theySeek * by, theySeek: p.lenses.theyOffer * by };
    };

    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
      await manager.query(
        `DELETE FROM match_scores WHERE run_id = $1 AND (company_id = $2 OR partner_id = $2)`,
        [run.id, companyId],
      );
      if (model) {
        await writeScores(
          manager,
          run.id,
          scoreFeed(model, companyId, run.top_k).map((partner) => ({ companyId, partner })),
          feedbackVersion,
        );
        const floors: FeedFloor[] = await manager.query(
          `SELECT company_id, (array_agg(score ORDER BY score DESC))[$3] AS score,
                  (array_agg(they_offer ORDER BY they_offer DESC) FILTER (WHERE they_offer > 0))[$3] AS they_offer,
                  (array_agg(they_seek ORDER BY they_seek DESC) FILTER (WHERE they_seek > 0))[$3] AS they_seek
             FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[]) GROUP BY company_id`,
          [run.id, everyone.map((p) => p.partnerId), run.top_k],
        );
        const floorOf = new Map(floors.map((f) => [f.company_id, f]));
        const beats = (value: number, floor: number | null | undefined) => floor == null || value > floor;
        const entering = everyone.filter((p) => {
          const feed = floorOf.get(p.partnerId);
          const seen = seenByPartner(p);
          return (
            beats(seen.score, feed?.score) ||
            (seen.theyOffer > 0 && beats(seen.theyOffer, feed?.they_offer)) ||
            (seen.theySeek > 0 && beats(seen.theySeek, feed?.they_seek))
          );
        });
        const rows = entering.map((p) => ({
          companyId: p.partnerId,
          partner: applyFeedback(
            scoreFor(model.prepared, p.partnerId, [companyId]),
            feedback,
            p.partnerId,
            profilesById,
          )[0],
        }));
        await writeScores(manager, run.id, rows, feedbackVersion);
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
