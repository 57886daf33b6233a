import { Inject, Injectable, Logger } from '@nestjs/common';
import { MatchProfilesRepository } from '@app/companies';
import { UnitOfWork } from '@app/database';
import {
  sameLearning,
  samePatterns,
  trainFeedback,
  type FeedbackModel,
  type MatchProfile,
} from '@app/match-scoring';
import { JobHandler, JobName, JobQueue, type JobPayloads } from '@app/queue';
import { FeedbackRepository } from './feedback.repository.js';
import { MEMBER_SIGNALS, type MemberSignalsSource } from './member-signals.port.js';

/**
 * Patterns shared by many companies reach every feed through a full run, at most one per window:
 * once past five companies, nearly every act moves a pattern a little, and a run rescores all.
 */
export const PATTERNS_RUN_WINDOW_MS = 3_600_000;

/** A stored model and the one it followed (the same when nothing new was learned). */
interface Learned {
  model: FeedbackModel;
  parent: FeedbackModel;
}

/**
 * Learns from what members did: dismissals (this domain's own) and meeting requests and outcomes
 * (read through the meeting domain's port). Runs after feedback and at the start of every full run.
 */
@Injectable()
export class FeedbackTrainer {
  private readonly logger = new Logger(FeedbackTrainer.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly profiles: MatchProfilesRepository,
    private readonly models: FeedbackRepository,
    @Inject(MEMBER_SIGNALS) private readonly meetingSignals: MemberSignalsSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Trains on every signal so far; the stored current model (a new version only if it changed). */
  async retrain(profiles?: MatchProfile[]): Promise<FeedbackModel> {
    return (await this.learn(profiles)).model;
  }

  private async learn(profiles?: MatchProfile[]): Promise<Learned> {
    const known = profiles ?? (await this.profiles.consenting());
    const byId = new Map(known.map((p) => [p.id, p]));
    // Each version names the latest as its parent: concurrent trainers take turns, and each reads
    // the signals once it has its turn, so a version never forgets an act the one before it saw.
    // A model that learned nothing new is not stored (the latest stays current).
    let signalCount = 0;
    const learned = await this.unitOfWork.run(async (tx) => {
      await this.models.lockVersions(tx);
      const [dismissals, meetings] = await Promise.all([this.models.dismissals(), this.meetingSignals.all()]);
      const events = [...dismissals, ...meetings.map((m) => ({ ...m, signal: m.kind }))];
      signalCount = events.length;
      const parent = await this.models.latest(tx);
      const next = trainFeedback(events, byId, { parent, createdAt: new Date().toISOString() });
      if (sameLearning(next, parent)) return { model: parent, parent };
      await this.models.store(next, tx);
      await this.models.dropSupersededBodies(tx);
      return { model: next, parent };
    });
    this.logger.log(`Feedback model ${learned.model.version} from ${signalCount} signals`);
    return learned;
  }

  /**
   * After a company's feedback: learn again, then rescore that company with what was learned.
   * When patterns shared by many companies moved, every feed they touch changes: a full run is
   * queued for the end of the hour, one for all such changes within it.
   */
  @JobHandler(JobName.RETRAIN_FEEDBACK)
  async afterFeedback({ companyId }: JobPayloads[JobName.RETRAIN_FEEDBACK]): Promise<void> {
    const { model, parent } = await this.learn();
    await this.jobs.add(
      JobName.RESCORE_COMPANY,
      { companyId },
      { jobId: `${companyId}-feedback-v${model.version}`, background: true },
    );
    if (samePatterns(model, parent)) return;
    const now = Date.now();
    const window = Math.floor(now / PATTERNS_RUN_WINDOW_MS);
    await this.jobs.add(
      JobName.RESCORE_ALL,
      { kind: 'FULL' },
      {
        jobId: `feedback-patterns-${window}`,
        delayMs: (window + 1) * PATTERNS_RUN_WINDOW_MS - now,
        background: true,
      },
    );
  }
}
