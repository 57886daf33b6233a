import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { AvailabilitySettingsRow } from '../meetings.tables.js';
import type { Range } from '../rules/time-range-rules.js';

/**
 * Availability pieces of the people in CTE `s` (user_id, time_zone) over the window [$2, $3):
 * each weekly range on each local day that touches the window (wall clock read in the person's
 * zone, so daylight saving moves it correctly), plus the dated ranges.
 */
const PIECES = `
  pieces AS (
    SELECT s.user_id, tstzrange(l.lo, GREATEST(l.lo, l.hi)) AS r
      FROM s JOIN availability_weekly w ON w.user_id = s.user_id
     CROSS JOIN LATERAL generate_series(
             (($2::timestamptz AT TIME ZONE s.time_zone)::date - 1)::timestamp,
             (($3::timestamptz AT TIME ZONE s.time_zone)::date)::timestamp,
             interval '1 day') AS d(day)
     CROSS JOIN LATERAL (SELECT (d.day::date + w.starts) AT TIME ZONE s.time_zone AS lo,
                                (d.day::date + w.ends) AT TIME ZONE s.time_zone AS hi) AS l
     WHERE extract(isodow FROM d.day) = w.weekday
    UNION ALL
    SELECT a.user_id, a.period FROM availability_dated a JOIN s ON s.user_id = a.user_id
     WHERE a.period && tstzrange($2::timestamptz, $3::timestamptz)
  )`;

export const UPCOMING_SQL = `WITH s AS (SELECT user_id, time_zone FROM availability_settings WHERE user_id = $1), ${PIECES}
       SELECT lower(r) AS start, upper(r) AS "end"
         FROM unnest((SELECT range_agg(r) * tstzmultirange(tstzrange($2::timestamptz, $3::timestamptz)) FROM pieces)) AS r
        ORDER BY 1`;

export const UNAVAILABLE_SQL = `WITH s AS (SELECT user_id, time_zone FROM availability_settings WHERE user_id = ANY($1::uuid[])), ${PIECES}
       SELECT s.user_id FROM s LEFT JOIN pieces p ON p.user_id = s.user_id
        GROUP BY s.user_id
       HAVING NOT coalesce(range_agg(p.r) @> tstzrange($2::timestamptz, $3::timestamptz), false)`;

/** A weekly range in minutes of the day (1 = Monday). */
export interface WeeklyMinutes {
  weekday: number;
  start: number;
  end: number;
}

/** A weekly range as shown: wall-clock `HH:MM` (24:00 for the end of the day). */
export interface WeeklyWallClock {
  weekday: number;
  starts: string;
  ends: string;
}

function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Every query on `availability_settings`, `availability_weekly` and `availability_dated`. */
@Injectable()
export class AvailabilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  /** The person's settings, locked until the transaction ends. */
  async lockSettings(
    userId: string,
    tx: Transaction,
  ): Promise<Pick<AvailabilitySettingsRow, 'time_zone'> | undefined> {
    const [current]: Pick<AvailabilitySettingsRow, 'time_zone'>[] = await tx.query(
      `SELECT time_zone FROM availability_settings WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    return current;
  }

  async settings(userId: string): Promise<Pick<AvailabilitySettingsRow, 'time_zone'> | undefined> {
    const [settings]: Pick<AvailabilitySettingsRow, 'time_zone'>[] = await this.dataSource.query(
      `SELECT time_zone FROM availability_settings WHERE user_id = $1`,
      [userId],
    );
    return settings;
  }

  weeklyMinutes(userId: string, tx?: Transaction): Promise<WeeklyMinutes[]> {
    return this.db(tx).query(
      `SELECT weekday, (extract(epoch FROM starts) / 60)::int AS start, (extract(epoch FROM ends) / 60)::int AS "end"
         FROM availability_weekly WHERE user_id = $1`,
      [userId],
    );
  }

  weeklyWallClock(userId: string): Promise<WeeklyWallClock[]> {
    return this.dataSource.query(
      `SELECT weekday, to_char(starts, 'HH24:MI') AS starts,
              CASE WHEN ends = '24:00'::time THEN '24:00' ELSE to_char(ends, 'HH24:MI') END AS ends
         FROM availability_weekly WHERE user_id = $1 ORDER BY weekday, starts`,
      [userId],
    );
  }

  /** Dated ranges that end after `after`, in order. */
  datedAfter(userId: string, after: Date): Promise<Range[]> {
    return this.dataSource.query(
      `SELECT lower(period) AS start, upper(period) AS "end" FROM availability_dated
        WHERE user_id = $1 AND upper(period) > $2 ORDER BY lower(period)`,
      [userId, after],
    );
  }

  /** Forgets everything the person set (the weekly and dated ranges go with the settings). */
  async clear(userId: string, tx: Transaction): Promise<void> {
    await tx.query(`DELETE FROM availability_settings WHERE user_id = $1`, [userId]);
  }

  async insert(
    userId: string,
    set: { timeZone: string; at: Date; weekly: WeeklyMinutes[]; dated: Range[] },
    tx: Transaction,
  ): Promise<void> {
    await tx.query(`INSERT INTO availability_settings (user_id, time_zone, updated_at) VALUES ($1, $2, $3)`, [
      userId,
      set.timeZone,
      set.at,
    ]);
    await tx.query(
      `INSERT INTO availability_weekly (user_id, weekday, starts, ends)
       SELECT $1, t.weekday, t.starts::time, t.ends::time FROM unnest($2::int[], $3::text[], $4::text[]) AS t(weekday, starts, ends)`,
      [
        userId,
        set.weekly.map((w) => w.weekday),
        set.weekly.map((w) => toTime(w.start)),
        set.weekly.map((w) => toTime(w.end)),
      ],
    );
    await tx.query(
      `INSERT INTO availability_dated (user_id, period)
       SELECT $1, tstzrange(t.lo, t.hi) FROM unnest($2::timestamptz[], $3::timestamptz[]) AS t(lo, hi)`,
      [userId, set.dated.map((r) => r.start), set.dated.map((r) => r.end)],
    );
  }

  upcoming(userId: string, from: Date, to: Date): Promise<Range[]> {
    return this.dataSource.query(UPCOMING_SQL, [userId, from, to]);
  }

  async unavailable(userIds: string[], range: Range, tx?: Transaction): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.db(tx).query(UNAVAILABLE_SQL, [
      userIds,
      range.start,
      range.end,
    ]);
    return new Set(rows.map((r) => r.user_id));
  }

  /**
   * Indexes of the ranges that overlap one of the person's active seats, leaving out the seat of
   * `exceptMeetingId` (a meeting being moved does not stand in its own way).
   */
  async busy(
    userId: string,
    ranges: Range[],
    tx?: Transaction,
    exceptMeetingId: string | null = null,
  ): Promise<Set<number>> {
    const rows: { idx: string }[] = await this.db(tx).query(
      `SELECT i.idx FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS i(lo, hi, idx)
        WHERE EXISTS (SELECT 1 FROM meeting_participants p
                       WHERE p.user_id = $1 AND p.active AND p.period && tstzrange(i.lo, i.hi)
                         AND ($4::uuid IS NULL OR p.meeting_id <> $4::uuid))`,
      [userId, ranges.map((r) => r.start), ranges.map((r) => r.end), exceptMeetingId],
    );
    return new Set(rows.map((r) => Number(r.idx) - 1));
  }
}
