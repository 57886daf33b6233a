import type { EventInput, EventSettingsFragment, Province } from '../../graphql/generated/graphql';
import { utcToZoned, zonedToUtc } from '../../time/zoned-time';

export interface DayDraft {
  date: string;
  start: string;
  end: string;
  /** `12:00-13:00, 15:00-15:15` */
  breaks: string;
}

/** The event form's values, as typed: text everywhere, local times in the event's time zone. */
export interface EventDraft {
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  timeZone: string;
  /** `YYYY-MM-DDTHH:MM`, as a datetime-local input holds it. */
  startsAt: string;
  endsAt: string;
  venue: string;
  province: Province | '';
  organizers: string[];
  capacity: string;
  /** Dollars, `150` or `150.50`. */
  memberPrice: string;
  partnerMemberPrice: string;
  nonMemberPrice: string;
  tables: string;
  slotMinutes: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  days: DayDraft[];
}

export const ORGANIZERS = ['BIOQUEBEC', 'LSO'] as const;

export function emptyDraft(association: string | null | undefined): EventDraft {
  return {
    titleFr: '',
    titleEn: '',
    descriptionFr: '',
    descriptionEn: '',
    timeZone: 'America/Toronto',
    startsAt: '',
    endsAt: '',
    venue: '',
    province: '',
    organizers: association ? [association] : [],
    capacity: '',
    memberPrice: '',
    partnerMemberPrice: '',
    nonMemberPrice: '',
    tables: '',
    slotMinutes: '30',
    registrationOpensAt: '',
    registrationClosesAt: '',
    days: [],
  };
}

const local = (iso: string | null | undefined, timeZone: string) => {
  if (!iso) return '';
  const { date, time } = utcToZoned(iso, timeZone);
  return `${date}T${time}`;
};

const dollars = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

export function draftOf(event: EventSettingsFragment): EventDraft {
  const session = event.partneringSession;
  return {
    titleFr: event.titleFr,
    titleEn: event.titleEn,
    descriptionFr: event.descriptionFr ?? '',
    descriptionEn: event.descriptionEn ?? '',
    timeZone: event.timeZone,
    startsAt: local(event.startsAt, event.timeZone),
    endsAt: local(event.endsAt, event.timeZone),
    venue: event.venue ?? '',
    province: event.province ?? '',
    organizers: event.organizers,
    capacity: event.capacity == null ? '' : String(event.capacity),
    memberPrice: dollars(event.prices.memberPriceCents),
    partnerMemberPrice: dollars(event.prices.partnerMemberPriceCents),
    nonMemberPrice: dollars(event.prices.nonMemberPriceCents),
    tables: session ? String(session.tables) : '',
    slotMinutes: session ? String(session.slotMinutes) : '30',
    registrationOpensAt: local(event.registrationOpensAt, event.timeZone),
    registrationClosesAt: local(event.registrationClosesAt, event.timeZone),
    days: (session?.days ?? []).map((d) => ({
      date: d.date,
      start: d.start,
      end: d.end,
      breaks: d.breaks.map((b) => `${b.start}-${b.end}`).join(', '),
    })),
  };
}

/** A form field the browser must fill before anything is sent (the API checks the rest). */
export type MissingField = 'startsAt' | 'endsAt' | 'memberPrice' | 'partnerMemberPrice' | 'nonMemberPrice';

const instant = (value: string, timeZone: string) => {
  const [date, time] = value.split('T');
  return zonedToUtc(date, time, timeZone);
};

/** Integers as typed; a text that is no number goes as NaN→-1 so that the API names the field. */
const integer = (value: string) =>
  value.trim() === '' ? null : Number.isFinite(Number(value)) ? Number(value) : -1;
const cents = (value: string) => Math.round(Number(value.replace(',', '.')) * 100);

/** The API's input, or the fields left empty that it cannot do without. */
export function inputOf(draft: EventDraft): { input?: EventInput; missing: MissingField[] } {
  const missing = (
    ['startsAt', 'endsAt', 'memberPrice', 'partnerMemberPrice', 'nonMemberPrice'] as const
  ).filter(
    (field) => draft[field].trim() === '' || (field.endsWith('Price') && Number.isNaN(cents(draft[field]))),
  );
  if (missing.length) return { missing };
  const tz = draft.timeZone;
  const tables = integer(draft.tables);
  return {
    missing,
    input: {
      titleFr: draft.titleFr,
      titleEn: draft.titleEn,
      descriptionFr: draft.descriptionFr || null,
      descriptionEn: draft.descriptionEn || null,
      timeZone: tz,
      startsAt: instant(draft.startsAt, tz),
      endsAt: instant(draft.endsAt, tz),
      venue: draft.venue || null,
      province: draft.province || null,
      organizers: draft.organizers,
      capacity: integer(draft.capacity),
      memberPriceCents: cents(draft.memberPrice),
      partnerMemberPriceCents: cents(draft.partnerMemberPrice),
      nonMemberPriceCents: cents(draft.nonMemberPrice),
      tables,
      slotMinutes: integer(draft.slotMinutes) ?? 30,
      registrationOpensAt: draft.registrationOpensAt ? instant(draft.registrationOpensAt, tz) : null,
      registrationClosesAt: draft.registrationClosesAt ? instant(draft.registrationClosesAt, tz) : null,
      partneringDays:
        tables && draft.days.length
          ? draft.days.map((d) => ({
              date: d.date,
              start: d.start,
              end: d.end,
              breaks: d.breaks
                .split(',')
                .map((b) => b.trim())
                .filter(Boolean)
                .map((b) => {
                  const [start = '', end = ''] = b.split(/\s*[-–]\s*/);
                  return { start, end };
                }),
            }))
          : null,
    },
  };
}
