import { Injectable } from '@nestjs/common';
import { alignByKey, type BatchLoader, type Viewer } from '@app/common';
import type { EventEntity } from './event.entity.js';
import { EventsService } from './events.service.js';
import type { Quote } from './pricing/pricing.js';
import { PricingService } from './pricing/pricing.service.js';
import type { RegistrationEntity } from './registrations/registration.entity.js';
import { RegistrationsService } from './registrations/registrations.service.js';

/** Events by id (a registration's, a meeting's, a meeting request's). */
@Injectable()
export class EventLoader implements BatchLoader<string, EventEntity> {
  constructor(private readonly events: EventsService) {}

  async load(ids: readonly string[]) {
    return alignByKey(ids, await this.events.findByIds(ids), (e) => e.id);
  }
}

/** The price the viewer's company would pay for each event today (none without a company). */
@Injectable()
export class EventPriceForViewerLoader implements BatchLoader<EventEntity, Quote> {
  constructor(private readonly pricing: PricingService) {}

  async load(events: readonly EventEntity[], viewer: Viewer | undefined) {
    if (!viewer?.companyId) return events.map(() => null);
    const quotes = await this.pricing.quotesAt(events, viewer.companyId);
    return events.map((event) => quotes.get(event.id) ?? null);
  }
}

/** The viewer's live registration (confirmed or waitlisted) at each event. */
@Injectable()
export class ViewerRegistrationLoader implements BatchLoader<string, RegistrationEntity> {
  constructor(private readonly registrations: RegistrationsService) {}

  async load(eventIds: readonly string[], viewer: Viewer | undefined) {
    if (!viewer) return eventIds.map(() => null);
    return alignByKey(eventIds, await this.registrations.liveFor(viewer.userId, eventIds), (r) => r.eventId);
  }
}

/** How many people wait for a place at each event. */
@Injectable()
export class WaitlistCountLoader implements BatchLoader<string, number> {
  constructor(private readonly registrations: RegistrationsService) {}

  async load(eventIds: readonly string[]) {
    const counts = await this.registrations.waitlistCounts(eventIds);
    return eventIds.map((id) => counts.get(id) ?? 0);
  }
}

/** Each waitlisted registration's place in line (1 for the next to get a place). */
@Injectable()
export class WaitlistPositionLoader implements BatchLoader<string, number> {
  constructor(private readonly registrations: RegistrationsService) {}

  async load(registrationIds: readonly string[]) {
    const positions = await this.registrations.waitlistPositions(registrationIds);
    return registrationIds.map((id) => positions.get(id) ?? null);
  }
}
