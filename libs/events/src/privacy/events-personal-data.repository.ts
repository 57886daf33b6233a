import { Injectable } from '@nestjs/common';
import { ContributesPersonalData, type PersonalDataContributor, type PersonalDataSubject } from '@app/common';
import type { Transaction } from '@app/database';

/** The statements on `event_registrations` about one person ($1). */
export const EVENTS_PERSONAL_DATA_SQL = {
  eventRegistrations: `SELECT * FROM event_registrations WHERE user_id = $1 ORDER BY created_at`,
};

/**
 * The event registrations the person made. They stay on erasure: they are the company's, and the
 * account row they point at no longer names anyone.
 */
@Injectable()
@ContributesPersonalData('events')
export class EventsPersonalDataRepository implements PersonalDataContributor {
  async export({ userId }: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>> {
    return { eventRegistrations: await tx.query(EVENTS_PERSONAL_DATA_SQL.eventRegistrations, [userId]) };
  }

  async wordsOf(): Promise<string[]> {
    return [];
  }

  async erase(): Promise<void> {}
}
