import { datesBetween, instantToZoned, timeOfMinutes, zonedToInstant } from './zoned-time.js';

/** A break in a partnering day, local `HH:MM` times in the event's zone. */
export interface PartneringBreak {
  start: string;
  end: string;
}

/** One day of partnering meetings: a local date and its opening hours, minus breaks. */
export interface PartneringDay {
  date: string;
  start: string;
  end: string;
  breaks: PartneringBreak[];
}

export interface PartneringSlot {
  /** `YYYY-MM-DDTHH:MM`, the local start: readable in grids and exports, stable across runs. */
  id: string;
  start: Date;
  end: Date;
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The meeting slots of a session: back to back from each day's start, of `slotMinutes` each; a
 * slot that would overlap a break is dropped and the next one starts when the break ends.
 */
export function partneringSlots(
  days: readonly PartneringDay[],
  slotMinutes: number,
  timeZone: string,
): PartneringSlot[] {
  const slots: PartneringSlot[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const end = toMinutes(day.end);
    const breaks = day.breaks
      .map((b) => ({ start: toMinutes(b.start), end: toMinutes(b.end) }))
      .sort((a, b) => a.start - b.start);
    let t = toMinutes(day.start);
    while (t + slotMinutes <= end) {
      const blocking = breaks.find((b) => b.start < t + slotMinutes && b.end > t);
      if (blocking) {
        t = blocking.end;
        continue;
      }
      slots.push({
        id: `${day.date}T${timeOfMinutes(t)}`,
        start: zonedToInstant(day.date, t, timeZone),
        end: zonedToInstant(day.date, t + slotMinutes, timeZone),
      });
      t += slotMinutes;
    }
  }
  return slots;
}

/**
 * The session when staff gave no days: every day of the event, from its start time to its end
 * time; an event whose end time is not after its start time (overnight) runs in one stretch,
 * cut at midnight.
 */
export function defaultPartneringDays(startsAt: Date, endsAt: Date, timeZone: string): PartneringDay[] {
  const first = instantToZoned(startsAt, timeZone);
  const last = instantToZoned(endsAt, timeZone);
  const dates = datesBetween(first.date, last.date);
  if (dates.length === 1) {
    return [
      { date: first.date, start: timeOfMinutes(first.minutes), end: timeOfMinutes(last.minutes), breaks: [] },
    ];
  }
  const daily = last.minutes > first.minutes;
  return dates
    .map((date, i) => {
      const start = daily || i === 0 ? first.minutes : 0;
      const end = daily || i === dates.length - 1 ? last.minutes : 24 * 60 - 1;
      return { date, start: timeOfMinutes(start), end: timeOfMinutes(end), breaks: [] };
    })
    .filter((day) => day.start < day.end);
}
