import { Injectable } from '@nestjs/common';
import { MatchProfilesRepository } from '@app/companies';
import { UnitOfWork } from '@app/database';
import {
  applyFeedback,
  feedbackApplies,
  feedbackMultiplier,
  prepareProfiles,
  scoreFor,
  scoreSeenBy,
  type SeenByViewer,
} from '@app/match-scoring';
import { JobHandler, JobName, JobQueue, type JobPayloads } from '@app/queue';
import { FEED_GENERATION } from '../feed/feed-cache.js';
import { FeedRepository } from '../feed/feed.repository.js';
import { FeedbackRepository } from '../feedback/feedback.repository.js';
import { MatchingRunsRepository } from './matching-runs.repository.js';
import { scoreFeed, type RunModel } from './run-executor.js';
import { ScoresRepository } from './scores.repository.js';

/**
 * After a profile changes, rescores that company against the other province and updates the
 * served feeds in place: its own feed, and every partner feed it now enters, moves in or leaves.
 */
@Injectable()
export class CompanyRescorer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly runs: MatchingRunsRepository,
    private readonly scores: ScoresRepository,
    private readonly profileRows: MatchProfilesRepository,
    private readonly feeds: FeedRepository,
    private readonly jobs: JobQueue,
    private readonly feedbackModels: FeedbackRepository,
  ) {}

  @JobHandler(JobName.RESCORE_COMPANY)
  async rescoreCompany({ companyId }: JobPayloads[JobName.RESCORE_COMPANY]): Promise<void> {
    const run = await this.runs.served();
    if (!run) {
      // Nothing is served yet: the first full run scores everyone, this company included.
      await this.jobs.add(JobName.RESCORE_ALL, { kind: 'FULL' }, { jobId: 'first-full-run' });
      return;
    }
    const profiles = await this.profileRows.consenting();
    const profilesById = new Map(profiles.map((p) => [p.id, p]));
    const company = profilesById.get(companyId);
    const prepared = company ? prepareProfiles(profiles, run.weights) : undefined;
    // The current feedback model: what members taught since the run applies from now on.
    const feedback = await this.feedbackModels.latest();
    const feedbackVersion = feedback.version || null;
    const model: RunModel | undefined = prepared && { prepared, profilesById, feedback };
    // Every partner of the other province, not only the top: each may enter or leave a partner's
    // feed. The pair as each one's feed would store it: scored from the partner's side (the lenses
    // are not mirror images of each other), the partner's feedback applied.
    const partnerIds = company
      ? profiles.filter((p) => p.province !== company.province).map((p) => p.id)
      : [];
    const seenByPartners = prepared ? scoreSeenBy(prepared, companyId, partnerIds) : [];
    const withFeedback = ({ viewerId, score, lenses }: SeenByViewer) => {
      const viewer = profilesById.get(viewerId)!;
      const by = feedbackApplies(feedback, viewer) ? feedbackMultiplier(feedback, viewer, company!) : 1;
      return { score: score * by, theyOffer: lenses.theyOffer * by, theySeek: lenses.theySeek * by };
    };

    await this.unitOfWork.run(async (tx) => {
      await this.runs.lockServedFeeds(tx);
      await this.scores.clearCompany(run.id, companyId, tx);
      if (model) {
        await this.scores.write(
          run.id,
          scoreFeed(model, companyId, run.top_k).map((partner) => ({ companyId, partner })),
          feedbackVersion,
          tx,
        );
        const floors = await this.scores.floors(run.id, partnerIds, run.top_k, tx);
        const floorOf = new Map(floors.map((f) => [f.company_id, f]));
        const beats = (value: number, floor: number | null | undefined) => floor == null || value > floor;
        const entering = seenByPartners.filter((pair) => {
          const feed = floorOf.get(pair.viewerId);
          const seen = withFeedback(pair);
          return (
            beats(seen.score, feed?.score) ||
            (seen.theyOffer > 0 && beats(seen.theyOffer, feed?.they_offer)) ||
            (seen.theySeek > 0 && beats(seen.theySeek, feed?.they_seek))
          );
        });
        const rows = entering.map(({ viewerId }) => ({
          companyId: viewerId,
          partner: applyFeedback(
            scoreFor(model.prepared, viewerId, [companyId]),
            feedback,
            viewerId,
            profilesById,
          )[0],
        }));
        await this.scores.write(run.id, rows, feedbackVersion, tx);
        await this.scores.trim(
          run.id,
          rows.map((r) => r.companyId),
          run.top_k,
          tx,
        );
      }
      // Served feeds changed in place: the API's cached feeds must go (see the FeedGeneration
      // migration). Last, so the counter's row lock is held for no more than the commit.
      await this.feeds.bumpGeneration(FEED_GENERATION, tx);
    });
  }
}
