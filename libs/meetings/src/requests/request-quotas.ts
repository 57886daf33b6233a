import type { AppConfig } from '@app/config';
import type { Transaction } from '@app/database';
import { meetingError } from '../meetings.errors.js';
import type { MeetingPeople } from '../people/meeting-people.js';
import type { MeetingRequestRepository } from './meeting-request.repository.js';

const DAY_MS = 24 * 3600 * 1000;
/** Unanswered requests count against the pair for this long, then they age out. */
export const UNANSWERED_WINDOW_DAYS = 90;
export const REQUEST_LIFETIME_DAYS = 14;

export interface QuotaLimits {
  perDay: number;
  unansweredPerCompany: number;
}

/** Both limits scale with RATE_LIMIT_SCALE, like every rate limit of the product. */
export function quotaLimits(config: AppConfig): QuotaLimits {
  const scaled = (base: number) => Math.max(1, Math.floor(base * config.RATE_LIMIT_SCALE));
  return {
    perDay: scaled(config.MEETING_REQUESTS_PER_DAY),
    unansweredPerCompany: scaled(config.MEETING_REQUESTS_UNANSWERED_PER_COMPANY),
  };
}

export interface QuotaCheck {
  fromCompanyId: string;
  toCompanyId: string;
  toName: string;
  now: Date;
  limits: QuotaLimits;
  /** The instant in the caller's language and zone, for the message. */
  describe: (instant: Date) => string;
}

function secondsUntil(instant: Date, now: Date): number {
  return Math.max(1, Math.ceil((instant.getTime() - now.getTime()) / 1000));
}

/**
 * The anti-spam rules, checked under a lock on the sending company's row: concurrent requests of
 * one company queue behind each other, so none can slip past a limit. Counts what the sending
 * company sent: one request waiting per pair, `unansweredPerCompany` left unanswered by the same
 * company within 90 days, `perDay` in any 24 hours.
 */
export async function enforceQuotas(
  store: { requests: MeetingRequestRepository; people: MeetingPeople },
  tx: Transaction,
  check: QuotaCheck,
): Promise<void> {
  const { fromCompanyId, toCompanyId, now, limits } = check;
  await store.people.lockSender(fromCompanyId, tx);

  const pendingFrom = await store.requests.pendingSenderBetween(fromCompanyId, toCompanyId, tx);
  if (pendingFrom) {
    const ours = pendingFrom === fromCompanyId;
    throw meetingError(ours ? 'PENDING_EXISTS' : 'PENDING_FROM_THEM', { params: { company: check.toName } });
  }

  const unanswered = await store.requests.unansweredSince(
    fromCompanyId,
    toCompanyId,
    new Date(now.getTime() - UNANSWERED_WINDOW_DAYS * DAY_MS),
    tx,
  );
  if (unanswered.length >= limits.unansweredPerCompany) {
    const freed = unanswered[unanswered.length - limits.unansweredPerCompany];
    const when = new Date(new Date(freed).getTime() + UNANSWERED_WINDOW_DAYS * DAY_MS);
    throw meetingError('UNANSWERED_LIMIT', {
      params: { company: check.toName, limit: limits.unansweredPerCompany, when: check.describe(when) },
      retryAfterSeconds: secondsUntil(when, now),
    });
  }

  const today = await store.requests.sentSince(fromCompanyId, new Date(now.getTime() - DAY_MS), tx);
  if (today.length >= limits.perDay) {
    const when = new Date(new Date(today[today.length - limits.perDay]).getTime() + DAY_MS);
    throw meetingError('DAILY_LIMIT', {
      params: { limit: limits.perDay, when: check.describe(when) },
      retryAfterSeconds: secondsUntil(when, now),
    });
  }
}
