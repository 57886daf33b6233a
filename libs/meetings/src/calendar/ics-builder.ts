/** iCalendar (RFC 5545) text: what Google Calendar, Outlook and Apple Calendar read. */

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  created: Date;
  lastModified: Date;
  summary: string;
  description?: string;
  location?: string | null;
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED';
  organizer?: IcsPerson;
  attendees: IcsPerson[];
}

export interface IcsCalendar {
  /** REQUEST or CANCEL for one meeting (iTIP); none for a subscribed feed. */
  method?: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  name?: string;
  /** How often a subscribed feed should be fetched again. */
  refreshMinutes?: number;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…): quoted, without the double quotes and controls it may not hold. */
function paramValue(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, "'")}"`;
}

/** 20261203T150000Z */
export function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line into physical lines of at most 75 octets, continuation lines starting
 * with one space, never splitting a UTF-8 character (RFC 5545 §3.1).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function person(property: 'ORGANIZER' | 'ATTENDEE', who: IcsPerson, extra = ''): string {
  return `${property};CN=${paramValue(who.name)}${extra}:mailto:${who.email}`;
}

function eventLines(event: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `CREATED:${utc(event.created)}`,
    `LAST-MODIFIED:${utc(event.lastModified)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status}`, 'TRANSP:OPAQUE');
  if (event.organizer) lines.push(person('ORGANIZER', event.organizer));
  for (const attendee of event.attendees) {
    lines.push(person('ATTENDEE', attendee, ';ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE'));
  }
  lines.push('END:VEVENT');
  return lines;
}

export function buildCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//BIOQuebec and Life Sciences Ontario//Passerelle//EN',
    'CALSCALE:GREGORIAN',
  ];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name)
    lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`, `NAME:${escapeText(calendar.name)}`);
  if (calendar.refreshMinutes) {
    lines.push(
      `REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`,
      `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`,
    );
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
