import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, type IcsEvent } from './ics-builder.js';

const event: IcsEvent = {
  uid: '6f1c2a58-0000-4000-8000-000000000001@passerelle',
  sequence: 2,
  stamp: new Date('2026-11-30T12:00:00Z'),
  start: new Date('2026-12-03T15:00:00Z'),
  end: new Date('2026-12-03T15:30:00Z'),
  created: new Date('2026-11-29T10:00:00Z'),
  lastModified: new Date('2026-11-30T11:00:00Z'),
  summary: 'Rencontre avec Néovasc Thérapeutique inc.; suivi, « BPF »',
  description: 'Première ligne\nDeuxième ligne, avec virgule; et \\ barre oblique inverse. '.repeat(4),
  location: 'Salle 3, Palais des congrès',
  status: 'CONFIRMED',
  organizer: { name: 'Julie "JT" Tremblay', email: 'julie@neovasc.test' },
  attendees: [
    { name: 'Julie "JT" Tremblay', email: 'julie@neovasc.test' },
    { name: 'Ann Lee', email: 'ann@lakeshore.test' },
  ],
};

describe('ICS builder', () => {
  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const physical = foldLine(line).split('\r\n');
    for (const part of physical) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes a calendar that an independent parser reads back', () => {
    const text = buildCalendar({ method: 'REQUEST', events: [event] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe(event.uid);
    expect(vevent.sequence).toBe(2);
    expect(vevent.summary).toBe(event.summary);
    expect(vevent.description).toBe(event.description);
    expect(vevent.location).toBe(event.location);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-12-03T15:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-12-03T15:30:00.000Z');
    expect(vevent.attendees.map((a) => a.getFirstValue())).toEqual([
      'mailto:julie@neovasc.test',
      'mailto:ann@lakeshore.test',
    ]);
    expect(vevent.organizer).toBe('mailto:julie@neovasc.test');
  });
});
