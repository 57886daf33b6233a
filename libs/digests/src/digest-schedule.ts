// When a person's weekly digest is due: Monday from 8:00 in their own time zone. Pure.

const DIGEST_WEEKDAY = 'Mon';
const DIGEST_HOUR = 8;

interface LocalTime {
  weekday: string;
  hour: number;
  year: number;
  month: number;
  day: number;
}

function localTime(now: Date, timeZone: string): LocalTime {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: part('weekday'),
    hour: Number(part('hour')),
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
  };
}

/** The ISO week ('2030-W49') of a calendar date. */
export function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The week whose digest is due for a person at `now`, or null: Monday from 8:00 local time. The
 * whole Monday counts, so an hourly tick that runs late still sends that week's digest (once:
 * the week is recorded).
 */
export function dueWeek(now: Date, timeZone: string): string | null {
  const local = localTime(now, timeZone);
  if (local.weekday !== DIGEST_WEEKDAY || local.hour < DIGEST_HOUR) return null;
  return isoWeek(local.year, local.month, local.day);
}
