import { Inject, Injectable } from '@nestjs/common';
import {
  AppException,
  groupByKey,
  translate,
  type Locale,
  type LocalizedText,
  type Viewer,
} from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  buildCalendar,
  EventMeetingsRepository,
  SeatNames,
  type EventGridMeetingRow,
  type IcsEvent,
  type NamedSeat,
} from '@app/meetings';
import { EventPeople } from '../event-people.js';
import { PARTICIPANT_THING } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import { instantToZoned, timeOfMinutes } from '../partnering/zoned-time.js';
import { eventTitle } from '../registrations/registration-emails.js';
import { toCsv } from './csv.js';

/** A meeting of the grid with its seats named, by company name then person name. */
type GridMeeting = Omit<EventGridMeetingRow, 'seats'> & {
  seats: NamedSeat<EventGridMeetingRow['seats'][number]>[];
};

const TEXT = {
  header: {
    fr: ['Début', 'Fin', 'Table', 'Entreprise A', 'Personne A', 'Entreprise B', 'Personne B', 'Rencontre'],
    en: ['Start', 'End', 'Table', 'Company A', 'Person A', 'Company B', 'Person B', 'Meeting'],
  },
  summary: { fr: 'Rencontre avec {company} · {event}', en: 'Meeting with {company} · {event}' },
  description: {
    fr: 'Rencontre de partenariat à {event}.\nParticipants : {list}\nTable : {table}',
    en: 'Partnering meeting at {event}.\nParticipants: {list}\nTable: {table}',
  },
  table: { fr: 'Table {table}', en: 'Table {table}' },
  calendar: { fr: '{event} – horaire de {name}', en: '{event} – schedule of {name}' },
} satisfies Record<string, LocalizedText | { fr: string[]; en: string[] }>;

/** Staff's printouts of a published schedule: the grid by slot and table (CSV), one person's meetings (ICS). */
@Injectable()
export class ScheduleExportService {
  constructor(
    private readonly eventMeetings: EventMeetingsRepository,
    private readonly people: EventPeople,
    private readonly seatNames: SeatNames,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
  ) {}

  /** Every slot and table of the session, free tables included, so the sheet can be posted at the door. */
  async gridCsv(
    viewer: Viewer,
    eventId: string,
    locale: Locale,
  ): Promise<{ filename: string; body: string }> {
    const event = await this.events.getManaged(viewer, eventId);
    const meetings = await this.meetings(eventId);
    const local = (d: Date) => {
      const { date, minutes } = instantToZoned(d, event.timeZone);
      return `${date} ${timeOfMinutes(minutes)}`;
    };
    const byCell = new Map(meetings.map((m) => [`${m.starts_at.getTime()}|${m.table_label}`, m]));
    const rows: (string | number | null)[][] = [];
    for (const slot of this.events.slotsOf(event)) {
      for (let table = 1; table <= (event.tables ?? 0); table += 1) {
        const meeting = byCell.get(`${slot.start.getTime()}|${table}`);
        const [a, b] = meeting?.seats ?? [];
        rows.push([
          local(slot.start),
          local(slot.end),
          table,
          a?.company,
          a?.name,
          b?.company,
          b?.name,
          meeting?.id ?? null,
        ]);
      }
    }
    const onGrid = new Set(rows.map((r) => r[7]).filter(Boolean));
    // Meetings of the event off the grid (accepted at a time of their own) are listed after it.
    for (const m of meetings.filter((x) => !onGrid.has(x.id))) {
      const [a, b] = m.seats;
      rows.push([
        local(m.starts_at),
        local(m.ends_at),
        m.table_label,
        a?.company,
        a?.name,
        b?.company,
        b?.name,
        m.id,
      ]);
    }
    return { filename: `schedule-${eventId}.csv`, body: toCsv(TEXT.header[locale], rows) };
  }

  /** One participant's meetings at the event, in their own language, with the same UIDs as their feed. */
  async participantIcs(
    viewer: Viewer,
    eventId: string,
    userId: string,
  ): Promise<{ filename: string; body: string }> {
    const event = await this.events.getManaged(viewer, eventId);
    const person = await this.people.nameAndLocale(userId);
    if (!person) throw AppException.notFound(PARTICIPANT_THING);
    const mine = (await this.meetings(eventId)).filter((m) => m.seats.some((s) => s.userId === person.id));
    const l = person.locale;
    const title = eventTitle(event, l);
    const now = new Date();
    const events: IcsEvent[] = mine.map((m) => {
      const own = m.seats.find((s) => s.userId === person.id)!;
      const other = m.seats.find((s) => s.companyId !== own.companyId) ?? own;
      const table = m.table_label ?? '—';
      return {
        uid: `${m.id}@passerelle`,
        sequence: m.sequence,
        stamp: now,
        start: m.starts_at,
        end: m.ends_at,
        created: m.created_at,
        lastModified: m.updated_at,
        summary: translate(TEXT.summary, l, { company: other.company, event: title }),
        description: translate(TEXT.description, l, {
          event: title,
          list: m.seats.map((s) => `${s.name} (${s.company})`).join(', '),
          table,
        }),
        location:
          [m.location, m.table_label ? translate(TEXT.table, l, { table }) : null]
            .filter(Boolean)
            .join(' · ') || null,
        url: this.config.PUBLIC_URL,
        status: 'CONFIRMED',
        attendees: m.seats.map((s) => ({ name: s.name, email: s.email })),
      };
    });
    return {
      filename: `schedule-${eventId}-${person.id}.ics`,
      body: buildCalendar({
        method: 'PUBLISH',
        name: translate(TEXT.calendar, l, { event: title, name: person.name }),
        events,
      }),
    };
  }

  /** The event's meetings, their seats named in one batch for the whole grid. */
  private async meetings(eventId: string): Promise<GridMeeting[]> {
    const meetings = await this.eventMeetings.grid(eventId);
    const seats = meetings.flatMap((m) => m.seats.map((s) => ({ ...s, meetingId: m.id })));
    const named = groupByKey(
      meetings.map((m) => m.id),
      await this.seatNames.named(seats),
      (s) => s.meetingId,
    );
    return meetings.map((m, i) => ({ ...m, seats: named[i] }));
  }
}
