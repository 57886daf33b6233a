import type { ScheduleInstance, ScheduleResult } from './types.js';

/**
 * Checks a result against the hard rules of its instance, independently of the solver's own
 * bookkeeping: every meeting reported exactly once, slots attendable by all participants,
 * nobody twice in a slot, distinct tables within 1..tables, fixed meetings kept, stats consistent.
 * Returns the violations found (none for a sound schedule).
 */
export function verifySchedule(instance: ScheduleInstance, result: ScheduleResult): string[] {
  const violations: string[] = [];
  const meetings = new Map(instance.meetings.map((m) => [m.id, m]));
  const available = new Map(
    instance.participants.map((p) => [p.id, p.available ? new Set(p.available) : null]),
  );
  const slotIds = new Set(instance.slots.map((s) => s.id));
  const reported = new Set<string>();
  const seat = new Set<string>();
  const table = new Set<string>();
  const report = (id: string) => {
    if (!meetings.has(id)) violations.push(`unknown meeting "${id}" in the result`);
    else if (reported.has(id)) violations.push(`meeting "${id}" reported twice`);
    reported.add(id);
  };
  for (const { meeting: id, slot, table: number } of result.assignments) {
    report(id);
    const meeting = meetings.get(id);
    if (!meeting) continue;
    if (!slotIds.has(slot)) violations.push(`meeting "${id}": unknown slot "${slot}"`);
    if (meeting.fixed && meeting.fixed !== slot)
      violations.push(`meeting "${id}": fixed in "${meeting.fixed}"`);
    if (!Number.isInteger(number) || number < 1 || number > instance.tables) {
      violations.push(`meeting "${id}": table ${number} outside 1..${instance.tables}`);
    }
    if (table.has(`${slot}\u0000${number}`)) violations.push(`slot "${slot}": table ${number} used twice`);
    table.add(`${slot}\u0000${number}`);
    for (const participant of meeting.participants) {
      if (available.get(participant)?.has(slot) === false) {
        violations.push(`meeting "${id}": participant "${participant}" cannot attend "${slot}"`);
      }
      if (seat.has(`${slot}\u0000${participant}`)) {
        violations.push(`slot "${slot}": participant "${participant}" in two meetings`);
      }
      seat.add(`${slot}\u0000${participant}`);
    }
  }
  for (const { meeting: id } of result.unplaced) report(id);
  for (const id of meetings.keys())
    if (!reported.has(id)) violations.push(`meeting "${id}" missing from the result`);
  const { stats } = result;
  if (stats.meetings !== instance.meetings.length) violations.push('stats.meetings is not the meeting count');
  if (stats.placed !== result.assignments.length) violations.push('stats.placed is not the assignment count');
  if (stats.unplaced !== result.unplaced.length) violations.push('stats.unplaced is not the unplaced count');
  if (stats.lowerBoundUnplaced > stats.unplaced) violations.push('stats.lowerBoundUnplaced exceeds unplaced');
  return violations;
}
