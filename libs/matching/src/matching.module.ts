import { MatchingPersonalDataRepository } from './privacy/matching-personal-data.repository.js';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { CompaniesCoreModule } from '@app/companies';
import { UnitOfWork } from '@app/database';
import { CurationService } from './curation/curation.service.js';
import { CurationsRepository } from './curation/curations.repository.js';
import { FeedCache } from './feed/feed-cache.js';
import { FeedRepository } from './feed/feed.repository.js';
import { ImpressionsRepository } from './feed/impressions.repository.js';
import { FeedResolver } from './feed/feed.resolver.js';
import { FeedService } from './feed/feed.service.js';
import { FeedbackRepository } from './feedback/feedback.repository.js';
import { FeedbackTrainer } from './feedback/feedback-trainer.js';
import { RetrainingQueue } from './feedback/retraining-queue.js';
import { ImpressionCounter } from './feed/impression-counter.js';
import { CompanyFitLoader, CompanyFitResolver } from './pair-fit/company-fit.resolver.js';
import { PairFitRepository } from './pair-fit/pair-fit.repository.js';
import { PairFitService } from './pair-fit/pair-fit.service.js';
import { CompanyRescorer } from './runs/company-rescorer.js';
import { MatchingRunsRepository } from './runs/matching-runs.repository.js';
import { ScoresRepository } from './runs/scores.repository.js';
import { MatchingRunsService } from './runs/matching-runs.service.js';
import { NightlyRescore } from './runs/nightly-rescore.js';
import { RunExecutor } from './runs/run-executor.js';

/** Runs, feeds and curation services, for the API and the other domains (events curate too). */
@Module({
  imports: [CompaniesCoreModule],
  providers: [
    UnitOfWork,
    FeedRepository,
    ImpressionsRepository,
    MatchingRunsRepository,
    ScoresRepository,
    MatchingRunsService,
    FeedService,
    FeedCache,
    CurationService,
    CurationsRepository,
    ImpressionCounter,
    FeedbackRepository,
    RetrainingQueue,
    PairFitRepository,
    PairFitService,
    MatchingPersonalDataRepository,
  ],
  exports: [
    UnitOfWork,
    FeedRepository,
    MatchingRunsRepository,
    ScoresRepository,
    MatchingRunsService,
    FeedService,
    CurationService,
    CurationsRepository,
    ImpressionCounter,
    FeedbackRepository,
    RetrainingQueue,
    PairFitService,
    CompaniesCoreModule,
  ],
})
export class MatchingCoreModule {}

@Module({
  imports: [MatchingCoreModule],
  providers: [FeedResolver, CompanyFitResolver, CompanyFitLoader],
  exports: [MatchingCoreModule],
})
export class MatchingModule {}

/**
 * The scoring jobs: full runs (staff, nightly, bulk imports), one company after a profile change,
 * and learning from members' feedback (meetings' signals read through the meeting domain's port).
 */
@Module({})
export class MatchingWorkerModule {
  /** `signals` provides MEMBER_SIGNALS (the meeting domain's MeetingSignalsModule). */
  static withSignalsFrom(signals: Type): DynamicModule {
    return {
      module: MatchingWorkerModule,
      imports: [MatchingCoreModule, signals],
      providers: [RunExecutor, CompanyRescorer, NightlyRescore, FeedbackTrainer],
    };
  }
}
