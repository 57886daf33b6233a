import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserLoader, UserType } from '@app/auth';
import { CompanyLoader, CompanyType } from '@app/companies';
import {
  CurrentViewer,
  FieldProblems,
  COMMON_MESSAGES,
  Loaders,
  RequestLocale,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { EventType, PriceType } from '../dto/event.types.js';
import { priceOfRegistration } from '../dto/price.mapper.js';
import { RegistrationType } from '../dto/registration.types.js';
import { EventLoader, WaitlistPositionLoader } from '../event.loaders.js';
import type { RegistrationEntity } from './registration.entity.js';
import { RegistrationsService } from './registrations.service.js';

@Resolver(() => RegistrationType)
export class RegistrationsResolver {
  constructor(private readonly registrations: RegistrationsService) {}

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
  event(@Parent() r: RegistrationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.get(EventLoader).load(r.eventId);
  }

  @ResolveField(() => UserType)
  user(@Parent() r: RegistrationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.get(UserLoader).load(r.userId);
  }

  @ResolveField(() => CompanyType, { description: 'The company the price was computed for.' })
  company(@Parent() r: RegistrationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.get(CompanyLoader).load(r.companyId);
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
  async waitlistPosition(@Parent() r: RegistrationEntity, @Loaders() loaders: RequestLoaders) {
    return r.status === 'WAITLISTED' ? loaders.get(WaitlistPositionLoader).load(r.id) : null;
  }
}
