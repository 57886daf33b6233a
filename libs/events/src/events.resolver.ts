import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaffOf, Roles } from '@app/auth';
import {
  AppException,
  CurrentViewer,
  Loaders,
  RequestLocale,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { EventInput } from './dto/event.inputs.js';
import { EventPrices, EventType, PartneringSession, PriceType } from './dto/event.types.js';
import { fieldError } from './dto/field-errors.js';
import { priceOfQuote } from './dto/price.mapper.js';
import { RegistrationStatusEnum, RegistrationType } from './dto/registration.types.js';
import type { EventEntity } from './event.entity.js';
import { EventPriceForViewerLoader, ViewerRegistrationLoader, WaitlistCountLoader } from './event.loaders.js';
import { EventsService } from './events.service.js';
import type { RegistrationStatus } from './registrations/registration.entity.js';
import { RegistrationsService } from './registrations/registrations.service.js';

@Resolver(() => EventType)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Query(() => [EventType], {
    name: 'events',
    description: 'Every event; `upcoming` keeps those not over yet, soonest first.',
  })
  listEvents(@Args('upcoming', { nullable: true, defaultValue: true }) upcoming: boolean) {
    return this.events.list(upcoming);
  }

  @Query(() => EventType, { nullable: true })
  event(@Args('id', { type: () => ID }) id: string) {
    return this.events.findById(id);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => EventType, { description: 'Staff: creates a joint event.' })
  createEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: EventInput) {
    return this.events.create(viewer, input);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => EventType, {
    description: 'Staff: replaces an event’s settings; a larger capacity admits people from the waitlist.',
  })
  updateEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EventInput,
  ) {
    return this.events.update(viewer, id, input);
  }

  @ResolveField(() => String, { description: 'In the request’s language.' })
  title(@Parent() e: EventEntity, @RequestLocale() locale: Locale) {
    return locale === 'fr' ? e.titleFr : e.titleEn;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'In the request’s language when given, else the other.',
  })
  description(@Parent() e: EventEntity, @RequestLocale() locale: Locale) {
    return (
      (locale === 'fr' ? (e.descriptionFr ?? e.descriptionEn) : (e.descriptionEn ?? e.descriptionFr)) ?? null
    );
  }

  @ResolveField(() => Boolean, {
    description: 'Held online (no province): taxed by the registrant company’s province.',
  })
  online(@Parent() e: EventEntity) {
    return e.province === null;
  }

  @ResolveField(() => EventPrices)
  prices(@Parent() e: EventEntity): EventPrices {
    return {
      memberPriceCents: e.memberPriceCents,
      partnerMemberPriceCents: e.partnerMemberPriceCents,
      nonMemberPriceCents: e.nonMemberPriceCents,
      currency: e.currency,
    };
  }

  @ResolveField(() => PriceType, {
    nullable: true,
    description:
      'What the viewer’s company would pay if registering today, with taxes; none without a company.',
  })
  async priceForMe(
    @Parent() e: EventEntity,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ) {
    const quote = await loaders.get(EventPriceForViewerLoader).load(e);
    return quote ? priceOfQuote(quote, locale) : null;
  }

  @ResolveField(() => RegistrationType, {
    nullable: true,
    description: 'The viewer’s live registration (confirmed or waitlisted).',
  })
  myRegistration(@Parent() e: EventEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.get(ViewerRegistrationLoader).load(e.id);
  }

  @ResolveField(() => Int, { description: 'People on the waitlist.' })
  async waitlistCount(@Parent() e: EventEntity, @Loaders() loaders: RequestLoaders) {
    return (await loaders.get(WaitlistCountLoader).load(e.id)) ?? 0;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether a member can register now (the event may still be full: then the waitlist).',
  })
  registrationOpen(@Parent() e: EventEntity) {
    const now = new Date();
    return (
      e.endsAt > now &&
      (!e.registrationOpensAt || e.registrationOpensAt <= now) &&
      now < (e.registrationClosesAt ?? e.startsAt)
    );
  }

  @ResolveField(() => PartneringSession, {
    nullable: true,
    description: 'The partnering session; none when the event has no tables.',
  })
  partneringSession(@Parent() e: EventEntity): PartneringSession | null {
    if (!e.tables) return null;
    return {
      slotMinutes: e.slotMinutes,
      tables: e.tables,
      days: e.partneringDays,
      slots: this.events.slotsOf(e),
    };
  }

  @ResolveField('registrations', () => [RegistrationType], {
    description: 'Staff only: confirmed registrations, then the waitlist in order.',
  })
  eventRegistrations(
    @Parent() e: EventEntity,
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Args('status', { type: () => RegistrationStatusEnum, nullable: true }) status?: RegistrationStatus,
  ) {
    if (!isStaffOf(viewer, e.organizers)) throw fieldError(AppException.forbidden(), locale);
    return this.registrations.forEvent(e.id, status);
  }
}
