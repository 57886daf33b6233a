import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  applyFeedback,
  feedbackApplies,
  MODEL_VERSION,
  prepareProfiles,
  scoreCompany,
  type FeedbackModel,
  type MatchProfile,
  type PreparedProfiles,
  type ScoredPartner,
} from '@app/match-scoring';
import { JobHandler, JobName, JobQueue, type JobPayloads } from '@app/queue';
import { FeedbackRepository } from '../feedback/feedback.repository.js';
import { FeedbackTrainer } from '../feedback/feedback-trainer.js';
import { loadMatchProfiles } from './match-profiles.repository.js';
import { MatchingRunsService, type RunRow } from './matching-runs.service.js';
import { copyFeeds, keepBest } from './score-writer.js';

/** Companies scored per transaction: small enough to keep each step short, so a killed worker loses little. */
const CHUNK = 100;
/** Serialises changes to the served feeds (a run's swap, a company's rescoring) across workers. */
export const FEED_LOCK = 4_242_100;

/**
 * A feed the feedback model re-ranks is drawn from this many times more partners, so that a
 * partner it raises can enter from just below the engine's top.
 */
const FEEDBACK_REACH = 2;

/** What a run's scores are made with: the engine, and the feedback model applied to each feed. */
export interface RunModel {
  prepared: PreparedProfiles;
  profilesById: ReadonlyMap<string, MatchProfile>;
  feedback: FeedbackModel;
}

/** The model version a run or score states: the engine's, and the feedback model's when there is one. */
export function modelVersionOf(feedback: FeedbackModel): string {
  return feedback.version > 0 ? `${MODEL_VERSION}+feedback.${feedback.version}` : MODEL_VERSION;
}

/**
 * A company's feed: the `topK` best by score and the `topK` best of each lens (so each lens has its
 * own best), after the feedback model re-ranked them for this company.
 */
export function scoreFeed(model: RunModel, companyId: string, topK: number): ScoredPartner[] {
  if (!feedbackApplies(model.feedback, model.profilesById.get(companyId)))
    return scoreCompany(model.prepared, companyId, topK, { lensTopK: topK });
  const wide = topK * FEEDBACK_REACH;
  const scored = scoreCompany(model.prepared, companyId, wide, { lensTopK: wide });
  return keepBest(applyFeedback(scored, model.feedback, companyId, model.profilesById), topK);
}

/** Feeds scored only when asked for, so that scoring one company overlaps storing the previous. */
function* scoredOneByOne(
  model: RunModel,
  companyIds: string[],
  topK: number,
): Generator<[string, ScoredPartner[]]> {
  for (const id of companyIds) yield [id, scoreFeed(model, id, topK)];
}

/**
 * Runs a full rescoring in chunks. Progress is committed with each chunk, so a worker killed
 * mid-run resumes where it stopped and produces the same rows as an uninterrupted run; the new
 * feeds become visible all at once when the run completes.
 */
@Injectable()
export class RunExecutor {
  private readonly logger = new Logger(RunExecutor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runs: MatchingRunsService,
    private readonly jobs: JobQueue,
    private readonly feedbackModels: FeedbackRepository,
    private readonly trainer: FeedbackTrainer,
  ) {}

  @JobHandler(JobName.RESCORE_ALL)
  async rescoreAll(payload: JobPayloads[JobName.RESCORE_ALL], job: Job): Promise<void> {
    let runId = payload.runId;
    if (!runId) {
      const run = await this.runs.createRun(this.dataSource.manager, payload.kind ?? 'FULL', null);
      // A run already waits: it has not read any profile yet, so it covers this request.
      if (!run) return;
      runId = run.id;
    }
    try {
      await this.execute(runId);
    } catch (error) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (finalAttempt) {
        await this.dataSource.query(
          `UPDATE matching_runs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
          [runId, (error as Error).message],
        );
      }
      throw error;
    }
  }

  private async execute(runId: string): Promise<void> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [RunRow[], number] = await this.dataSource.query(
      `UPDATE matching_runs SET status = 'RUNNING', started_at = coalesce(started_at, now())
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING *`,
      [runId],
    );
    const run = rows[0];
    if (!run) return;
    const profiles = await loadMatchProfiles(this.dataSource.manager);
    const prepared = prepareProfiles(profiles, run.weights);
    const ids = profiles.map((p) => p.id);
    // Every run learns from the feedback so far; a resumed run keeps the model it started with.
    const feedback =
      run.feedback_version === null
        ? await this.trainer.retrain(profiles)
        : await this.feedbackModels.byVersion(run.feedback_version);
    await this.dataSource.query(
      `UPDATE matching_runs SET companies_total = $2, feedback_version = $3, model_version = $4 WHERE id = $1`,
      [runId, ids.length, feedback.version || null, modelVersionOf(feedback)],
    );
    const model: RunModel = { prepared, profilesById: new Map(profiles.map((p) => [p.id, p])), feedback };
    const feedbackVersion = feedback.version || null;
    const partnersOf = (province: string) => profiles.filter((p) => p.province !== province).length;
    const provinceOf = new Map(profiles.map((p) => [p.id, p.province]));

    for (let start = run.companies_scored; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const pairs = chunk.reduce((sum, id) => sum + partnersOf(provinceOf.get(id)!), 0);
      await this.dataSource.transaction(async (manager) => {
        // Run rows are derived data and not served before the swap: a crash may lose the last
        // chunks, which the resumed run rewrites, so they need not wait for the disk.
        await manager.query(`SET LOCAL synchronous_commit = off`);
        // COPY only appends: whatever an earlier attempt left of this chunk goes first.
        await manager.query(`DELETE FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[])`, [
          runId,
          chunk,
        ]);
        await copyFeeds(manager, runId, scoredOneByOne(model, chunk, run.top_k), feedbackVersion);
        await manager.query(
          `UPDATE matching_runs SET companies_scored = $2, pairs_scored = pairs_scored + $3 WHERE id = $1`,
          [runId, start + chunk.length, pairs],
        );
      });
    }
    await this.publish(run);
  }

  /**
   * Swaps the run in as the served one, keeps the previous for open feed pages, drops older rows.
   * A run never replaces a newer one that finished first (several workers may run runs at once).
   */
  private async publish(run: RunRow): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
      await manager.query(
        `UPDATE matching_state s SET previous_run_id = current_run_id, current_run_id = $1
          WHERE id = 1 AND (current_run_id IS NULL OR
                (SELECT created_at FROM matching_runs WHERE id = s.current_run_id) <
                (SELECT created_at FROM matching_runs WHERE id = $1))`,
        [run.id],
      );
      await manager.query(
        `UPDATE matching_runs SET status = 'COMPLETED', finished_at = now(), error = NULL WHERE id = $1`,
        [run.id],
      );
      // Neither served nor still being written (another worker's run keeps its rows).
      await manager.query(
        `DELETE FROM match_scores WHERE run_id NOT IN (
           SELECT served FROM matching_state, unnest(ARRAY[current_run_id, previous_run_id]) AS served
            WHERE id = 1 AND served IS NOT NULL
           UNION ALL
           SELECT id FROM matching_runs WHERE status IN ('QUEUED', 'RUNNING'))`,
      );
    });
    const changed: { id: string; profile_version: number }[] = await this.dataSource.query(
      `SELECT c.id, c.profile_version FROM companies c, matching_runs r
        WHERE r.id = $1 AND c.updated_at > r.started_at`,
      [run.id],
    );
    for (const company of changed) {
      await this.jobs.add(
        JobName.RESCORE_COMPANY,
        { companyId: company.id },
        { jobId: `${company.id}-v${company.profile_version}-after-${run.id}` },
      );
    }
    this.logger.log(
      `Matching run ${run.id} completed; ${changed.length} profiles changed during it were requeued`,
    );
  }
}
