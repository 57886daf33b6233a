import type { EntityManager } from 'typeorm';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import type { RequestStory } from '../notify/meeting-notifier.js';
import { meetingError, type MeetingErrorCode } from '../meetings.errors.js';

/** The names a request's notifications and errors show, read in the same transaction. */
export async function storyOf(manager: EntityManager, request: MeetingRequestEntity): Promise<RequestStory> {
  const [names]: { from_name: string; to_name: string; requester_name: string }[] = await manager.query(
    `SELECT (SELECT name FROM companies WHERE id = $1) AS from_name,
            (SELECT name FROM companies WHERE id = $2) AS to_name,
            (SELECT name FROM users WHERE id = $3) AS requester_name`,
    [request.fromCompanyId, request.toCompanyId, request.requesterId],
  );
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
