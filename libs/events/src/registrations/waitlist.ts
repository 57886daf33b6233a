import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import { EmailOutbox } from '@app/notifications';
import { EventPeople } from '../event-people.js';
import { EventsRepository } from '../events.repository.js';
import { registrationEmail } from './registration-emails.js';
import { RegistrationsRepository } from './registrations.repository.js';

export interface Promotions {
  promoted: string[];
  /** Outbox email ids to dispatch once the transaction committed. */
  ids: (string | undefined)[];
}

/**
 * Moves people from the waitlist to confirmed places, oldest first, while the event has room.
 * Callers hold the event row lock; the counter's CHECK is the last guard against overselling.
 */
@Injectable()
export class Waitlist {
  constructor(
    private readonly outbox: EmailOutbox,
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly people: EventPeople,
  ) {}

  async fill(manager: Transaction, eventId: string): Promise<Promotions> {
    const promotions: Promotions = { promoted: [], ids: [] };
    const event = (await this.events.findById(eventId, manager))!;
    const room = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - event.registeredCount;
    if (room <= 0) return promotions;
    const promoted = await this.registrations.promoteWaitlisted(eventId, Math.min(room, 1_000_000), manager);
    if (promoted.length === 0) return promotions;
    await this.events.countRegistered(eventId, promoted.length, manager);
    for (const id of promoted) {
      const registration = await this.registrations.getById(id, manager);
      promotions.promoted.push(id);
      const email = registrationEmail(
        'promoted',
        event,
        registration,
        await this.people.contact(registration.userId, manager),
      );
      promotions.ids.push(await this.outbox.record(email, manager));
    }
    return promotions;
  }

  dispatch(ids: (string | undefined)[]): Promise<void> {
    return this.outbox.dispatch(ids);
  }
}
