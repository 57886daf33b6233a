import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CompaniesService, CompanyType, type CompanyEntity } from '@app/companies';
import { CurrentViewer, type Viewer } from '@app/common';
import { EventType } from '../dto/event.types.js';
import type { EventEntity } from '../event.entity.js';
import { AttendeesRepository } from './attendees.repository.js';

/** `Event.attendees`: whom a member can meet there. */
@Resolver(() => EventType)
export class AttendeesResolver {
  constructor(
    private readonly repository: AttendeesRepository,
    private readonly companies: CompaniesService,
  ) {}

  @ResolveField(() => [CompanyType], {
    description:
      'Companies with a confirmed registration that take part in matchmaking, by name; the viewer’s own company left out.',
  })
  async attendees(@Parent() event: EventEntity, @CurrentViewer() viewer: Viewer): Promise<CompanyEntity[]> {
    const companies = await this.companies.findByIds(await this.repository.companyIds(event.id));
    // A company that has not opted in is not shown to other members, nor listed here to staff.
    return companies
      .filter((c) => c.matchmakingOptIn && c.id !== viewer.companyId)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }
}
