import { Inject, Injectable } from '@nestjs/common';
import { translate, type LocalizedText, type Locale, isUuid } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Clock } from '../clock.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import { MeetingsRepository } from '../meetings/meetings.repository.js';
import { CalendarLinks, type CalendarOwner } from './calendar-links.js';
import { SeatNames, type NamedSeat } from '../people/seat-names.js';
import { CalendarRepository, type CalendarSeatRef } from './calendar.repository.js';
import { buildCalendar, type IcsEvent } from './ics-builder.js';

type SeatRow = NamedSeat<CalendarSeatRef>;

const TEXT = {
  summary: { fr: 'Rencontre avec {company} · Passerelle', en: 'Meeting with {company} · Passerelle' },
  cancelledSummary: { fr: 'Annulée : rencontre avec {company}', en: 'Cancelled: meeting with {company}' },
  intro: {
    fr: 'Rencontre individuelle Passerelle entre {a} et {b}.',
    en: 'Passerelle one-on-one meeting between {a} and {b}.',
  },
  participants: { fr: 'Participants : {list}', en: 'Participants: {list}' },
  table: { fr: 'Table : {table}', en: 'Table: {table}' },
  cancelled: { fr: 'Cette rencontre a été annulée.', en: 'This meeting was cancelled.' },
  reason: { fr: 'Motif : {reason}', en: 'Reason: {reason}' },
  open: { fr: 'Détails dans Passerelle : {url}', en: 'Details in Passerelle: {url}' },
  calendarName: { fr: 'Passerelle – mes rencontres', en: 'Passerelle – my meetings' },
} satisfies Record<string, LocalizedText>;

/** Subscribed calendars fetch the feed again about this often. */
const FEED_REFRESH_MINUTES = 60;
/** The feed keeps a year of past meetings, so a calendar does not lose them at the next refresh. */
const FEED_HISTORY_DAYS = 365;

/**
 * Calendar files for the holder of a secret per-person link: one meeting (REQUEST, or CANCEL once
 * cancelled, with the same UID and a higher SEQUENCE), or the person's whole feed, in their
 * language. The feed leaves cancelled meetings out, so subscribed calendars drop them.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly repository: CalendarRepository,
    private readonly seatNames: SeatNames,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: CalendarLinks,
    private readonly clock: Clock,
  ) {}

  async meetingFile(token: string, meetingId: string): Promise<string | null> {
    const owner = await this.links.ownerOf(token);
    if (!owner || !isUuid(meetingId)) return null;
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) return null;
    const seats = await this.seatsOf([meeting.id]);
    const mine = seats.some(
      (s) => s.userId === owner.id || (owner.companyId !== null && s.companyId === owner.companyId),
    );
    if (!mine) return null;
    const cancelled = meeting.status === 'CANCELLED';
    return buildCalendar({
      method: cancelled ? 'CANCEL' : 'REQUEST',
      events: [this.event(owner, meeting, seats, this.clock.now())],
    });
  }

  async feed(token: string): Promise<string | null> {
    const owner = await this.links.ownerOf(token);
    if (!owner) return null;
    const since = new Date(this.clock.now().getTime() - FEED_HISTORY_DAYS * 24 * 3600 * 1000);
    const meetings = await this.meetings.scheduledOfUserSince(owner.id, since);
    const seats = await this.seatsOf(meetings.map((m) => m.id));
    return buildCalendar({
      name: translate(TEXT.calendarName, owner.locale),
      refreshMinutes: FEED_REFRESH_MINUTES,
      events: meetings.map((m) =>
        this.event(
          owner,
          m,
          seats.filter((s) => s.meeting_id === m.id),
          m.updatedAt,
        ),
      ),
    });
  }

  /**
   * A subscribed feed of some meetings (a trade mission's, say) in which the link's owner or their
   * company sits: the same UIDs as every other file of those meetings, so importing both never
   * duplicates them. Null for an unknown link.
   */
  async feedOf(token: string, meetingIds: readonly string[], name: LocalizedText): Promise<string | null> {
    const owner = await this.links.ownerOf(token);
    if (!owner) return null;
    const ids = meetingIds.filter(isUuid);
    const seats = await this.seatsOf(ids);
    const mine = new Set(
      seats
        .filter((s) => s.userId === owner.id || (owner.companyId !== null && s.companyId === owner.companyId))
        .map((s) => s.meeting_id),
    );
    const meetings = await this.meetings.scheduledAmong([...mine]);
    return buildCalendar({
      name: translate(name, owner.locale),
      refreshMinutes: FEED_REFRESH_MINUTES,
      events: meetings.map((m) =>
        this.event(
          owner,
          m,
          seats.filter((s) => s.meeting_id === m.id),
          m.updatedAt,
        ),
      ),
    });
  }

  private async seatsOf(meetingIds: string[]): Promise<SeatRow[]> {
    return this.seatNames.named(await this.repository.seatsOf(meetingIds));
  }

  private event(owner: CalendarOwner, meeting: MeetingEntity, seats: SeatRow[], stamp: Date): IcsEvent {
    const locale: Locale = owner.locale;
    const ownSeat =
      seats.find((s) => s.userId === owner.id) ?? seats.find((s) => s.companyId === owner.companyId);
    const other = seats.find((s) => s.companyId !== ownSeat?.companyId) ?? seats[0];
    const companies = [...new Set(seats.map((s) => s.company))];
    const cancelled = meeting.status === 'CANCELLED';
    const description = [
      translate(TEXT.intro, locale, { a: companies[0] ?? '', b: companies[1] ?? companies[0] ?? '' }),
      translate(TEXT.participants, locale, {
        list: seats.map((s) => `${s.name} (${s.company})`).join(', '),
      }),
      ...(meeting.table ? [translate(TEXT.table, locale, { table: meeting.table })] : []),
      ...(cancelled ? [translate(TEXT.cancelled, locale)] : []),
      ...(cancelled && meeting.cancelReason
        ? [translate(TEXT.reason, locale, { reason: meeting.cancelReason })]
        : []),
      translate(TEXT.open, locale, { url: this.config.PUBLIC_URL }),
    ].join('\n');
    const organizerSeat =
      seats.find((s) => s.userId === s.requester_id) ??
      seats.find((s) => s.userId === meeting.createdBy) ??
      seats[0];
    const location = [
      meeting.location,
      meeting.table ? translate(TEXT.table, locale, { table: meeting.table }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      uid: `${meeting.id}@passerelle`,
      sequence: meeting.sequence,
      stamp,
      start: meeting.start,
      end: meeting.end,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      summary: translate(cancelled ? TEXT.cancelledSummary : TEXT.summary, locale, {
        company: other?.company ?? '',
      }),
      description,
      location: location || null,
      url: this.config.PUBLIC_URL,
      status: cancelled ? 'CANCELLED' : 'CONFIRMED',
      organizer: organizerSeat ? { name: organizerSeat.name, email: organizerSeat.email } : undefined,
      attendees: seats.map((s) => ({ name: s.name, email: s.email })),
    };
  }
}
