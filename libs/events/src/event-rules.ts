import { COMMON_MESSAGES, type FieldProblems, type LocalizedText } from '@app/common';
import { isTimeZone } from '@app/auth';
import type { Province } from '@app/companies';
import type { EventInput, PartneringDayInput } from './dto/event.inputs.js';
import { EVENT_MESSAGES as M } from './events.messages.js';
import {
  defaultPartneringDays,
  partneringSlots,
  type PartneringDay,
} from './partnering/partnering-session.js';
import {
  datesBetween,
  instantToZoned,
  isCalendarDate,
  minutesOfTime,
  zonedToInstant,
} from './partnering/zoned-time.js';
import type { Association } from './pricing/pricing.js';

export const EVENT_LIMITS = {
  title: 300,
  description: 10_000,
  venue: 300,
  maxDays: 31,
  capacity: 100_000,
  priceCents: 10_000_000,
  slotMinutes: [5, 240],
  tables: 1000,
  slots: 2000,
} as const;

const ASSOCIATIONS: readonly Association[] = ['BIOQUEBEC', 'LSO'];

/** An event as stored, after the input was checked and trimmed. */
export interface EventDraft {
  titleFr: string;
  titleEn: string;
  descriptionFr: string | null;
  descriptionEn: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  province: Province | null;
  organizers: Association[];
  capacity: number | null;
  memberPriceCents: number;
  partnerMemberPriceCents: number;
  nonMemberPriceCents: number;
  slotMinutes: number;
  tables: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  partneringDays: PartneringDay[];
}

export interface EventRuleContext {
  now: Date;
  /** The association of the staff member acting; administrators have none. */
  association: string | null;
}

const trimmed = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function checkInt(
  problems: FieldProblems,
  path: string,
  value: number | null | undefined,
  min: number,
  max: number,
) {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) problems.add(path, M.intRange, { min, max });
}

function checkText(
  problems: FieldProblems,
  path: string,
  value: string | null,
  max: number,
  required: boolean,
) {
  if (required && !value) problems.add(path, COMMON_MESSAGES.required);
  if (value && value.length > max) problems.add(path, COMMON_MESSAGES.tooLong, { max });
}

function checkOrganizers(
  input: EventInput,
  problems: FieldProblems,
  association: string | null,
): Association[] {
  const organizers: Association[] = [];
  if (input.organizers.length === 0) problems.add('input.organizers', M.atLeastOneOrganizer);
  input.organizers.forEach((raw, i) => {
    const value = raw.trim().toUpperCase();
    if (!ASSOCIATIONS.includes(value as Association))
      problems.add(`input.organizers[${i}]`, M.unknownOrganizer, { value: raw });
    else if (organizers.includes(value as Association))
      problems.add(`input.organizers[${i}]`, COMMON_MESSAGES.duplicateValue, { value: raw });
    else organizers.push(value as Association);
  });
  if (association && organizers.length > 0 && !organizers.includes(association as Association)) {
    problems.add('input.organizers', M.mustIncludeOwnAssociation, { association });
  }
  return organizers;
}

function checkDay(
  day: PartneringDayInput,
  path: string,
  problems: FieldProblems,
  eventDates: string[],
): boolean {
  let ok = true;
  if (!isCalendarDate(day.date)) {
    problems.add(`${path}.date`, M.badDate);
    ok = false;
  } else if (eventDates.length > 0 && !eventDates.includes(day.date)) {
    problems.add(`${path}.date`, M.dayOutsideEvent, { first: eventDates[0], last: eventDates.at(-1)! });
    ok = false;
  }
  const start = minutesOfTime(day.start);
  const end = minutesOfTime(day.end);
  if (start === null) problems.add(`${path}.start`, M.badTime);
  if (end === null) problems.add(`${path}.end`, M.badTime);
  if (start === null || end === null) return false;
  if (end <= start) {
    problems.add(`${path}.end`, M.endNotAfterStart);
    return false;
  }
  const breaks: { start: number; end: number }[] = [];
  (day.breaks ?? []).forEach((b, j) => {
    const bPath = `${path}.breaks[${j}]`;
    const bs = minutesOfTime(b.start);
    const be = minutesOfTime(b.end);
    if (bs === null) problems.add(`${bPath}.start`, M.badTime);
    if (be === null) problems.add(`${bPath}.end`, M.badTime);
    let problem: LocalizedText | undefined;
    if (bs === null || be === null) ok = false;
    else if (be <= bs) problem = M.endNotAfterStart;
    else if (bs < start || be > end) problem = M.breakOutsideDay;
    else if (breaks.some((o) => o.start < be && o.end > bs)) problem = M.breaksOverlap;
    else breaks.push({ start: bs, end: be });
    if (problem) {
      problems.add(problem === M.endNotAfterStart ? `${bPath}.end` : bPath, problem);
      ok = false;
    }
  });
  return ok;
}

/** Checks partnering days against the event; returns the session as stored (defaults filled in). */
function checkSession(
  input: EventInput,
  problems: FieldProblems,
  timesOk: boolean,
  timeZoneOk: boolean,
): PartneringDay[] {
  const slotMinutes = input.slotMinutes ?? 30;
  checkInt(
    problems,
    'input.slotMinutes',
    slotMinutes,
    EVENT_LIMITS.slotMinutes[0],
    EVENT_LIMITS.slotMinutes[1],
  );
  checkInt(problems, 'input.tables', input.tables, 1, EVENT_LIMITS.tables);
  const given = input.partneringDays ?? [];
  if (given.length > 0 && (input.tables === null || input.tables === undefined)) {
    problems.add('input.tables', M.tablesForSession);
  }
  if (!timesOk || !timeZoneOk) return [];
  const first = instantToZoned(input.startsAt, input.timeZone).date;
  const last = instantToZoned(input.endsAt, input.timeZone).date;
  const eventDates = datesBetween(first, last);
  const seen = new Set<string>();
  let daysOk = true;
  given.forEach((day, i) => {
    const path = `input.partneringDays[${i}]`;
    if (!checkDay(day, path, problems, eventDates)) {
      daysOk = false;
      return;
    }
    if (seen.has(day.date)) {
      problems.add(`${path}.date`, M.duplicateDay, { value: day.date });
      daysOk = false;
      return;
    }
    seen.add(day.date);
    const opens = zonedToInstant(day.date, minutesOfTime(day.start)!, input.timeZone);
    const closes = zonedToInstant(day.date, minutesOfTime(day.end)!, input.timeZone);
    if (opens < input.startsAt || closes > input.endsAt) {
      problems.add(path, M.sessionOutsideEvent);
      daysOk = false;
    }
  });
  if (!daysOk) return [];
  const days: PartneringDay[] =
    given.length > 0
      ? given.map((d) => ({
          date: d.date,
          start: d.start,
          end: d.end,
          breaks: (d.breaks ?? []).map((b) => ({ ...b })),
        }))
      : defaultPartneringDays(input.startsAt, input.endsAt, input.timeZone);
  if (input.tables && Number.isInteger(slotMinutes) && slotMinutes >= EVENT_LIMITS.slotMinutes[0]) {
    const count = partneringSlots(days, slotMinutes, input.timeZone).length;
    const path = given.length > 0 ? 'input.partneringDays' : 'input.slotMinutes';
    if (count === 0) problems.add(path, M.noSlot, { minutes: slotMinutes });
    if (count > EVENT_LIMITS.slots) problems.add(path, M.tooManySlots, { count, max: EVENT_LIMITS.slots });
  }
  return days;
}

/**
 * Every rule of an event, each bad field reported at once (path as in the GraphQL input). The
 * returned draft is only meaningful when no problem was added.
 */
export function checkEventInput(
  input: EventInput,
  problems: FieldProblems,
  context: EventRuleContext,
): EventDraft {
  const draft = {
    titleFr: input.titleFr.trim(),
    titleEn: input.titleEn.trim(),
    descriptionFr: trimmed(input.descriptionFr),
    descriptionEn: trimmed(input.descriptionEn),
    venue: trimmed(input.venue),
    province: input.province ?? null,
  };
  checkText(problems, 'input.titleFr', draft.titleFr, EVENT_LIMITS.title, true);
  checkText(problems, 'input.titleEn', draft.titleEn, EVENT_LIMITS.title, true);
  checkText(problems, 'input.descriptionFr', draft.descriptionFr, EVENT_LIMITS.description, false);
  checkText(problems, 'input.descriptionEn', draft.descriptionEn, EVENT_LIMITS.description, false);
  checkText(problems, 'input.venue', draft.venue, EVENT_LIMITS.venue, false);
  if (draft.province && !draft.venue) problems.add('input.venue', M.venueForProvince);

  const timeZoneOk = isTimeZone(input.timeZone);
  if (!timeZoneOk) problems.add('input.timeZone', COMMON_MESSAGES.invalidTimeZone, { value: input.timeZone });
  let timesOk = true;
  if (input.endsAt <= input.startsAt) {
    problems.add('input.endsAt', M.endBeforeStart);
    timesOk = false;
  } else if (input.endsAt.getTime() - input.startsAt.getTime() > EVENT_LIMITS.maxDays * 86_400_000) {
    problems.add('input.endsAt', M.tooLongEvent, { days: EVENT_LIMITS.maxDays });
    timesOk = false;
  }
  if (input.endsAt <= context.now) problems.add('input.endsAt', M.inPast);

  const organizers = checkOrganizers(input, problems, context.association);
  checkInt(problems, 'input.capacity', input.capacity, 1, EVENT_LIMITS.capacity);
  checkInt(problems, 'input.memberPriceCents', input.memberPriceCents, 0, EVENT_LIMITS.priceCents);
  checkInt(
    problems,
    'input.partnerMemberPriceCents',
    input.partnerMemberPriceCents,
    0,
    EVENT_LIMITS.priceCents,
  );
  checkInt(problems, 'input.nonMemberPriceCents', input.nonMemberPriceCents, 0, EVENT_LIMITS.priceCents);
  if (input.memberPriceCents > input.nonMemberPriceCents)
    problems.add('input.memberPriceCents', M.priceAboveNonMember);
  if (input.partnerMemberPriceCents > input.nonMemberPriceCents) {
    problems.add('input.partnerMemberPriceCents', M.priceAboveNonMember);
  }

  const opensAt = input.registrationOpensAt ?? null;
  const closesAt = input.registrationClosesAt ?? null;
  if (opensAt && (closesAt ?? input.startsAt) <= opensAt)
    problems.add('input.registrationOpensAt', M.opensAfterCloses);
  if (closesAt && closesAt > input.endsAt) problems.add('input.registrationClosesAt', M.closesAfterEnd);

  const partneringDays = checkSession(input, problems, timesOk, timeZoneOk);
  return {
    ...draft,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    organizers,
    capacity: input.capacity ?? null,
    memberPriceCents: input.memberPriceCents,
    partnerMemberPriceCents: input.partnerMemberPriceCents,
    nonMemberPriceCents: input.nonMemberPriceCents,
    slotMinutes: input.slotMinutes ?? 30,
    tables: input.tables ?? null,
    registrationOpensAt: opensAt,
    registrationClosesAt: closesAt,
    partneringDays,
  };
}
