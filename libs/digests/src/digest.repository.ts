import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { SentDigestRow } from './digests.tables.js';

/** What a digest listed: the next one sends only when something is not in the last one. */
export interface DigestItems {
  partnerIds: string[];
  requestIds: string[];
  meetingIds: string[];
}

/** The digests already sent (`sent_digests`); the people who read them are auth's (PeopleRepository). */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The periods among `periods` already checked for each person (one query for every person). */
  async checkedPeriods(userIds: string[], periods: string[]): Promise<Set<string>> {
    const rows: Pick<SentDigestRow, 'user_id' | 'period'>[] = await this.dataSource.query(
      `SELECT d.user_id, d.period FROM sent_digests d
         JOIN unnest($1::uuid[], $2::text[]) AS t(user_id, period) ON t.user_id = d.user_id AND t.period = d.period`,
      [userIds, periods],
    );
    return new Set(rows.map((r) => `${r.user_id}|${r.period}`));
  }

  async lastEmailed(userId: string): Promise<DigestItems> {
    const [row]: Pick<SentDigestRow, 'partner_ids' | 'request_ids' | 'meeting_ids'>[] =
      await this.dataSource.query(
        `SELECT partner_ids, request_ids, meeting_ids FROM sent_digests
          WHERE user_id = $1 AND emailed ORDER BY checked_at DESC LIMIT 1`,
        [userId],
      );
    return {
      partnerIds: row?.partner_ids ?? [],
      requestIds: row?.request_ids ?? [],
      meetingIds: row?.meeting_ids ?? [],
    };
  }

  /** Records a period once; false when it was already recorded (a retried or repeated job). */
  async record(
    tx: Transaction,
    userId: string,
    period: string,
    emailed: boolean,
    items: DigestItems,
    at: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO sent_digests (user_id, period, emailed, partner_ids, request_ids, meeting_ids, checked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id, period) DO NOTHING RETURNING user_id`,
      [userId, period, emailed, items.partnerIds, items.requestIds, items.meetingIds, at],
    );
    return rows.length > 0;
  }
}
