import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { MatchProfilesRepository } from '@app/companies';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork } from '@app/database';
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
import { MatchingRunsRepository, type RunRow } from './matching-runs.repository.js';
import { MatchingRunsService } from './matching-runs.service.js';
import { keepBest } from './score-writer.js';
import { ScoresRepository } from './scores.repository.js';

/** Companies scored per transaction: small enough to keep each step short, so a killed worker loses little. */
const CHUNK = 100;

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
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runs: MatchingRunsService,
    private readonly runRows: MatchingRunsRepository,
    private readonly scores: ScoresRepository,
    private readonly profiles: MatchProfilesRepository,
    private readonly jobs: JobQueue,
    private readonly feedbackModels: FeedbackRepository,
    private readonly trainer: FeedbackTrainer,
  ) {}

  @JobHandler(JobName.RESCORE_ALL)
  async rescoreAll(payload: JobPayloads[JobName.RESCORE_ALL], job: Job): Promise<void> {
    const runId = payload.runId;
    // A run that starts after the request fell due covers it (a delayed request falls due late).
    const due = new Date(job.timestamp + (job.opts.delay ?? 0));
    if (!runId) return this.runs.requestRun(payload.kind ?? 'FULL', due);
    try {
      await this.execute(runId);
    } catch (error) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (finalAttempt) await this.runRows.fail(runId, (error as Error).message);
      throw error;
    }
  }

  private async execute(runId: string): Promise<void> {
    const run = await this.runRows.start(runId);
    if (!run) return;
    const profiles = await this.profiles.consenting();
    const prepared = prepareProfiles(profiles, run.weights);
    const ids = profiles.map((p) => p.id);
    // Every run learns from the feedback so far; a resumed run keeps the model it started with,
    // unless a retraining stored between its training and its describing dropped that model's
    // body: it then goes on with the newest (each score row names the version applied to it).
    const feedback =
      run.feedback_version === null
        ? await this.trainer.retrain(profiles)
        : ((await this.feedbackModels.byVersion(run.feedback_version)) ??
          (await this.feedbackModels.latest()));
    await this.runRows.describe(runId, ids.length, feedback.version || null, modelVersionOf(feedback));
    const model: RunModel = { prepared, profilesById: new Map(profiles.map((p) => [p.id, p])), feedback };
    const feedbackVersion = feedback.version || null;
    const partnersOf = (province: string) => profiles.filter((p) => p.province !== province).length;
    const provinceOf = new Map(profiles.map((p) => [p.id, p.province]));

    for (let start = run.companies_scored; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const pairs = chunk.reduce((sum, id) => sum + partnersOf(provinceOf.get(id)!), 0);
      await this.unitOfWork.run(async (tx) => {
        // Run rows are derived data and not served before the swap: a crash may lose the last
        // chunks, which the resumed run rewrites, so they need not wait for the disk.
        await this.scores.skipDurableCommit(tx);
        // COPY only appends: whatever an earlier attempt left of this chunk goes first.
        await this.scores.clearCompanies(runId, chunk, tx);
        await this.scores.copy(runId, scoredOneByOne(model, chunk, run.top_k), feedbackVersion, tx);
        await this.runRows.recordChunk(runId, start + chunk.length, pairs, tx);
      });
    }
    await this.publish(run);
  }

  /**
   * Swaps the run in as the served one, keeps the previous for open feed pages, drops older rows.
   * A run never replaces a newer one that finished first (several workers may run runs at once).
   */
  private async publish(run: RunRow): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      await this.runRows.lockServedFeeds(tx);
      await this.runRows.serve(run.id, tx);
      await this.runRows.complete(run.id, tx);
      // Neither served nor still being written (another worker's run keeps its rows).
      await this.scores.dropUnserved(tx);
    });
    const changed = await this.profiles.changedSince(await this.runRows.startedAt(run.id));
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
