import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff, Roles } from '@app/auth';
import {
  AnswerEffects,
  CurrentViewer,
  KeptAnswer,
  Loaders,
  RequestLocale,
  type AnswerEffect,
  type RequestLoaders,
  type Locale,
  type Viewer,
} from '@app/common';
import { CompanyLoader } from '@app/companies';
import { CurationService } from '../curation/curation.service.js';
import {
  CurationStatus,
  MatchingRun,
  SuggestedConnection,
  SuggestedConnectionConnection,
  SuggestionFilter,
} from '../dto/matching.types.js';
import { MatchingRunsService } from '../runs/matching-runs.service.js';
import { FEED_GENERATION } from './feed-cache.js';
import { FeedService } from './feed.service.js';
import { renderReasons, type SuggestionNode } from './suggestion.js';

@Resolver(() => SuggestedConnection)
export class FeedResolver {
  constructor(
    private readonly feed: FeedService,
    private readonly curation: CurationService,
    private readonly runs: MatchingRunsService,
  ) {}

  @Query(() => SuggestedConnectionConnection, {
    description: 'The best partners in the other province, best first; staff may name any company.',
  })
  @KeptAnswer(FEED_GENERATION)
  async suggestedConnections(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @AnswerEffects() effects: AnswerEffect,
    @Args('companyId', { type: () => ID, nullable: true }) companyId?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { nullable: true }) filter?: SuggestionFilter,
    @Args('includeHidden', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description:
        'Staff only (FORBIDDEN for others): also the pairs staff hid (curation HIDDEN) that they may curate, to restore them with curateMatch(status: NONE).',
    })
    includeHidden?: boolean,
  ) {
    const page = await this.feed.page(viewer, locale, companyId, filter, first, after, !!includeHidden);
    const { edges, totalCount, hasNextPage, hasPreviousPage, shown } = page;
    effects(() => this.feed.recordShown(shown));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage,
        hasPreviousPage,
        startCursor: edges[0]?.cursor,
        endCursor: edges.at(-1)?.cursor,
      },
    };
  }

  @Mutation(() => Boolean, { description: 'Stops suggesting a partner to the viewer’s company.' })
  dismissSuggestion(
    @CurrentViewer() viewer: Viewer,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.curation.dismiss(viewer, partnerId, reason);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => SuggestedConnection, { description: 'Staff pin, hide or annotate a pair.' })
  async curateMatch(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('status', { type: () => CurationStatus }) status: CurationStatus,
    @Args('note', { nullable: true }) note?: string,
    @Args('mirror', {
      nullable: true,
      defaultValue: false,
      description: 'Also curate the pair the other way.',
    })
    mirror?: boolean,
  ) {
    const pair = await this.curation.curate(viewer, { companyId, partnerId, status, note, mirror });
    return {
      partner: (await loaders.get(CompanyLoader).load(pair.partnerId))!,
      score: pair.score,
      lensScores: pair.lenses,
      reasons: renderReasons(pair.reasons, locale),
      curation: pair.curation,
      curatedBy: pair.curatedBy,
      curationNote: pair.note,
    } satisfies SuggestionNode;
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => MatchingRun, {
    description: 'Starts a full rescoring; returned at once, progress in matchingRun.',
  })
  rescoreAll(@CurrentViewer() viewer: Viewer) {
    return this.runs.requestFullRun(viewer);
  }

  @Roles('STAFF', 'ADMIN')
  @Query(() => MatchingRun, { nullable: true })
  matchingRun(@Args('id', { type: () => ID }) id: string) {
    return this.runs.findRun(id);
  }

  @Roles('STAFF', 'ADMIN')
  @Query(() => [MatchingRun], { description: 'The most recent runs, newest first.' })
  matchingRuns(@Args('last', { type: () => Int, defaultValue: 10 }) last: number) {
    return this.runs.latestRuns(last);
  }

  @ResolveField(() => String, { nullable: true })
  curationNote(@Parent() node: SuggestionNode, @CurrentViewer() viewer: Viewer) {
    return isStaff(viewer) ? node.curationNote : null;
  }
}
