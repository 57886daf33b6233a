import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UsersService, UserType } from '@app/auth';
import { CompaniesService, CompanyType } from '@app/companies';
import {
  alignByKey,
  CurrentViewer,
  FieldProblems,
  COMMON_MESSAGES,
  requestLoader,
  RequestLocale,
  type GraphqlContext,
  type Locale,
  type Viewer,
} from '@app/common';
import { EventType, PriceType } from '../dto/event.types.js';
import { priceOfRegistration } from '../dto/price.mapper.js';
import { RegistrationType } from '../dto/registration.types.js';
import type { EventEntity } from '../event.entity.js';
import { EventsService } from '../events.service.js';
import type { RegistrationEntity } from './registration.entity.js';
import { RegistrationsService } from './registrations.service.js';

@Resolver(() => RegistrationType)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly events: EventsService,
    private readonly users: UsersService,
    private readonly companies: CompaniesService,
  ) {}

  @Query(() => [RegistrationType], { description: 'The viewer’s registrations, soonest event first.' })
  myRegistrations(@CurrentViewer() viewer: Viewer) {
    return this.registrations.mine(viewer);
  }

  @Mutation(() => RegistrationType, {
    description:
      'Registers the viewer (or, for a company admin, a colleague; for staff, anyone) at the price their company ' +
      'qualifies for today; a full event puts them on the waitlist.',
  })
  registerForEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
  ) {
    return this.registrations.register(viewer, eventId, userId);
  }

  @Mutation(() => RegistrationType, {
    description:
      'Cancels a registration by id, or the viewer’s own at an event; the first person waiting gets the place.',
  })
  cancelRegistration(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('eventId', { type: () => ID, nullable: true }) eventId?: string,
  ) {
    if (!id && !eventId) new FieldProblems().add('id', COMMON_MESSAGES.required).throwIfAny();
    return this.registrations.cancel(viewer, { id, eventId });
  }

  @ResolveField(() => EventType)
  event(@Parent() r: RegistrationEntity, @Context() context: GraphqlContext) {
    const loader = requestLoader<string, EventEntity>(context.req, 'event.byId', async (ids) =>
      alignByKey(ids, await this.events.findByIds(ids), (e) => e.id),
    );
    return loader.load(r.eventId);
  }

  @ResolveField(() => UserType)
  user(@Parent() r: RegistrationEntity, @Context() context: GraphqlContext) {
    const loader = requestLoader<string, UserType>(context.req, 'registration.user', async (ids) =>
      alignByKey(ids, await this.users.findByIds(ids), (u) => u.id),
    );
    return loader.load(r.userId);
  }

  @ResolveField(() => CompanyType, { description: 'The company the price was computed for.' })
  company(@Parent() r: RegistrationEntity, @Context() context: GraphqlContext) {
    const loader = requestLoader<string, CompanyType>(context.req, 'registration.company', async (ids) =>
      alignByKey(ids, await this.companies.findByIds(ids), (c) => c.id),
    );
    return loader.load(r.companyId);
  }

  @ResolveField(() => PriceType, {
    description: 'The price it was sold at, kept as it was on the day of registration.',
  })
  price(@Parent() r: RegistrationEntity, @RequestLocale() locale: Locale) {
    return priceOfRegistration(r, locale);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: '1 for the next person to get a place; none unless waitlisted.',
  })
  async waitlistPosition(@Parent() r: RegistrationEntity, @Context() context: GraphqlContext) {
    if (r.status !== 'WAITLISTED') return null;
    const loader = requestLoader<string, number>(
      context.req,
      'registration.waitlistPosition',
      async (ids) => {
        const positions = await this.registrations.waitlistPositions(ids);
        return ids.map((id) => positions.get(id) ?? null);
      },
    );
    return loader.load(r.id);
  }
}
