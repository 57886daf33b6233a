import { Injectable } from '@nestjs/common';
import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders, type BatchLoader, type RequestLoaders, type Viewer } from '@app/common';
import { CompanyType, type CompanyEntity } from '@app/companies';
import { Clock } from '../clock.js';
import { MeetingRequestType } from '../dto/meeting-request.types.js';
import { MeetingType } from '../dto/meeting.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { CompanyRelationsRepository } from './company-relations.repository.js';

@ObjectType({ description: 'Where the viewer’s company stands with another company.' })
export class MeetingsWithMe {
  @Field(() => MeetingRequestType, {
    nullable: true,
    description: 'The latest request waiting for an answer, either way (see its `direction`).',
  })
  pendingRequest: MeetingRequestEntity | null;

  @Field(() => MeetingType, { nullable: true, description: 'The next scheduled meeting not over yet.' })
  nextMeeting: MeetingEntity | null;
}

/** Where the viewer's company stands with each company: two queries for a page, whatever its size. */
@Injectable()
export class MeetingsWithMeLoader implements BatchLoader<string, MeetingsWithMe> {
  constructor(
    private readonly repository: CompanyRelationsRepository,
    private readonly clock: Clock,
  ) {}

  async load(ids: readonly string[], viewer: Viewer | undefined) {
    const own = viewer?.companyId;
    if (!own) return ids.map(() => null);
    const [pending, upcoming] = await Promise.all([
      this.repository.pendingBetween(own, [...ids]),
      this.repository.upcomingBetween(own, [...ids], this.clock.now()),
    ]);
    const partnerOf = (r: MeetingRequestEntity) =>
      r.fromCompanyId === own ? r.toCompanyId : r.fromCompanyId;
    return ids.map((id) => ({
      pendingRequest: pending.find((r) => partnerOf(r) === id) ?? null,
      nextMeeting: upcoming.find((u) => u.partnerId === id)?.meeting ?? null,
    }));
  }
}

/** `Company.meetingsWithMe`, so a card never invites a second request while one waits. */
@Resolver(() => CompanyType)
export class CompanyRelationResolver {
  @ResolveField(() => MeetingsWithMe, {
    nullable: true,
    description: 'Requests and meetings between the viewer’s company and this one; none for one’s own.',
  })
  async meetingsWithMe(
    @Parent() company: CompanyEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MeetingsWithMe | null> {
    const own = viewer.companyId;
    if (!own || own === company.id) return null;
    return loaders.get(MeetingsWithMeLoader).load(company.id);
  }
}
