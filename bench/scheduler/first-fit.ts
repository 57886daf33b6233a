import type { Assignment, ScheduleInstance } from '@app/meeting-scheduler';

/**
 * The baseline the benchmark compares with: meetings in file order (fixed ones first), each in
 * the first listed slot where its participants are free and a table is left.
 */
export function firstFit(instance: ScheduleInstance): { unplaced: number; assignments: Assignment[] } {
  const available = new Map(
    instance.participants.map((p) => [p.id, p.available ? new Set(p.available) : null]),
  );
  const taken = new Set<string>();
  const load = new Map<string, number>();
  const assignments: Assignment[] = [];
  const take = (meeting: string, participants: string[], slot: string) => {
    assignments.push({ meeting, slot, table: (load.get(slot) ?? 0) + 1 });
    for (const p of participants) taken.add(`${p}\u0000${slot}`);
    load.set(slot, (load.get(slot) ?? 0) + 1);
  };
  const ordered = [...instance.meetings.filter((m) => m.fixed), ...instance.meetings.filter((m) => !m.fixed)];
  let unplaced = 0;
  for (const meeting of ordered) {
    if (meeting.fixed) {
      take(meeting.id, meeting.participants, meeting.fixed);
      continue;
    }
    const slot = instance.slots.find(
      ({ id }) =>
        (load.get(id) ?? 0) < instance.tables &&
        meeting.participants.every(
          (p) => available.get(p)?.has(id) !== false && !taken.has(`${p}\u0000${id}`),
        ),
    );
    if (slot) take(meeting.id, meeting.participants, slot.id);
    else unplaced++;
  }
  return { unplaced, assignments };
}
