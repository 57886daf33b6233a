import { isTimeZone } from '@app/auth';
import { COMMON_MESSAGES, dayInZone, type FieldProblems } from '@app/common';
import type { Province } from '@app/companies';
import { datesBetween, minutesOfTime, type Association } from '@app/events';
import { isCode } from '@app/taxonomy';
import type { TradeMissionInput } from './dto/mission.inputs.js';
import { MISSION_MESSAGES as M } from './missions.messages.js';

export const MISSION_LIMITS = {
  title: 300,
  description: 10_000,
  city: 200,
  maxDays: 5,
  delegationSize: 200,
  meetingMinutes: [10, 240],
  meetingsPerDelegate: 50,
  feeCents: 10_000_000,
} as const;

const ASSOCIATIONS: readonly Association[] = ['BIOQUEBEC', 'LSO'];

/** A mission's settings as stored, after the input was checked and trimmed. */
export interface MissionDraft {
  titleFr: string;
  titleEn: string;
  descriptionFr: string | null;
  descriptionEn: string | null;
  organizer: Association;
  hostProvince: Province;
  city: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  applicationDeadline: Date;
  delegationSize: number;
  meetingMinutes: number;
  meetingsPerDelegate: number;
  dailyStart: string;
  dailyEnd: string;
  sectors: string[];
  memberFeeCents: number;
  partnerMemberFeeCents: number;
  nonMemberFeeCents: number;
}

const trimmed = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function text(
  problems: FieldProblems,
  field: string,
  value: string | null | undefined,
  max: number,
  required: boolean,
) {
  const v = trimmed(value);
  if (required && !v) problems.add(`input.${field}`, COMMON_MESSAGES.required);
  if (v && v.length > max) problems.add(`input.${field}`, COMMON_MESSAGES.tooLong, { max });
  return v;
}

function int(problems: FieldProblems, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    problems.add(`input.${field}`, M.outOfRange, { min, max });
  return value;
}

/**
 * Checks every field of a mission at once. `association` is the acting staff member's (null for an
 * administrator, who must name the organizer).
 */
export function checkMissionInput(
  input: TradeMissionInput,
  problems: FieldProblems,
  association: string | null,
): MissionDraft {
  const titleFr = text(problems, 'titleFr', input.titleFr, MISSION_LIMITS.title, true) ?? '';
  const titleEn = text(problems, 'titleEn', input.titleEn, MISSION_LIMITS.title, true) ?? '';
  const descriptionFr = text(
    problems,
    'descriptionFr',
    input.descriptionFr,
    MISSION_LIMITS.description,
    false,
  );
  const descriptionEn = text(
    problems,
    'descriptionEn',
    input.descriptionEn,
    MISSION_LIMITS.description,
    false,
  );
  const city = text(problems, 'city', input.city, MISSION_LIMITS.city, true) ?? '';

  const organizer = (trimmed(input.organizer) ?? association) as Association | null;
  if (!organizer || !ASSOCIATIONS.includes(organizer)) problems.add('input.organizer', M.unknownAssociation);
  else if (association && organizer !== association) problems.add('input.organizer', M.notYourAssociation);

  const timeZoneOk = isTimeZone(input.timeZone);
  if (!timeZoneOk) problems.add('input.timeZone', COMMON_MESSAGES.invalidTimeZone, { value: input.timeZone });
  if (input.endsAt.getTime() <= input.startsAt.getTime()) problems.add('input.endsAt', M.endsBeforeStart);
  else if (timeZoneOk) {
    const days = datesBetween(
      dayInZone(input.startsAt, input.timeZone),
      dayInZone(input.endsAt, input.timeZone),
    );
    if (days.length > MISSION_LIMITS.maxDays)
      problems.add('input.endsAt', M.tooManyDays, { max: MISSION_LIMITS.maxDays });
  }
  if (input.applicationDeadline.getTime() > input.startsAt.getTime())
    problems.add('input.applicationDeadline', M.deadlineAfterStart);

  const delegationSize = int(
    problems,
    'delegationSize',
    input.delegationSize,
    1,
    MISSION_LIMITS.delegationSize,
  );
  const [minMinutes, maxMinutes] = MISSION_LIMITS.meetingMinutes;
  const meetingMinutes = int(problems, 'meetingMinutes', input.meetingMinutes ?? 30, minMinutes, maxMinutes);
  const meetingsPerDelegate = int(
    problems,
    'meetingsPerDelegate',
    input.meetingsPerDelegate ?? 6,
    1,
    MISSION_LIMITS.meetingsPerDelegate,
  );
  const dailyStart = input.dailyStart ?? '09:00';
  const dailyEnd = input.dailyEnd ?? '17:00';
  const start = minutesOfTime(dailyStart);
  const end = minutesOfTime(dailyEnd);
  if (start === null) problems.add('input.dailyStart', M.badTime);
  if (end === null) problems.add('input.dailyEnd', M.badTime);
  else if (start !== null && end <= start) problems.add('input.dailyEnd', M.dailyEndBeforeStart);
  else if (start !== null && end - start < meetingMinutes)
    problems.add('input.dailyEnd', M.noSlot, { minutes: meetingMinutes });

  const sectors = [...new Set(input.sectors ?? [])];
  sectors.forEach((code, i) => {
    if (!isCode('sectors', code))
      problems.add(`input.sectors[${i}]`, COMMON_MESSAGES.unknownCode, { value: code, list: 'sectors' });
  });
  const fee = (field: 'memberFeeCents' | 'partnerMemberFeeCents' | 'nonMemberFeeCents') =>
    int(problems, field, input[field], 0, MISSION_LIMITS.feeCents);

  return {
    titleFr,
    titleEn,
    descriptionFr,
    descriptionEn,
    organizer: organizer as Association,
    hostProvince: input.hostProvince,
    city,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    applicationDeadline: input.applicationDeadline,
    delegationSize,
    meetingMinutes,
    meetingsPerDelegate,
    dailyStart,
    dailyEnd,
    sectors,
    memberFeeCents: fee('memberFeeCents'),
    partnerMemberFeeCents: fee('partnerMemberFeeCents'),
    nonMemberFeeCents: fee('nonMemberFeeCents'),
  };
}
