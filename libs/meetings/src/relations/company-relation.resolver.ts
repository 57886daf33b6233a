import { Injectable } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  COMMON_MESSAGES,
  CurrentViewer,
  FieldProblems,
  Loaders,
  type BatchLoader,
  type LocalizedText,
  type RequestLoaders,
  type Viewer,
  isUuid,
} from '@app/common';
import { CompanyType, type CompanyEntity } from '@app/companies';
import { Clock } from '../clock.js';
import { MeetingRequestType } from '../dto/meeting-request.types.js';
import { MeetingType } from '../dto/meeting.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { CompanyRelationsRepository } from './company-relations.repository.js';

/** A whole feed's partners, loaded page after page (MATCH_TOP_K is at most 1000). */
const MAX_COMPANIES_ASKED = 1000;

const TOO_MANY_COMPANIES: LocalizedText = {
  fr: 'doit compter au plus {max} entreprises.',
  en: 'must have at most {max} companies.',
};

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

@ObjectType({ description: 'Where the viewer’s company stands with one company.' })
export class MeetingsWithCompany extends MeetingsWithMe {
  @Field(() => ID)
  companyId: string;
}

/** Where the viewer's company stands with each company: one statement for a page, whatever its size. */
@Injectable()
export class MeetingsWithMeLoader implements BatchLoader<string, MeetingsWithMe> {
  constructor(
    private readonly repository: CompanyRelationsRepository,
    private readonly clock: Clock,
  ) {}

  async load(ids: readonly string[], viewer: Viewer | undefined) {
    const own = viewer?.companyId;
    if (!own) return ids.map(() => null);
    return this.repository.standingsWith(own, ids, this.clock.now());
  }
}

/**
 * `Company.meetingsWithMe`, so a card never invites a second request while one waits; and the
 * same for a list of companies, which a page of kept feed answers asks apart (a kept answer
 * holds nothing that changes when a request is sent).
 */
@Resolver(() => CompanyType)
export class CompanyRelationResolver {
  @Query(() => [MeetingsWithCompany], {
    description:
      'Where the viewer’s company stands with each of these companies (at most 1000), in the order asked: a page of cards’ requests and meetings. Nothing waiting and no meeting for one’s own company or a person without one.',
  })
  async meetingsWithCompanies(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('companyIds', { type: () => [ID] }) companyIds: string[],
  ): Promise<MeetingsWithCompany[]> {
    const problems = new FieldProblems();
    if (companyIds.length > MAX_COMPANIES_ASKED)
      problems.add('companyIds', TOO_MANY_COMPANIES, { max: MAX_COMPANIES_ASKED });
    companyIds.forEach((id, i) => {
      if (!isUuid(id)) problems.add(`companyIds[${i}]`, COMMON_MESSAGES.invalidId);
    });
    problems.throwIfAny();
    return Promise.all(
      companyIds.map(async (companyId) => {
        const state = await this.meetingsWithMe({ id: companyId } as CompanyEntity, viewer, loaders);
        return { companyId, pendingRequest: null, nextMeeting: null, ...state };
      }),
    );
  }

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
