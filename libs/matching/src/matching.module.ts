import { Module } from '@nestjs/common';
import { CompaniesCoreModule } from '@app/companies';
import { CurationService } from './curation/curation.service.js';
import { FeedCache } from './feed/feed-cache.js';
import { FeedResolver } from './feed/feed.resolver.js';
import { FeedService } from './feed/feed.service.js';
import { ImpressionCounter } from './feed/impression-counter.js';
import { CompanyRescorer } from './runs/company-rescorer.js';
import { MatchingRunsService } from './runs/matching-runs.service.js';
import { NightlyRescore } from './runs/nightly-rescore.js';
import { RunExecutor } from './runs/run-executor.js';

/** Runs, feeds and curation services, for the API and the other domains (events curate too). */
@Module({
  imports: [CompaniesCoreModule],
  providers: [MatchingRunsService, FeedService, FeedCache, CurationService, ImpressionCounter],
  exports: [MatchingRunsService, FeedService, CurationService, ImpressionCounter, CompaniesCoreModule],
})
export class MatchingCoreModule {}

@Module({ imports: [MatchingCoreModule], providers: [FeedResolver], exports: [MatchingCoreModule] })
export class MatchingModule {}

/** The scoring jobs: full runs (staff, nightly, bulk imports) and one company after a profile change. */
@Module({ imports: [MatchingCoreModule], providers: [RunExecutor, CompanyRescorer, NightlyRescore] })
export class MatchingWorkerModule {}
