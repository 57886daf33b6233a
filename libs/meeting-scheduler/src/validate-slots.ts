import { parseOffsetDateTime } from './date-time.js';
import type { InstanceSlot } from './types.js';
import { isObject, ProblemList, readArray, readId, reportUnknownFields } from './validation-helpers.js';

interface TimedSlot {
  index: number;
  start: number;
  end: number;
}

/** Checks `slots` and returns the well-formed ids, so that references to them are not reported twice. */
export function validateSlots(
  root: Record<string, unknown>,
  problems: ProblemList,
): { slots: InstanceSlot[]; ids: Set<string> } {
  const slots: InstanceSlot[] = [];
  const ids = new Set<string>();
  const list = readArray(root, 'slots', 'slots', problems);
  if (!list) return { slots, ids };
  const seen = new Map<string, string>();
  const timed: TimedSlot[] = [];
  list.forEach((entry, index) => {
    const path = `slots[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'must be an object');
      return;
    }
    reportUnknownFields(entry, ['id', 'start', 'end'], path, problems);
    const id = readId(entry, path, seen, problems);
    if (id !== null) ids.add(id);
    const start = readTime(entry.start, `${path}.start`, problems);
    const end = readTime(entry.end, `${path}.end`, problems);
    if (start !== null && end !== null) {
      if (end <= start) problems.add(`${path}.end`, 'must be after start');
      else timed.push({ index, start, end });
    }
    if (id !== null && start !== null && end !== null) {
      slots.push({ id, start: entry.start as string, end: entry.end as string });
    }
  });
  reportOverlaps(timed, problems);
  return { slots, ids };
}

function readTime(value: unknown, path: string, problems: ProblemList): number | null {
  if (value === undefined) {
    problems.add(path, 'required');
    return null;
  }
  const millis = typeof value === 'string' ? parseOffsetDateTime(value) : null;
  if (millis === null) problems.add(path, 'must be an ISO 8601 date-time with a UTC offset');
  return millis;
}

/** Every overlapping pair once, reported on the later-listed slot. */
function reportOverlaps(timed: TimedSlot[], problems: ProblemList): void {
  const byStart = [...timed].sort((a, b) => a.start - b.start || a.index - b.index);
  const found: [number, number][] = [];
  const open: TimedSlot[] = [];
  for (const slot of byStart) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i].end <= slot.start) open.splice(i, 1);
    for (const other of open)
      found.push([Math.max(slot.index, other.index), Math.min(slot.index, other.index)]);
    open.push(slot);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [later, earlier] of found) problems.add(`slots[${later}]`, `overlaps slots[${earlier}]`);
}
