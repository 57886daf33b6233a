import { Inject, Injectable } from '@nestjs/common';
import { UsersService } from '@app/auth';
import { COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../clock.js';
import type { TimeRangeInput } from '../dto/time-range.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { meetingError } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingWriter } from '../meetings/meeting-writer.js';
import { MeetingAftermath } from '../notify/meeting-aftermath.js';
import { MeetingNotifier, type RequestStory } from '../notify/meeting-notifier.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { EVENT_ATTENDANCE, type EventAttendance } from '../ports/event-attendance.port.js';
import { checkMeetingRange, type Range } from '../rules/time-range-rules.js';
import { MAX_LOCATION, MAX_REASON, MeetingRequestsService } from './meeting-requests.service.js';
import { MeetingRequestRepository } from './meeting-request.repository.js';
import { RequestDecliner } from './request-decliner.js';
import { assertPending, storyOf } from './request-story.js';

export interface RequestAnswer {
  accept: boolean;
  slot?: TimeRangeInput | null;
  reason?: string | null;
  location?: string | null;
}

/**
 * Any person of the receiving company answers a request: declining (with an optional reason,
 * through the same `RequestDecliner` as a bulk decline), or accepting one of the proposed ranges
 * or a range of their own within both people's availability, which creates the meeting and
 * connects the companies in the same transaction.
 */
@Injectable()
export class MeetingResponsesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: MeetingRequestRepository,
    private readonly people: MeetingPeople,
    @Inject(EVENT_ATTENDANCE) private readonly events: EventAttendance,
    private readonly requests: MeetingRequestsService,
    private readonly users: UsersService,
    private readonly availability: AvailabilityService,
    private readonly writer: MeetingWriter,
    private readonly notifier: MeetingNotifier,
    private readonly decliner: RequestDecliner,
    private readonly aftermath: MeetingAftermath,
    private readonly clock: Clock,
  ) {}

  async respond(viewer: Viewer, id: string, response: RequestAnswer): Promise<MeetingRequestEntity> {
    const now = this.clock.now();
    const reason = response.reason?.trim() || null;
    const location = response.location?.trim() || null;
    const early = new FieldProblems();
    if (reason && reason.length > MAX_REASON)
      early.add('reason', COMMON_MESSAGES.tooLong, { max: MAX_REASON });
    if (location && location.length > MAX_LOCATION)
      early.add('location', COMMON_MESSAGES.tooLong, { max: MAX_LOCATION });
    early.throwIfAny();
    const responder = await this.users.findById(viewer.userId);

    const { request, pending } = await this.unitOfWork.run(async (manager) => {
      const found = await this.requests.lockVisible(manager, viewer, id);
      const story = await storyOf(this.people, manager, found);
      if (viewer.companyId !== found.toCompanyId)
        throw meetingError('NOT_RECIPIENT', { params: { company: story.toName } });
      assertPending(found, now);
      if (!response.accept) {
        const told = await this.decliner.decline(manager, found.toCompanyId, [story], {
          reason,
          by: viewer.userId,
          at: now,
        });
        return { request: found, pending: told };
      }
      Object.assign(found, { respondedBy: viewer.userId, respondedAt: now, updatedAt: now });
      const meeting = await this.accept(
        manager,
        viewer,
        story,
        responder?.name ?? '',
        response.slot,
        location,
        now,
      );
      found.status = 'ACCEPTED';
      const saved = await this.repository.save(found, manager);
      const accepted = await this.notifier.requestAccepted(
        manager,
        { ...story, request: saved },
        responder?.name ?? '',
        meeting,
      );
      return { request: saved, pending: [accepted] };
    });
    await this.aftermath.settle({
      notices: pending,
      readBy: { userId: viewer.userId, about: { meetingRequestIds: [id] } },
      actingCompanyId: request.toCompanyId,
    });
    return request;
  }

  /** The meeting of an accepted request, or none when the event scheduler is to place it. */
  private async accept(
    manager: Transaction,
    viewer: Viewer,
    story: RequestStory,
    responderName: string,
    slot: TimeRangeInput | null | undefined,
    location: string | null,
    now: Date,
  ): Promise<MeetingEntity | null> {
    const { request } = story;
    const problems = new FieldProblems();
    const proposals: Range[] = request.proposedSlots.map((s) => ({
      start: new Date(s.start),
      end: new Date(s.end),
    }));
    let range: Range | null = null;
    if (slot) range = { start: slot.start, end: slot.end };
    else if (proposals.length === 1) range = proposals[0];
    else if (proposals.length > 1) problems.add('slot', M.chooseSlot);
    const event = request.eventId ? await this.events.attendance(request.eventId, [], manager) : null;
    if (range && checkMeetingRange(problems, 'slot', range, now)) {
      if (event && (range.start < event.startsAt || range.end > event.endsAt))
        problems.add('slot', M.outsideEvent);
      const unavailable = await this.availability.unavailable(
        manager,
        [request.requesterId, viewer.userId],
        range,
      );
      if (unavailable.has(viewer.userId)) problems.add('slot', M.outsideYourAvailability);
      if (unavailable.has(request.requesterId)) {
        problems.add('slot', M.outsideAvailabilityOf, { person: story.requesterName });
      }
    }
    problems.throwIfAny();
    if (!range) return null;
    return this.writer.create(
      manager,
      {
        ...range,
        requestId: request.id,
        eventId: request.eventId,
        location: location ?? request.location ?? event?.venue ?? null,
        createdBy: viewer.userId,
        now,
        seats: [
          { userId: request.requesterId, companyId: request.fromCompanyId, name: story.requesterName },
          { userId: viewer.userId, companyId: request.toCompanyId, name: responderName },
        ],
      },
      viewer.userId,
    );
  }
}
