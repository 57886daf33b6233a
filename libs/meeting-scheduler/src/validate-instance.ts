import type { InstanceParticipant, ScheduleInstance } from './types.js';
import { validateMeetings } from './validate-meetings.js';
import { validateSlots } from './validate-slots.js';
import { isObject, ProblemList, readArray, readId, reportUnknownFields } from './validation-helpers.js';

export type ValidationOutcome = { instance: ScheduleInstance } | { problems: string[] };

/**
 * Checks a parsed instance file against the format and lists every problem as `path: message`,
 * in document order; a valid file comes back as a normalised instance (priority and fixed filled in).
 */
export function validateInstance(json: unknown): ValidationOutcome {
  const problems = new ProblemList();
  if (!isObject(json)) return { problems: ['instance: must be a JSON object'] };
  reportUnknownFields(json, ['slots', 'tables', 'participants', 'meetings'], '', problems);
  const { slots, ids: slotIds } = validateSlots(json, problems);
  const tables = validateTables(json.tables, problems);
  const { participants, availability } = validateParticipants(json, slotIds, problems);
  const meetings = validateMeetings(json, { slotIds, availability, tables }, problems);
  if (problems.lines.length > 0) return { problems: problems.lines };
  return { instance: { slots, tables: tables as number, participants, meetings } };
}

function validateTables(value: unknown, problems: ProblemList): number | null {
  if (value === undefined) {
    problems.add('tables', 'required');
    return null;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    problems.add('tables', 'must be a positive integer');
    return null;
  }
  return value;
}

function validateParticipants(
  root: Record<string, unknown>,
  slotIds: Set<string>,
  problems: ProblemList,
): { participants: InstanceParticipant[]; availability: Map<string, Set<string> | null> } {
  const participants: InstanceParticipant[] = [];
  const availability = new Map<string, Set<string> | null>();
  const list = readArray(root, 'participants', 'participants', problems);
  if (!list) return { participants, availability };
  const seen = new Map<string, string>();
  list.forEach((entry, index) => {
    const path = `participants[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'must be an object');
      return;
    }
    reportUnknownFields(entry, ['id', 'available'], path, problems);
    const id = readId(entry, path, seen, problems);
    const available = readAvailable(entry.available, `${path}.available`, slotIds, problems);
    if (id === null) return;
    availability.set(id, available ?? null);
    participants.push(available ? { id, available: [...available] } : { id });
  });
  return { participants, availability };
}

/** The attendable slot ids, or null for "every slot" (field absent or null). */
function readAvailable(
  value: unknown,
  path: string,
  slotIds: Set<string>,
  problems: ProblemList,
): Set<string> | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    problems.add(path, 'must be an array of slot ids');
    return null;
  }
  const available = new Set<string>();
  value.forEach((slot, index) => {
    const itemPath = `${path}[${index}]`;
    if (typeof slot !== 'string') problems.add(itemPath, 'must be a slot id (a string)');
    else if (!slotIds.has(slot)) problems.add(itemPath, `unknown slot "${slot}"`);
    else if (available.has(slot)) problems.add(itemPath, `slot "${slot}" is listed twice`);
    else available.add(slot);
  });
  return available;
}
