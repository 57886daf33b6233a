import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isTimeZone, UsersService } from '@app/auth';
import { COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { Clock } from '../clock.js';
import { WEEKDAYS, type AvailabilityType, type WeeklyRangeInput } from '../dto/availability.types.js';
import type { TimeRangeInput } from '../dto/time-range.types.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { mergeRanges, wallClockMinutes, type Range } from '../rules/time-range-rules.js';

export const MAX_DATED_RANGES = 200;
export const MAX_WEEKLY_RANGES = 50;

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

function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * When people can meet. A person who set nothing is available at any time; once they set weekly
 * or dated ranges, proposals and acceptances must fall entirely inside them.
 */
@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /**
   * Replaces the dated ranges; weekly ranges are replaced when given and kept when omitted.
   * Setting neither leaves the person available at any time.
   */
  async set(
    viewer: Viewer,
    slots: TimeRangeInput[],
    weekly?: WeeklyRangeInput[] | null,
    timeZone?: string | null,
  ) {
    const now = this.clock.now();
    const problems = new FieldProblems();
    if (timeZone != null && !isTimeZone(timeZone)) {
      problems.add('timeZone', COMMON_MESSAGES.invalidTimeZone, { value: timeZone });
    }
    if (slots.length > MAX_DATED_RANGES) problems.add('slots', M.tooMany, { max: MAX_DATED_RANGES });
    slots.forEach((slot, i) => {
      if (slot.end <= slot.start) problems.add(`slots[${i}]`, M.endBeforeStart);
      else if (slot.end <= now) problems.add(`slots[${i}]`, M.inPast);
    });
    const weeklyMinutes = (weekly ?? []).map((range, i) => {
      const start = wallClockMinutes(range.start);
      const end = wallClockMinutes(range.end);
      if (start === null || start === 24 * 60) problems.add(`weekly[${i}].start`, M.wallClock);
      if (end === null) problems.add(`weekly[${i}].end`, M.wallClock);
      else if (start !== null && end <= start) problems.add(`weekly[${i}].end`, M.endBeforeStart);
      return { weekday: WEEKDAYS.indexOf(range.day) + 1, start: start ?? 0, end: end ?? 0 };
    });
    if ((weekly?.length ?? 0) > MAX_WEEKLY_RANGES)
      problems.add('weekly', M.tooMany, { max: MAX_WEEKLY_RANGES });
    problems.throwIfAny();

    const dated = mergeRanges(slots.map((s) => ({ start: s.start, end: s.end })));
    await this.dataSource.transaction(async (manager) => {
      const [current]: { time_zone: string }[] = await manager.query(
        `SELECT time_zone FROM availability_settings WHERE user_id = $1 FOR UPDATE`,
        [viewer.userId],
      );
      const keptWeekly: { weekday: number; start: number; end: number }[] =
        weekly != null
          ? weeklyMinutes
          : await manager
              .query(
                `SELECT weekday, (extract(epoch FROM starts) / 60)::int AS start, (extract(epoch FROM ends) / 60)::int AS "end"
                   FROM availability_weekly WHERE user_id = $1`,
                [viewer.userId],
              )
              .then((rows: { weekday: number; start: number; end: number }[]) => rows);
      await manager.query(`DELETE FROM availability_settings WHERE user_id = $1`, [viewer.userId]);
      if (dated.length === 0 && keptWeekly.length === 0) return;
      const zone =
        timeZone ?? current?.time_zone ?? (await this.users.findById(viewer.userId))?.timeZone ?? 'UTC';
      await manager.query(
        `INSERT INTO availability_settings (user_id, time_zone, updated_at) VALUES ($1, $2, $3)`,
        [viewer.userId, zone, now],
      );
      await manager.query(
        `INSERT INTO availability_weekly (user_id, weekday, starts, ends)
         SELECT $1, t.weekday, t.starts::time, t.ends::time FROM unnest($2::int[], $3::text[], $4::text[]) AS t(weekday, starts, ends)`,
        [
          viewer.userId,
          keptWeekly.map((w) => w.weekday),
          keptWeekly.map((w) => toTime(w.start)),
          keptWeekly.map((w) => toTime(w.end)),
        ],
      );
      await manager.query(
        `INSERT INTO availability_dated (user_id, period)
         SELECT $1, tstzrange(t.lo, t.hi) FROM unnest($2::timestamptz[], $3::timestamptz[]) AS t(lo, hi)`,
        [viewer.userId, dated.map((r) => r.start), dated.map((r) => r.end)],
      );
    });
    return dated;
  }

  async get(userId: string): Promise<AvailabilityType> {
    const [settings]: { time_zone: string }[] = await this.dataSource.query(
      `SELECT time_zone FROM availability_settings WHERE user_id = $1`,
      [userId],
    );
    if (!settings) {
      const user = await this.users.findById(userId);
      return { userId, isSet: false, timeZone: user?.timeZone ?? 'UTC', weekly: [], slots: [] };
    }
    const weekly: { weekday: number; starts: string; ends: string }[] = await this.dataSource.query(
      `SELECT weekday, to_char(starts, 'HH24:MI') AS starts,
              CASE WHEN ends = '24:00'::time THEN '24:00' ELSE to_char(ends, 'HH24:MI') END AS ends
         FROM availability_weekly WHERE user_id = $1 ORDER BY weekday, starts`,
      [userId],
    );
    const dated: { start: Date; end: Date }[] = await this.dataSource.query(
      `SELECT lower(period) AS start, upper(period) AS "end" FROM availability_dated
        WHERE user_id = $1 AND upper(period) > $2 ORDER BY lower(period)`,
      [userId, this.clock.now()],
    );
    return {
      userId,
      isSet: true,
      timeZone: settings.time_zone,
      weekly: weekly.map((w) => ({ day: WEEKDAYS[w.weekday - 1], start: w.starts, end: w.ends })),
      slots: dated,
    };
  }

  /** Weekly and dated ranges laid out over [from, to), merged; empty when nothing is set. */
  async upcoming(userId: string, from: Date, to: Date): Promise<Range[]> {
    return this.dataSource.query(
      `WITH s AS (SELECT user_id, time_zone FROM availability_settings WHERE user_id = $1), ${PIECES}
       SELECT lower(r) AS start, upper(r) AS "end"
         FROM unnest((SELECT range_agg(r) * tstzmultirange(tstzrange($2::timestamptz, $3::timestamptz)) FROM pieces)) AS r
        ORDER BY 1`,
      [userId, from, to],
    );
  }

  /** The people, among those given, whose availability does not cover the whole range. */
  async unavailable(manager: EntityManager, userIds: string[], range: Range): Promise<Set<string>> {
    const rows: { user_id: string }[] = await manager.query(
      `WITH s AS (SELECT user_id, time_zone FROM availability_settings WHERE user_id = ANY($1::uuid[])), ${PIECES}
       SELECT s.user_id FROM s LEFT JOIN pieces p ON p.user_id = s.user_id
        GROUP BY s.user_id
       HAVING NOT coalesce(range_agg(p.r) @> tstzrange($2::timestamptz, $3::timestamptz), false)`,
      [userIds, range.start, range.end],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** Indexes of the ranges that overlap one of the person's scheduled meetings. */
  async busy(manager: EntityManager, userId: string, ranges: Range[]): Promise<Set<number>> {
    if (ranges.length === 0) return new Set();
    const rows: { idx: string }[] = await manager.query(
      `SELECT i.idx FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS i(lo, hi, idx)
        WHERE EXISTS (SELECT 1 FROM meeting_participants p
                       WHERE p.user_id = $1 AND p.active AND p.period && tstzrange(i.lo, i.hi))`,
      [userId, ranges.map((r) => r.start), ranges.map((r) => r.end)],
    );
    return new Set(rows.map((r) => Number(r.idx) - 1));
  }
}
