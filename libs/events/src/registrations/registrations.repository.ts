import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { EventRegistrationRow } from '../events.tables.js';
import { RegistrationEntity, type RegistrationStatus } from './registration.entity.js';

/** Every query on `event_registrations` but the attendees' (AttendeesRepository). */
@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Transaction): Promise<RegistrationEntity | null> {
    return this.db(tx).findOne(RegistrationEntity, { where: { id } });
  }

  async getById(id: string, tx: Transaction): Promise<RegistrationEntity> {
    return tx.findOneOrFail(RegistrationEntity, { where: { id } });
  }

  /** Whether the person holds a registration at the event that is not cancelled. */
  async hasLive(eventId: string, userId: string, tx: Transaction): Promise<boolean> {
    const live: unknown[] = await tx.query(
      `SELECT 1 FROM event_registrations WHERE event_id = $1 AND user_id = $2 AND status <> 'CANCELLED'`,
      [eventId, userId],
    );
    return live.length > 0;
  }

  /** The person's registration at the event that is not cancelled, if any. */
  liveOf(eventId: string, userId: string): Promise<RegistrationEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.event_id = :eventId AND r.user_id = :userId', { eventId, userId })
      .andWhere(`r.status <> 'CANCELLED'`)
      .getOne();
  }

  insert(registration: Partial<RegistrationEntity>, tx: Transaction): Promise<RegistrationEntity> {
    return tx.save(tx.create(RegistrationEntity, registration));
  }

  async markCancelled(id: string, tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE event_registrations SET status = 'CANCELLED', cancelled_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Confirms up to `room` people of the waitlist, oldest first; their registration ids in that order. */
  async promoteWaitlisted(eventId: string, room: number, tx: Transaction): Promise<string[]> {
    const promoted: Pick<EventRegistrationRow, 'id'>[] = await tx.query(
      `WITH promoted AS (
         UPDATE event_registrations SET status = 'CONFIRMED', confirmed_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'WAITLISTED'
                        ORDER BY waitlist_seq LIMIT $2)
          RETURNING id, waitlist_seq)
       SELECT id FROM promoted ORDER BY waitlist_seq`,
      [eventId, room],
    );
    return promoted.map((r) => r.id);
  }

  /** The person's registrations, soonest event first. */
  ofUser(userId: string): Promise<RegistrationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .innerJoin('events', 'e', 'e.id = r.event_id')
      .where('r.user_id = :userId', { userId })
      .orderBy('e.starts_at', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .getMany();
  }

  liveFor(userId: string, eventIds: readonly string[]): Promise<RegistrationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.user_id = :userId AND r.event_id IN (:...eventIds)', { userId, eventIds })
      .andWhere(`r.status <> 'CANCELLED'`)
      .getMany();
  }

  /** Confirmed first, then the waitlist in order. */
  ofEvent(eventId: string, status?: RegistrationStatus): Promise<RegistrationEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.event_id = :eventId', { eventId });
    if (status) query.andWhere('r.status = :status', { status });
    return query
      .orderBy(`CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END`)
      .addOrderBy('r.waitlist_seq', 'ASC')
      .getMany();
  }

  waitlistPositions(ids: readonly string[]): Promise<{ id: string; position: string }[]> {
    return this.dataSource.query(
      `SELECT r.id, (SELECT count(*) FROM event_registrations w
                      WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq) AS position
         FROM event_registrations r WHERE r.id = ANY($1::uuid[]) AND r.status = 'WAITLISTED'`,
      [ids],
    );
  }

  waitlistCounts(eventIds: readonly string[]): Promise<{ event_id: string; n: string }[]> {
    return this.dataSource.query(
      `SELECT event_id, count(*) AS n FROM event_registrations
        WHERE event_id = ANY($1::uuid[]) AND status = 'WAITLISTED' GROUP BY event_id`,
      [eventIds],
    );
  }
}
