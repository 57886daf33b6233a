import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import { CompanyLoader, CompanyType } from '@app/companies';
import {
  CurrentViewer,
  Loaders,
  RequestLocale,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { renderReason } from '@app/match-scoring';
import { CurationStatus, MatchReason } from '@app/matching';
import { EventCandidate, IntroductionInput } from './curation.types.js';
import { EventCurationService, type EventCandidateView } from './event-curation.service.js';

@Resolver(() => EventCandidate)
export class CurationResolver {
  constructor(private readonly curation: EventCurationService) {}

  @Roles('STAFF', 'ADMIN')
  @Query(() => [EventCandidate], {
    description:
      'Staff: suggested pairs among the event’s confirmed attendees, best first (one company’s with companyId).',
  })
  eventCandidates(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('companyId', { type: () => ID, nullable: true }) companyId?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first?: number,
  ) {
    return this.curation.candidates(viewer, eventId, companyId, first ?? 100);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => EventCandidate, {
    description:
      'Staff: pins, hides or clears a pair of attendees for the event, both ways, with an optional note.',
  })
  curateEventMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('status', { type: () => CurationStatus }) status: CurationStatus,
    @Args('note', { nullable: true }) note?: string,
  ) {
    return this.curation.curate(viewer, eventId, { companyId, partnerId, status, note });
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => [EventCandidate], {
    description:
      'Staff: sends curated introductions: each pair shows first in both companies’ feeds as recommended by ' +
      'the staff member’s association, and both companies’ people get an email.',
  })
  sendEventIntroductions(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('introductions', { type: () => [IntroductionInput] }) introductions: IntroductionInput[],
  ) {
    return this.curation.introduce(viewer, eventId, introductions);
  }

  @ResolveField(() => CompanyType)
  company(@Parent() c: EventCandidateView, @Loaders() loaders: RequestLoaders) {
    return loaders.get(CompanyLoader).load(c.companyId);
  }

  @ResolveField(() => CompanyType)
  partner(@Parent() c: EventCandidateView, @Loaders() loaders: RequestLoaders) {
    return loaders.get(CompanyLoader).load(c.partnerId);
  }

  @ResolveField(() => [MatchReason])
  reasons(@Parent() c: EventCandidateView, @RequestLocale() locale: Locale): MatchReason[] {
    return c.reasons.map((r) => ({ code: r.code, message: renderReason(r, locale) }));
  }
}
