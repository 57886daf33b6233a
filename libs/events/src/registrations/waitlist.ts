import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EmailOutbox } from '@app/notifications';
import { EventEntity } from '../event.entity.js';
import { registrationEmail, type Recipient } from './registration-emails.js';
import { RegistrationEntity } from './registration.entity.js';

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
  constructor(private readonly outbox: EmailOutbox) {}

  async fill(manager: EntityManager, eventId: string): Promise<Promotions> {
    const promotions: Promotions = { promoted: [], ids: [] };
    const event = await manager.findOneOrFail(EventEntity, { where: { id: eventId } });
    const room = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - event.registeredCount;
    if (room <= 0) return promotions;
    const promoted: { id: string }[] = await manager.query(
      `WITH promoted AS (
         UPDATE event_registrations SET status = 'CONFIRMED', confirmed_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'WAITLISTED'
                        ORDER BY waitlist_seq LIMIT $2)
          RETURNING id, waitlist_seq)
       SELECT id FROM promoted ORDER BY waitlist_seq`,
      [eventId, Math.min(room, 1_000_000)],
    );
    if (promoted.length === 0) return promotions;
    await manager.query(`UPDATE events SET registered_count = registered_count + $2 WHERE id = $1`, [
      eventId,
      promoted.length,
    ]);
    for (const { id } of promoted) {
      const registration = await manager.findOneOrFail(RegistrationEntity, { where: { id } });
      promotions.promoted.push(id);
      const email = registrationEmail(
        'promoted',
        event,
        registration,
        await recipient(manager, registration.userId),
      );
      promotions.ids.push(await this.outbox.record(email, manager));
    }
    return promotions;
  }

  dispatch(ids: (string | undefined)[]): Promise<void> {
    return this.outbox.dispatch(ids);
  }
}

export async function recipient(manager: EntityManager, userId: string): Promise<Recipient> {
  const rows: Recipient[] = await manager.query(`SELECT id, email, name, locale FROM users WHERE id = $1`, [
    userId,
  ]);
  return rows[0];
}
