import type { InstanceSlot, Prng } from '@app/meeting-scheduler';

/** The shape every generated event shares: days of 30-minute slots, people away for a stretch. */
export interface EventShape {
  people: number;
  days: number;
  slotsPerDay: number;
  tables: number;
  /** Each person is away for a contiguous share of the event drawn in this range. */
  away: [number, number];
  /** Zipf exponent of how many requests a person attracts. */
  popularityExponent: number;
  seed: number;
}

export function makeSlots(shape: EventShape): InstanceSlot[] {
  const slots: InstanceSlot[] = [];
  for (let day = 0; day < shape.days; day++) {
    for (let k = 0; k < shape.slotsPerDay; k++) {
      const at = (minutes: number) => {
        const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
        const mm = String(minutes % 60).padStart(2, '0');
        return {
          label: `${hh}${mm}`,
          iso: `2027-05-${String(4 + day).padStart(2, '0')}T${hh}:${mm}:00-04:00`,
        };
      };
      const start = at(9 * 60 + 30 * k);
      slots.push({ id: `d${day + 1}-${start.label}`, start: start.iso, end: at(9 * 60 + 30 * k + 30).iso });
    }
  }
  return slots;
}

/** Per person, a flag per slot: available outside one contiguous stretch away. */
export function makeAvailability(shape: EventShape, slotCount: number, random: Prng): Uint8Array[] {
  return Array.from({ length: shape.people }, () => {
    const share = shape.away[0] + random.next() * (shape.away[1] - shape.away[0]);
    const length = Math.round(share * slotCount);
    const from = random.int(slotCount - length + 1);
    return Uint8Array.from({ length: slotCount }, (_, s) => (s >= from && s < from + length ? 0 : 1));
  });
}

export function participantsOf(slots: InstanceSlot[], availability: Uint8Array[]) {
  return availability.map((flags, p) => ({
    id: `u${p + 1}`,
    available: slots.filter((_, s) => flags[s] === 1).map((slot) => slot.id),
  }));
}
