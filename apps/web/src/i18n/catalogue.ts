import { ACCOUNT_MESSAGES } from './messages/account';
import { COMMON_MESSAGES } from './messages/common';
import { DIRECTORY_MESSAGES } from './messages/directory';
import { EVENT_MESSAGES } from './messages/events';
import { FEED_MESSAGES } from './messages/feed';
import { MEETING_MESSAGES } from './messages/meetings';
import { MISSION_MESSAGES } from './messages/missions';
import { MY_ACCOUNT_MESSAGES } from './messages/my-account';
import { PROFILE_MESSAGES } from './messages/profile';
import { STAFF_MESSAGES } from './messages/staff';
import { STAFF_EVENT_MESSAGES } from './messages/staff-events';
import { STAFF_REPORT_MESSAGES } from './messages/staff-reports';
import type { Locale } from './translate';

/** Every area's texts, side by side in both languages; `catalogue.spec.ts` checks they match. */
export const AREAS = [
  COMMON_MESSAGES,
  ACCOUNT_MESSAGES,
  FEED_MESSAGES,
  MEETING_MESSAGES,
  PROFILE_MESSAGES,
  EVENT_MESSAGES,
  STAFF_MESSAGES,
  STAFF_EVENT_MESSAGES,
  STAFF_REPORT_MESSAGES,
  MISSION_MESSAGES,
  DIRECTORY_MESSAGES,
  MY_ACCOUNT_MESSAGES,
] as const;

type Area = (typeof AREAS)[number];
type KeysOf<A> = A extends { fr: infer F } ? keyof F : never;
export type MessageKey = KeysOf<Area> & string;

export const CATALOGUE = Object.fromEntries(
  (['fr', 'en'] as const).map((locale) => [locale, Object.assign({}, ...AREAS.map((area) => area[locale]))]),
) as Record<Locale, Record<MessageKey, string>>;
