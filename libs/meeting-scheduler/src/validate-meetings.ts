import type { InstanceMeeting } from './types.js';
import { isObject, ProblemList, readArray, readId, reportUnknownFields } from './validation-helpers.js';

/** What the meeting checks need to know of the rest of the instance. */
export interface MeetingContext {
  slotIds: Set<string>;
  /** Participant id → slot ids they can attend, or null for every slot. */
  availability: Map<string, Set<string> | null>;
  /** Null when `tables` itself is invalid, so that the capacity check is skipped. */
  tables: number | null;
}

export function validateMeetings(
  root: Record<string, unknown>,
  context: MeetingContext,
  problems: ProblemList,
): InstanceMeeting[] {
  const meetings: InstanceMeeting[] = [];
  const list = readArray(root, 'meetings', 'meetings', problems);
  if (!list) return meetings;
  const seen = new Map<string, string>();
  const fixedHolder = new Map<string, string>();
  const fixedCount = new Map<string, number>();
  list.forEach((entry, index) => {
    const path = `meetings[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'must be an object');
      return;
    }
    reportUnknownFields(entry, ['id', 'participants', 'priority', 'fixed'], path, problems);
    const id = readId(entry, path, seen, problems);
    const participants = readParticipants(entry, path, context, problems);
    const priority = readPriority(entry.priority, `${path}.priority`, problems);
    const fixed = readFixed(entry.fixed, `${path}.fixed`, context, problems);
    if (typeof fixed === 'string' && participants !== null) {
      checkFixed(id ?? path, fixed, participants, `${path}.fixed`, context, fixedHolder, problems);
      const count = (fixedCount.get(fixed) ?? 0) + 1;
      fixedCount.set(fixed, count);
      if (context.tables !== null && count > context.tables) {
        problems.add(
          `${path}.fixed`,
          `slot "${fixed}" has more fixed meetings than tables (${context.tables})`,
        );
      }
    }
    if (id !== null && participants !== null && priority !== null && fixed !== undefined) {
      meetings.push({ id, participants, priority, fixed });
    }
  });
  return meetings;
}

function readParticipants(
  entry: Record<string, unknown>,
  path: string,
  context: MeetingContext,
  problems: ProblemList,
): string[] | null {
  const list = readArray(entry, 'participants', `${path}.participants`, problems);
  if (!list) return null;
  let valid = true;
  if (list.length < 2) {
    problems.add(`${path}.participants`, 'must list at least two participants');
    valid = false;
  }
  const listed = new Set<string>();
  list.forEach((participant, index) => {
    const itemPath = `${path}.participants[${index}]`;
    if (typeof participant !== 'string') {
      problems.add(itemPath, 'must be a participant id (a string)');
      valid = false;
    } else if (!context.availability.has(participant)) {
      problems.add(itemPath, `unknown participant "${participant}"`);
      valid = false;
    } else if (listed.has(participant)) {
      problems.add(itemPath, `participant "${participant}" is listed twice`);
      valid = false;
    } else listed.add(participant);
  });
  return valid ? (list as string[]) : null;
}

function readPriority(value: unknown, path: string, problems: ProblemList): number | null {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.add(path, 'must be a number');
    return null;
  }
  return value;
}

/** The fixed slot id, null for none, or undefined once a problem is reported. */
function readFixed(
  value: unknown,
  path: string,
  context: MeetingContext,
  problems: ProblemList,
): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.add(path, 'must be a slot id or null');
    return undefined;
  }
  if (!context.slotIds.has(value)) {
    problems.add(path, `unknown slot "${value}"`);
    return undefined;
  }
  return value;
}

function checkFixed(
  meeting: string,
  slot: string,
  participants: string[],
  path: string,
  context: MeetingContext,
  fixedHolder: Map<string, string>,
  problems: ProblemList,
): void {
  for (const participant of participants) {
    const available = context.availability.get(participant);
    if (available && !available.has(slot)) {
      problems.add(path, `slot "${slot}" is not available to participant "${participant}"`);
    }
    const key = `${participant}\u0000${slot}`;
    const other = fixedHolder.get(key);
    if (other !== undefined) {
      problems.add(
        path,
        `participant "${participant}" already has fixed meeting "${other}" in slot "${slot}"`,
      );
    } else fixedHolder.set(key, meeting);
  }
}
