import type { Transaction } from '@app/database';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import type { RequestStory } from '../notify/meeting-notifier.js';
import { meetingError, type MeetingErrorCode } from '../meetings.errors.js';
import type { MeetingPeople } from '../people/meeting-people.js';

/** The names a request's notifications and errors show, read in the same transaction. */
export async function storyOf(
  people: MeetingPeople,
  tx: Transaction,
  request: MeetingRequestEntity,
): Promise<RequestStory> {
  const names = await people.requestNames(request, tx);
  return { request, fromName: names.from_name, toName: names.to_name, requesterName: names.requester_name };
}

const ANSWERED: Record<string, MeetingErrorCode> = {
  ACCEPTED: 'REQUEST_ACCEPTED',
  DECLINED: 'REQUEST_DECLINED',
  CANCELLED: 'REQUEST_CANCELLED',
  EXPIRED: 'REQUEST_EXPIRED',
};

/** A request can only be answered or withdrawn while it waits, and before it expires. */
export function assertPending(request: MeetingRequestEntity, now: Date): void {
  if (request.status !== 'PENDING') throw meetingError(ANSWERED[request.status]);
  if (request.expiresAt <= now) throw meetingError('REQUEST_EXPIRED');
}
