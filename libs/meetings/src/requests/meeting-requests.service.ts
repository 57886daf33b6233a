import { Inject, Injectable } from '@nestjs/common';
import { isStaff, UsersService } from '@app/auth';
import {
  AppException,
  COMMON_MESSAGES,
  FieldProblems,
  parsePage,
  toConnection,
  type Viewer,
  isUuid,
} from '@app/common';
import { CompaniesService, COMPANY_THING } from '@app/companies';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork, type Transaction } from '@app/database';
import { formatTimeRange } from '@app/notifications';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../clock.js';
import type { MeetingRequestDirection } from '../dto/meeting-request.types.js';
import type { TimeRangeInput } from '../dto/time-range.types.js';
import type { MeetingRequestEntity, MeetingRequestStatus } from '../entities/meeting-request.entity.js';
import { meetingError, MEETING_REQUEST_THING } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingAftermath } from '../notify/meeting-aftermath.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { EVENT_ATTENDANCE, type EventAttendance } from '../ports/event-attendance.port.js';
import { isInstantIdKey } from '../rules/ids.js';
import { checkProposals, type Range } from '../rules/time-range-rules.js';
import { enforceQuotas, quotaLimits, REQUEST_LIFETIME_DAYS } from './request-quotas.js';
import { MeetingRequestRepository } from './meeting-request.repository.js';
import { assertPending, storyOf } from './request-story.js';

export const MAX_MESSAGE = 2000;
export const MAX_REASON = 1000;
export const MAX_LOCATION = 500;

export interface NewRequest {
  toCompanyId: string;
  eventId?: string | null;
  message?: string | null;
  location?: string | null;
  proposedSlots?: TimeRangeInput[] | null;
}

const ONE_PENDING_INDEX = 'meeting_requests_one_pending_idx';

export function canSeeRequest(viewer: Viewer, request: MeetingRequestEntity): boolean {
  return (
    isStaff(viewer) || viewer.companyId === request.fromCompanyId || viewer.companyId === request.toCompanyId
  );
}

/** Asking another company for a meeting, withdrawing the request, and the lists of requests. */
@Injectable()
export class MeetingRequestsService {
  constructor(
    private readonly repository: MeetingRequestRepository,
    private readonly people: MeetingPeople,
    private readonly unitOfWork: UnitOfWork,
    @Inject(EVENT_ATTENDANCE) private readonly events: EventAttendance,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompaniesService,
    private readonly users: UsersService,
    private readonly availability: AvailabilityService,
    private readonly notifier: MeetingNotifier,
    private readonly aftermath: MeetingAftermath,
    private readonly clock: Clock,
  ) {}

  async findVisible(viewer: Viewer, id: string): Promise<MeetingRequestEntity | null> {
    if (!isUuid(id)) return null;
    const request = await this.repository.findById(id);
    return request && canSeeRequest(viewer, request) ? request : null;
  }

  async findByIds(ids: readonly string[]): Promise<MeetingRequestEntity[]> {
    return this.repository.findByIds(ids);
  }

  async list(
    viewer: Viewer,
    first: number | null | undefined,
    after: string | null | undefined,
    status?: MeetingRequestStatus | null,
    direction?: MeetingRequestDirection | null,
  ) {
    const page = parsePage<[string, string]>(first, after, 2);
    if (page.after && !isInstantIdKey(page.after))
      new FieldProblems().add('after', COMMON_MESSAGES.badCursor).throwIfAny();
    const found = await this.repository.page(
      viewer,
      { status, direction },
      page.first + 1,
      page.after ? [String(page.after[0]), String(page.after[1])] : null,
    );
    if (!found) return toConnection([], page, 0, () => []);
    return toConnection(found.rows, page, found.total, (r) => [r.createdAt.toISOString(), r.id]);
  }

  async request(viewer: Viewer, input: NewRequest): Promise<MeetingRequestEntity> {
    if (!viewer.companyId) throw meetingError('NO_COMPANY');
    const now = this.clock.now();
    const problems = new FieldProblems();
    if (!isUuid(input.toCompanyId)) problems.add('toCompanyId', COMMON_MESSAGES.invalidId);
    if (input.eventId != null && !isUuid(input.eventId)) problems.add('eventId', COMMON_MESSAGES.invalidId);
    problems.throwIfAny();

    const [own, target] = await Promise.all([
      this.companies.findByIds([viewer.companyId]).then((c) => c[0]),
      this.companies.findByIds([input.toCompanyId]).then((c) => c[0]),
    ]);
    if (!target || !own) throw AppException.notFound(COMPANY_THING);
    if (!own.matchmakingOptIn) throw meetingError('SENDER_NOT_OPTED_IN');
    const requester = await this.users.findById(viewer.userId);
    if (!requester) throw AppException.unauthenticated();

    if (target.id === own.id) problems.add('toCompanyId', M.ownCompany);
    // A company that has not opted in is hidden: its name is not repeated to whoever holds its id.
    else if (!target.matchmakingOptIn) problems.add('toCompanyId', M.notOptedIn);
    const message = input.message?.trim() || null;
    if (message && message.length > MAX_MESSAGE)
      problems.add('message', COMMON_MESSAGES.tooLong, { max: MAX_MESSAGE });
    const location = input.location?.trim() || null;
    if (location && location.length > MAX_LOCATION)
      problems.add('location', COMMON_MESSAGES.tooLong, { max: MAX_LOCATION });
    const slots: Range[] = (input.proposedSlots ?? []).map((s) => ({ start: s.start, end: s.end }));
    if (slots.length === 0 && !input.eventId) problems.add('proposedSlots', M.slotsOrEvent);
    const usable = checkProposals(problems, 'proposedSlots', slots, now);
    if (input.eventId && isUuid(input.eventId)) {
      await this.checkEvent(problems, input.eventId, [own, target], slots, usable, now);
    }
    await this.checkRequesterTime(problems, viewer.userId, slots, usable);
    problems.throwIfAny();

    const describe = (instant: Date) =>
      formatTimeRange(instant, undefined, viewer.locale, requester.timeZone);
    const { request, pending } = await this.unitOfWork
      .run(async (manager) => {
        await enforceQuotas({ requests: this.repository, people: this.people }, manager, {
          fromCompanyId: own.id,
          toCompanyId: target.id,
          toName: target.name,
          now,
          limits: quotaLimits(this.config),
          describe,
        });
        const created = await this.repository.insert(
          {
            fromCompanyId: own.id,
            toCompanyId: target.id,
            requesterId: viewer.userId,
            eventId: input.eventId ?? null,
            message,
            location,
            proposedSlots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
            status: 'PENDING',
            expiresAt: new Date(now.getTime() + REQUEST_LIFETIME_DAYS * 24 * 3600 * 1000),
            createdAt: now,
            updatedAt: now,
          },
          manager,
        );
        const story = {
          request: created,
          fromName: own.name,
          toName: target.name,
          requesterName: requester.name,
        };
        return { request: created, pending: await this.notifier.requestReceived(manager, story) };
      })
      .catch((error: unknown) => {
        // Requests of one company queue on its row lock: only the other side can have raced us here.
        if ((error as { constraint?: string }).constraint === ONE_PENDING_INDEX) {
          throw meetingError('PENDING_FROM_THEM', { params: { company: target.name }, cause: error });
        }
        throw error;
      });
    await this.aftermath.settle({ notices: [pending], actingCompanyId: own.id });
    return request;
  }

  /** The requester, or an administrator of the requesting company, withdraws a waiting request. */
  async cancel(viewer: Viewer, id: string, reason?: string | null): Promise<MeetingRequestEntity> {
    const cleanReason = reason?.trim() || null;
    if (cleanReason && cleanReason.length > MAX_REASON) {
      new FieldProblems().add('reason', COMMON_MESSAGES.tooLong, { max: MAX_REASON }).throwIfAny();
    }
    const now = this.clock.now();
    const { request, pending } = await this.unitOfWork.run(async (manager) => {
      const found = await this.lockVisible(manager, viewer, id);
      const mayWithdraw =
        found.requesterId === viewer.userId ||
        (viewer.role === 'COMPANY_ADMIN' && viewer.companyId === found.fromCompanyId);
      if (!mayWithdraw) throw meetingError('NOT_REQUESTER');
      assertPending(found, now);
      Object.assign(found, { status: 'CANCELLED', responseReason: cleanReason, updatedAt: now });
      const saved = await this.repository.save(found, manager);
      const actor = await this.users.findById(viewer.userId);
      const story = await storyOf(this.people, manager, saved);
      return {
        request: saved,
        pending: await this.notifier.requestCancelled(manager, story, actor?.name ?? ''),
      };
    });
    await this.aftermath.settle({
      notices: [pending],
      readBy: { userId: viewer.userId, about: { meetingRequestIds: [id] } },
    });
    return request;
  }

  async lockVisible(manager: Transaction, viewer: Viewer, id: string): Promise<MeetingRequestEntity> {
    const found = isUuid(id) ? await this.repository.lockById(id, manager) : null;
    if (!found || !canSeeRequest(viewer, found)) throw AppException.notFound(MEETING_REQUEST_THING);
    return found;
  }

  /** Both companies must be confirmed for the event, and proposals must fall within it. */
  private async checkEvent(
    problems: FieldProblems,
    eventId: string,
    [own, target]: { id: string; name: string }[],
    slots: Range[],
    usable: number[],
    now: Date,
  ): Promise<void> {
    const event = await this.events.attendance(eventId, [own.id, target.id]);
    if (!event) {
      problems.add('eventId', M.eventNotFound);
      return;
    }
    if (event.endsAt <= now) problems.add('eventId', M.eventOver);
    for (const company of [own, target]) {
      if (!event.confirmedCompanyIds.includes(company.id))
        problems.add('eventId', M.notRegistered, { company: company.name });
    }
    for (const i of usable) {
      if (slots[i].start < event.startsAt || slots[i].end > event.endsAt)
        problems.add(`proposedSlots[${i}]`, M.outsideEvent);
    }
  }

  /** Proposals must fit the requester's availability and not clash with their meetings. */
  private async checkRequesterTime(
    problems: FieldProblems,
    userId: string,
    slots: Range[],
    usable: number[],
  ) {
    const busy = await this.availability.busy(
      undefined,
      userId,
      usable.map((i) => slots[i]),
    );
    for (const [position, i] of usable.entries()) {
      if ((await this.availability.unavailable(undefined, [userId], slots[i])).size > 0) {
        problems.add(`proposedSlots[${i}]`, M.outsideYourAvailability);
      }
      if (busy.has(position)) problems.add(`proposedSlots[${i}]`, M.overlapsYourMeeting);
    }
  }
}
