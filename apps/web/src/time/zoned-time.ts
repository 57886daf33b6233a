/** Wall-clock parts of an instant in a time zone. */
function partsIn(instant: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

function offsetMinutes(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which the clocks of `timeZone` show `date` (YYYY-MM-DD) `time` (HH:MM), as
 * ISO 8601 UTC. Across a daylight-saving change the offset is looked up twice, so the result
 * is right on both sides of the change.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess).toISOString();
}

/** The date (YYYY-MM-DD) and time (HH:MM) that the clocks of `timeZone` show at `iso`. */
export function utcToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const p = partsIn(new Date(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60000).toISOString();
}

/** Every IANA zone the browser knows, Canada's first. */
export function timeZones(): string[] {
  const canadian = [
    'America/Toronto',
    'America/Montreal',
    'America/Halifax',
    'America/Winnipeg',
    'America/Edmonton',
    'America/Vancouver',
    'America/St_Johns',
  ];
  const all =
    (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...canadian, ...all.filter((zone) => !canadian.includes(zone))];
}
