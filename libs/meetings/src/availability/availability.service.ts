import { Injectable } from '@nestjs/common';
import { isTimeZone, UsersService } from '@app/auth';
import { COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { Clock } from '../clock.js';
import { WEEKDAYS, type AvailabilityType, type WeeklyRangeInput } from '../dto/availability.types.js';
import type { TimeRangeInput } from '../dto/time-range.types.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { mergeRanges, wallClockMinutes, type Range } from '../rules/time-range-rules.js';
import { AvailabilityRepository } from './availability.repository.js';

export const MAX_DATED_RANGES = 200;
export const MAX_WEEKLY_RANGES = 50;

/**
 * When people can meet. A person who set nothing is available at any time; once they set weekly
 * or dated ranges, proposals and acceptances must fall entirely inside them.
 */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly repository: AvailabilityRepository,
    private readonly unitOfWork: UnitOfWork,
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
    await this.unitOfWork.run(async (tx) => {
      const current = await this.repository.lockSettings(viewer.userId, tx);
      const keptWeekly =
        weekly != null ? weeklyMinutes : await this.repository.weeklyMinutes(viewer.userId, tx);
      await this.repository.clear(viewer.userId, tx);
      if (dated.length === 0 && keptWeekly.length === 0) return;
      const zone =
        timeZone ?? current?.time_zone ?? (await this.users.findById(viewer.userId))?.timeZone ?? 'UTC';
      await this.repository.insert(viewer.userId, { timeZone: zone, at: now, weekly: keptWeekly, dated }, tx);
    });
    return dated;
  }

  async get(userId: string): Promise<AvailabilityType> {
    const settings = await this.repository.settings(userId);
    if (!settings) {
      const user = await this.users.findById(userId);
      return { userId, isSet: false, timeZone: user?.timeZone ?? 'UTC', weekly: [], slots: [] };
    }
    const weekly = await this.repository.weeklyWallClock(userId);
    const dated = await this.repository.datedAfter(userId, this.clock.now());
    return {
      userId,
      isSet: true,
      timeZone: settings.time_zone,
      weekly: weekly.map((w) => ({ day: WEEKDAYS[w.weekday - 1], start: w.starts, end: w.ends })),
      slots: dated,
    };
  }

  /** Weekly and dated ranges laid out over [from, to), merged; empty when nothing is set. */
  upcoming(userId: string, from: Date, to: Date): Promise<Range[]> {
    return this.repository.upcoming(userId, from, to);
  }

  /** The people, among those given, whose availability does not cover the whole range. */
  unavailable(tx: Transaction | undefined, userIds: string[], range: Range): Promise<Set<string>> {
    return this.repository.unavailable(userIds, range, tx);
  }

  /** Indexes of the ranges that overlap one of the person's scheduled meetings (but `exceptMeetingId`). */
  async busy(
    tx: Transaction | undefined,
    userId: string,
    ranges: Range[],
    exceptMeetingId: string | null = null,
  ): Promise<Set<number>> {
    if (ranges.length === 0) return new Set();
    return this.repository.busy(userId, ranges, tx, exceptMeetingId);
  }
}
