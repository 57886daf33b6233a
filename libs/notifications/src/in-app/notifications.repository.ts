import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { NotificationTableRow } from '../notifications.tables.js';
import type { NotificationParams } from '../templates/render.js';

export type NotificationRow = Pick<
  NotificationTableRow,
  'id' | 'user_id' | 'kind' | 'created_at' | 'read_at'
> & { params: NotificationParams };

export interface NotificationInsert {
  userId: string;
  kind: string;
  params: NotificationParams;
  dedupeKey: string;
}

export interface NotificationCounts {
  total: number;
  unread: number;
}

/** Every query on `notifications` (who they are for is auth's: the NOTIFICATION_RECIPIENTS port). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The notifications written; one whose dedupe key exists already is skipped. */
  insertMany(
    notifications: NotificationInsert[],
    tx?: Transaction,
  ): Promise<(NotificationRow & { dedupe_key: string })[]> {
    return (tx ?? this.dataSource.manager).query(
      `INSERT INTO notifications (user_id, kind, params, dedupe_key, created_at)
       SELECT t.user_id, t.kind, t.params, t.dedupe_key, date_trunc('milliseconds', clock_timestamp())
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[]) AS t(user_id, kind, params, dedupe_key)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, user_id, kind, params, dedupe_key, created_at, read_at`,
      [
        notifications.map((n) => n.userId),
        notifications.map((n) => n.kind),
        notifications.map((n) => JSON.stringify(n.params)),
        notifications.map((n) => n.dedupeKey),
      ],
    );
  }

  /** Those of `dedupeKeys` that a notification was written under. */
  async existingKeys(dedupeKeys: readonly string[]): Promise<Set<string>> {
    const rows: { dedupe_key: string }[] = await this.dataSource.query(
      `SELECT dedupe_key FROM notifications WHERE dedupe_key = ANY($1::text[])`,
      [[...dedupeKeys]],
    );
    return new Set(rows.map((r) => r.dedupe_key));
  }

  async counts(userId: string): Promise<NotificationCounts> {
    const [counts]: NotificationCounts[] = await this.dataSource.query(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread
         FROM notifications WHERE user_id = $1`,
      [userId],
    );
    return counts;
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  page(
    userId: string,
    limit: number,
    unreadOnly: boolean,
    after: [string, string] | null,
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [userId, limit];
    let conditions = unreadOnly ? ' AND read_at IS NULL' : '';
    if (after) {
      params.push(after[0], after[1]);
      conditions += ' AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    return this.dataSource.query(
      `SELECT id, user_id, kind, params, created_at, read_at FROM notifications
        WHERE user_id = $1${conditions} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  async markRead(userId: string, ids: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [userId, ids],
    );
  }

  /** The person's unread notifications about these requests or meetings (their `params`). */
  async markReadAbout(userId: string, meetingRequestIds: readonly string[], meetingIds: readonly string[]) {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL
          AND (params->>'meetingRequestId' = ANY($2::text[]) OR params->>'meetingId' = ANY($3::text[]))`,
      [userId, meetingRequestIds, meetingIds],
    );
  }

  /** The person's own notifications among `ids`. */
  own(userId: string, ids: string[]): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT id, user_id, kind, params, created_at, read_at FROM notifications
        WHERE user_id = $1 AND id = ANY($2::uuid[]) ORDER BY created_at DESC, id DESC`,
      [userId, ids],
    );
  }

  /** How many were unread. */
  async markAllRead(userId: string): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }
}
