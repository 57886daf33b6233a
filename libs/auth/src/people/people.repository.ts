import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Locale } from '@app/common';
import type { Transaction } from '@app/database';
import { NOTIFICATION_RECIPIENTS, type NotificationRecipients, type Recipient } from '@app/notifications';
import { UserEntity, type Role } from '../user.entity.js';
import type { UserRow } from '../users.table.js';

/** A person as other domains show, notify and price them; `deleted` once their account is erased. */
export type Person = Pick<UserRow, 'id' | 'email' | 'name' | 'time_zone' | 'company_id' | 'association'> & {
  locale: Locale;
  role: Role;
  deleted: boolean;
};

export const PERSON_COLUMNS = `id, email, name, locale, time_zone, role, company_id, association, deleted_at IS NOT NULL AS deleted`;

/** A person who keeps the weekly digest. */
export type DigestReader = Omit<Person, 'deleted' | 'company_id'> & { company_id: string };

/**
 * The reads and the few writes of `users` that other domains make (exported from the index), each for a list of
 * people or companies at once, in the caller's transaction when one is given.
 */
@Injectable()
export class PeopleRepository implements NotificationRecipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  /** Deleted accounts included; by id. */
  byIds(ids: readonly string[], tx?: Transaction): Promise<Person[]> {
    return this.db(tx).query(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      [...ids],
    ]);
  }

  /** Notifications' NOTIFICATION_RECIPIENTS port: those among `userIds` who still have an account. */
  recipients(userIds: readonly string[], tx?: Transaction): Promise<Recipient[]> {
    return this.db(tx).query(
      `SELECT id, email, name, locale, time_zone FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [[...userIds]],
    );
  }

  async timeZoneOf(userId: string): Promise<string> {
    const [row]: Pick<UserRow, 'time_zone'>[] = await this.dataSource.query(
      `SELECT time_zone FROM users WHERE id = $1`,
      [userId],
    );
    return row?.time_zone;
  }

  /** Names by id, deleted accounts included (their name is then empty). */
  async names(ids: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: Pick<UserRow, 'id' | 'name'>[] = await this.db(tx).query(
      `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The people of these companies who still have an account, by name. */
  liveMembersOf(companyIds: readonly string[], tx?: Transaction): Promise<Person[]> {
    return this.db(tx).query(
      `SELECT ${PERSON_COLUMNS} FROM users
        WHERE company_id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY name, id`,
      [[...companyIds]],
    );
  }

  /** The accounts these addresses (already lower-cased) belong to, whatever their case. */
  byEmails(emails: string[], tx: Transaction): Promise<UserEntity[]> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) IN (:...emails)', { emails })
      .getMany();
  }

  /** People of a member company who keep the weekly digest (staff have no feed nor inbox). */
  weeklyDigestReaders(userId?: string): Promise<DigestReader[]> {
    return this.dataSource.query(
      `SELECT id, email, name, locale, time_zone, role, company_id, association FROM users
        WHERE digest = 'WEEKLY' AND deleted_at IS NULL AND company_id IS NOT NULL
          AND ($1::uuid IS NULL OR id = $1) ORDER BY id`,
      [userId ?? null],
    );
  }

  /** One-click unsubscribe: idempotent, and silent for a person who no longer exists. */
  async stopDigest(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE users SET digest = 'NONE', updated_at = now() WHERE id = $1`, [
      userId,
    ]);
  }

  async calendarTokens(userIds: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: Pick<UserRow, 'id' | 'calendar_token'>[] = await this.db(tx).query(
      `SELECT id, calendar_token FROM users WHERE id = ANY($1::uuid[])`,
      [[...userIds]],
    );
    return new Map(rows.map((r) => [r.id, r.calendar_token]));
  }

  /** The live account a calendar link belongs to. */
  async byCalendarToken(token: string): Promise<Person | undefined> {
    const rows: Person[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM users WHERE calendar_token = $1 AND deleted_at IS NULL`,
      [token],
    );
    return rows[0];
  }

  /** A new token for the person: every copy of the old link stops working. */
  async resetCalendarToken(userId: string): Promise<string> {
    const [rows]: [Pick<UserRow, 'calendar_token'>[], number] = await this.dataSource.query(
      `UPDATE users SET calendar_token = encode(gen_random_bytes(24), 'hex') WHERE id = $1 RETURNING calendar_token`,
      [userId],
    );
    return rows[0].calendar_token;
  }
}

/**
 * Provides PeopleRepository and binds notifications' NOTIFICATION_RECIPIENTS to it (notifications
 * sits below auth and cannot import it): global, imported by AccountsModule.
 */
@Global()
@Module({
  providers: [PeopleRepository, { provide: NOTIFICATION_RECIPIENTS, useExisting: PeopleRepository }],
  exports: [PeopleRepository, NOTIFICATION_RECIPIENTS],
})
export class PeopleModule {}
