import type { FieldProblems } from '@app/common';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';

export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_HOURS = 3;
export const MAX_PROPOSALS = 3;

export interface Range {
  start: Date;
  end: Date;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

/**
 * A meeting's time: in the future, ending after it starts, 15 minutes to 3 hours. Every broken
 * rule is reported on the field's path; returns whether the range is usable for further checks.
 */
export function checkMeetingRange(problems: FieldProblems, path: string, range: Range, now: Date): boolean {
  const before = problems.list.length;
  const minutes = (range.end.getTime() - range.start.getTime()) / 60_000;
  if (minutes <= 0) problems.add(path, M.endBeforeStart);
  else if (minutes < MIN_MEETING_MINUTES) problems.add(path, M.tooShort, { min: MIN_MEETING_MINUTES });
  else if (minutes > MAX_MEETING_HOURS * 60) problems.add(path, M.tooLong, { max: MAX_MEETING_HOURS });
  if (range.start < now) problems.add(path, M.inPast);
  return problems.list.length === before;
}

/** Up to three proposals, each a valid meeting time, none overlapping another; returns the usable indexes. */
export function checkProposals(problems: FieldProblems, path: string, ranges: Range[], now: Date): number[] {
  if (ranges.length > MAX_PROPOSALS) problems.add(path, M.tooManyProposals, { max: MAX_PROPOSALS });
  const usable: number[] = [];
  ranges.forEach((range, i) => {
    let ok = checkMeetingRange(problems, `${path}[${i}]`, range, now);
    const clash = ranges.findIndex((other, j) => j < i && other.end > other.start && overlaps(other, range));
    if (clash >= 0 && range.end > range.start) {
      problems.add(`${path}[${i}]`, M.overlapsProposal, { other: clash + 1 });
      ok = false;
    }
    if (ok) usable.push(i);
  });
  return usable;
}

/** Sorted, with overlapping or touching ranges merged: how availability reads back. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else {
      merged.push({ start: range.start, end: range.end });
    }
  }
  return merged;
}

const WALL_CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes since midnight of `HH:MM` (24:00 allowed as the end of a day), or null. */
export function wallClockMinutes(value: string): number | null {
  const match = WALL_CLOCK.exec(value.trim());
  if (!match) return null;
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}
