import { Injectable } from '@nestjs/common';
import {
  NotificationsService,
  type NotificationDraft,
  type NotificationKind,
  type NotificationParams,
  type PendingNotifications,
} from '@app/notifications';
import type { Transaction } from '@app/database';
import { CalendarLinks } from '../calendar/calendar-links.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { MeetingPeople } from '../people/meeting-people.js';

/** A request with the names its notifications show. */
export interface RequestStory {
  request: MeetingRequestEntity;
  fromName: string;
  toName: string;
  requesterName: string;
}

export interface Seat {
  userId: string;
  companyId: string;
}

/** The seated people of the company other than `companyId`: those who answer its proposals. */
function seatedOutside(seats: Seat[], companyId: string): string[] {
  return seats.filter((s) => s.companyId !== companyId).map((s) => s.userId);
}

/**
 * Who hears about each step of the flow, and what they read. A received request goes to every
 * person of the receiving company (any of them may answer); answers go to the requester; a
 * cancelled meeting to the participants other than the one who cancelled.
 */
@Injectable()
export class MeetingNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly links: CalendarLinks,
    private readonly people: MeetingPeople,
  ) {}

  private membersOf(manager: Transaction, companyId: string): Promise<string[]> {
    return this.people.membersOf(companyId, manager);
  }

  private async icsLinks(manager: Transaction, userIds: string[], meetingId: string) {
    const tokens = await this.links.tokensOf(userIds, manager);
    return (userId: string) => {
      const token = tokens.get(userId);
      return token ? { icsUrl: this.links.meetingUrl(token, meetingId) } : undefined;
    };
  }

  private draftsFor(
    userIds: string[],
    kind: NotificationKind,
    params: NotificationParams,
    key: string,
  ): NotificationDraft[] {
    return userIds.map((userId) => ({ userId, kind, params, dedupeKey: `${key}:${userId}` }));
  }

  async requestReceived(manager: Transaction, story: RequestStory): Promise<PendingNotifications> {
    const { request } = story;
    const params = {
      company: story.fromName,
      person: story.requesterName,
      note: request.message ?? undefined,
      meetingRequestId: request.id,
    };
    const members = await this.membersOf(manager, request.toCompanyId);
    return this.notifications.record(
      manager,
      this.draftsFor(members, 'MEETING_REQUEST_RECEIVED', params, `request-received:${request.id}`),
    );
  }

  async requestAccepted(
    manager: Transaction,
    story: RequestStory,
    acceptorName: string,
    meeting: MeetingEntity | null,
  ): Promise<PendingNotifications> {
    const { request } = story;
    const base = { company: story.toName, person: acceptorName, meetingRequestId: request.id };
    if (!meeting) {
      return this.notifications.record(manager, [
        {
          userId: request.requesterId,
          kind: 'MEETING_REQUEST_ACCEPTED_AT_EVENT',
          params: base,
          dedupeKey: `request-accepted:${request.id}`,
        },
      ]);
    }
    const ics = await this.icsLinks(manager, [request.requesterId], meeting.id);
    return this.notifications.record(manager, [
      {
        userId: request.requesterId,
        kind: 'MEETING_REQUEST_ACCEPTED',
        params: {
          ...base,
          startsAt: meeting.start.toISOString(),
          endsAt: meeting.end.toISOString(),
          location: meeting.location ?? undefined,
          meetingId: meeting.id,
        },
        emailParams: ics(request.requesterId),
        dedupeKey: `request-accepted:${request.id}`,
      },
    ]);
  }

  /** `better`: names of companies that suit the requester better, from its own feed. */
  async requestDeclined(
    manager: Transaction,
    story: RequestStory,
    better: string[] = [],
  ): Promise<PendingNotifications> {
    const { request } = story;
    return this.notifications.record(manager, [
      {
        userId: request.requesterId,
        kind: 'MEETING_REQUEST_DECLINED',
        params: {
          company: story.toName,
          reason: request.responseReason ?? undefined,
          suggestions: better.length > 0 ? better.join(', ') : undefined,
          meetingRequestId: request.id,
        },
        dedupeKey: `request-declined:${request.id}`,
      },
    ]);
  }

  async requestCancelled(
    manager: Transaction,
    story: RequestStory,
    actorName: string,
  ): Promise<PendingNotifications> {
    const { request } = story;
    const params = {
      company: story.fromName,
      person: actorName,
      reason: request.responseReason ?? undefined,
      meetingRequestId: request.id,
    };
    const members = await this.membersOf(manager, request.toCompanyId);
    return this.notifications.record(
      manager,
      this.draftsFor(members, 'MEETING_REQUEST_CANCELLED', params, `request-cancelled:${request.id}`),
    );
  }

  /** Both sides: the requester, and the people of the company that never answered. */
  async requestExpired(manager: Transaction, story: RequestStory): Promise<PendingNotifications> {
    const { request } = story;
    const key = `request-expired:${request.id}`;
    const members = await this.membersOf(manager, request.toCompanyId);
    return this.notifications.record(manager, [
      ...this.draftsFor(
        [request.requesterId],
        'MEETING_REQUEST_EXPIRED',
        { company: story.toName, meetingRequestId: request.id },
        key,
      ),
      ...this.draftsFor(
        members,
        'MEETING_REQUEST_EXPIRED_INCOMING',
        { company: story.fromName, meetingRequestId: request.id },
        key,
      ),
    ]);
  }

  async meetingCancelled(
    manager: Transaction,
    meeting: MeetingEntity,
    seats: Seat[],
    actor: { id: string; name: string; companyName: string },
  ): Promise<PendingNotifications> {
    const recipients = seats.map((s) => s.userId).filter((id) => id !== actor.id);
    const ics = await this.icsLinks(manager, recipients, meeting.id);
    const params = {
      company: actor.companyName,
      person: actor.name,
      startsAt: meeting.start.toISOString(),
      endsAt: meeting.end.toISOString(),
      reason: meeting.cancelReason ?? undefined,
      meetingId: meeting.id,
    };
    return this.notifications.record(
      manager,
      recipients.map((userId) => ({
        userId,
        kind: 'MEETING_CANCELLED',
        params,
        emailParams: ics(userId),
        dedupeKey: `meeting-cancelled:${meeting.id}:${userId}`,
      })),
    );
  }

  /** A meeting placed by someone else (the event scheduler): each participant hears of it once. */
  meetingScheduled(
    manager: Transaction,
    meeting: MeetingEntity,
    seats: Seat[],
    companyNames: Map<string, string>,
  ) {
    return this.perSeat(manager, 'MEETING_SCHEDULED', meeting, seats, companyNames);
  }

  /** The seated people of the other company hear that a new time is proposed for their meeting. */
  rescheduleProposed(
    manager: Transaction,
    meeting: MeetingEntity,
    seats: Seat[],
    proposal: { id: string; companyId: string; company: string; person: string; message: string | null },
  ): Promise<PendingNotifications> {
    return this.toOtherSide(manager, meeting, seats, proposal, 'MEETING_RESCHEDULE_PROPOSED', {
      key: `reschedule-proposed:${proposal.id}`,
      note: proposal.message ?? undefined,
    });
  }

  /** The people who were asked to answer hear that the proposal is withdrawn and the time stays. */
  rescheduleWithdrawn(
    manager: Transaction,
    meeting: MeetingEntity,
    seats: Seat[],
    withdrawal: { proposalId: string; companyId: string; company: string; person: string },
  ): Promise<PendingNotifications> {
    return this.toOtherSide(manager, meeting, seats, withdrawal, 'MEETING_RESCHEDULE_WITHDRAWN', {
      key: `reschedule-withdrawn:${withdrawal.proposalId}`,
    });
  }

  /** A reschedule's news for the seated people of the company that did not act, once per key. */
  private toOtherSide(
    manager: Transaction,
    meeting: MeetingEntity,
    seats: Seat[],
    from: { companyId: string; company: string; person: string },
    kind: 'MEETING_RESCHEDULE_PROPOSED' | 'MEETING_RESCHEDULE_WITHDRAWN',
    { key, note }: { key: string; note?: string },
  ): Promise<PendingNotifications> {
    const params = {
      company: from.company,
      person: from.person,
      startsAt: meeting.start.toISOString(),
      endsAt: meeting.end.toISOString(),
      note,
      meetingId: meeting.id,
    };
    return this.notifications.record(
      manager,
      this.draftsFor(seatedOutside(seats, from.companyId), kind, params, key),
    );
  }

  /** Both sides read the new time, with their calendar link (the calendar file has a higher SEQUENCE). */
  rescheduled(
    manager: Transaction,
    meeting: MeetingEntity,
    seats: Seat[],
    companyNames: Map<string, string>,
    proposalId: string,
  ): Promise<PendingNotifications> {
    return this.perSeat(
      manager,
      'MEETING_RESCHEDULED',
      meeting,
      seats,
      companyNames,
      `rescheduled:${proposalId}`,
    );
  }

  /** The proposer hears that the meeting stays at its time. */
  rescheduleDeclined(
    manager: Transaction,
    meeting: MeetingEntity,
    proposerId: string,
    answer: { proposalId: string; company: string; person: string },
  ): Promise<PendingNotifications> {
    const params = {
      company: answer.company,
      person: answer.person,
      startsAt: meeting.start.toISOString(),
      endsAt: meeting.end.toISOString(),
      meetingId: meeting.id,
    };
    return this.notifications.record(
      manager,
      this.draftsFor(
        [proposerId],
        'MEETING_RESCHEDULE_DECLINED',
        params,
        `reschedule-declined:${answer.proposalId}`,
      ),
    );
  }

  /** One reminder per kind, person and meeting time (`moves`: how many times the meeting moved). */
  reminder(
    manager: Transaction,
    kind: 'MEETING_REMINDER_24H' | 'MEETING_REMINDER_15M',
    meeting: MeetingEntity,
    seats: Seat[],
    companyNames: Map<string, string>,
    moves = 0,
  ): Promise<PendingNotifications> {
    const key = `${kind}:${meeting.id}${moves > 0 ? `:moved-${moves}` : ''}`;
    return this.perSeat(manager, kind, meeting, seats, companyNames, key);
  }

  /** Each participant reads the name of the other company, and gets their own calendar link. */
  private async perSeat(
    manager: Transaction,
    kind: NotificationKind,
    meeting: MeetingEntity,
    seats: Seat[],
    companyNames: Map<string, string>,
    key = `${kind}:${meeting.id}`,
  ): Promise<PendingNotifications> {
    const ics = await this.icsLinks(
      manager,
      seats.map((s) => s.userId),
      meeting.id,
    );
    // "Table" reads the same in French and English.
    const place = [meeting.location, meeting.table ? `Table ${meeting.table}` : null]
      .filter(Boolean)
      .join(' · ');
    return this.notifications.record(
      manager,
      seats.map((seat) => {
        const other = seats.find((s) => s.companyId !== seat.companyId)?.companyId ?? seat.companyId;
        return {
          userId: seat.userId,
          kind,
          params: {
            company: companyNames.get(other) ?? '',
            startsAt: meeting.start.toISOString(),
            endsAt: meeting.end.toISOString(),
            location: place || undefined,
            meetingId: meeting.id,
          },
          emailParams: ics(seat.userId),
          dedupeKey: `${key}:${seat.userId}`,
        };
      }),
    );
  }
}
