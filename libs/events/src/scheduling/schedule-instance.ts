import type {
  Assignment,
  ScheduleInstance,
  ScheduleResult as SolverResult,
  UnplacedReason,
} from '@app/meeting-scheduler';

/** An accepted request waiting for a slot: its two people, and how much staff want it placed. */
export interface PendingRequest {
  id: string;
  participants: string[];
  priority: number;
}

/** A meeting already published on the grid: it keeps its slot, and its table when it can. */
export interface PublishedMeeting {
  id: string;
  participants: string[];
  slotId: string;
  table: number | null;
}

export interface InstanceInput {
  slotIds: string[];
  slotTimes: Map<string, { start: Date; end: Date }>;
  tables: number;
  requests: PendingRequest[];
  published: PublishedMeeting[];
  /** Person → slot ids they cannot attend (outside their availability, or busy elsewhere). */
  unavailable: Map<string, Set<string>>;
}

export interface Placement {
  kind: 'request' | 'meeting';
  id: string;
  slotId: string;
  table: number;
  fixed: boolean;
}

export interface Unplacement {
  requestId: string;
  reason: UnplacedReason;
}

const REQUEST = 'r:';
const MEETING = 'm:';

/**
 * The scheduler's instance for an event: its slots and tables, every person of a pending request
 * or published meeting with the slots they can attend, published meetings fixed in their slot.
 */
export function buildInstance(input: InstanceInput): ScheduleInstance {
  const people = new Set<string>();
  for (const m of [...input.requests, ...input.published]) m.participants.forEach((p) => people.add(p));
  const fixedSlots = new Map<string, Set<string>>();
  for (const m of input.published) {
    for (const p of m.participants) fixedSlots.set(p, (fixedSlots.get(p) ?? new Set()).add(m.slotId));
  }
  const participants = [...people].sort().map((id) => {
    const blocked = input.unavailable.get(id);
    if (!blocked || blocked.size === 0) return { id };
    // A published meeting's slot stays attendable, even if its people narrowed their availability since.
    const keep = fixedSlots.get(id) ?? new Set<string>();
    return { id, available: input.slotIds.filter((s) => !blocked.has(s) || keep.has(s)) };
  });
  return {
    slots: input.slotIds.map((id) => ({
      id,
      start: input.slotTimes.get(id)!.start.toISOString(),
      end: input.slotTimes.get(id)!.end.toISOString(),
    })),
    tables: input.tables,
    participants,
    meetings: [
      ...input.published.map((m) => ({
        id: MEETING + m.id,
        participants: m.participants,
        priority: 0,
        fixed: m.slotId,
      })),
      ...input.requests.map((r) => ({
        id: REQUEST + r.id,
        participants: r.participants,
        priority: r.priority,
        fixed: null,
      })),
    ],
  };
}

/**
 * Reads the solver's result back as placements. Tables are renumbered per slot so that published
 * meetings keep the table printed on their badges and new ones take the free numbers.
 */
export function readResult(
  result: SolverResult,
  published: PublishedMeeting[],
  tables: number,
): { placements: Placement[]; unplaced: Unplacement[] } {
  const publishedTable = new Map(published.map((m) => [MEETING + m.id, m.table]));
  const bySlot = new Map<string, Assignment[]>();
  for (const a of result.assignments) bySlot.set(a.slot, [...(bySlot.get(a.slot) ?? []), a]);
  const placements: Placement[] = [];
  for (const [slotId, assignments] of bySlot) {
    const taken = new Set<number>();
    const keeps = new Map<string, number>();
    for (const a of assignments) {
      const wanted = publishedTable.get(a.meeting);
      if (wanted && wanted <= tables && !taken.has(wanted)) {
        taken.add(wanted);
        keeps.set(a.meeting, wanted);
      }
    }
    let next = 1;
    const ordered = [...assignments].sort((x, y) => x.table - y.table);
    for (const a of ordered) {
      let table = keeps.get(a.meeting);
      if (table === undefined) {
        while (taken.has(next)) next += 1;
        table = next;
        taken.add(table);
      }
      const fixed = a.meeting.startsWith(MEETING);
      placements.push({ kind: fixed ? 'meeting' : 'request', id: a.meeting.slice(2), slotId, table, fixed });
    }
  }
  placements.sort((a, b) => a.slotId.localeCompare(b.slotId) || a.table - b.table);
  return {
    placements,
    unplaced: result.unplaced.map((u) => ({ requestId: u.meeting.slice(REQUEST.length), reason: u.reason })),
  };
}
