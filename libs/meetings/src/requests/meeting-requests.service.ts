import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { isStaff, UsersService } from '@app/auth';
import {
  AppException,
  COMMON_MESSAGES,
  FieldProblems,
  parsePage,
  toConnection,
  type Viewer,
} from '@app/common';
import { CompaniesService, COMPANY_THING } from '@app/companies';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { formatTimeRange, NotificationsService } from '@app/notifications';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../clock.js';
import type { MeetingRequestDirection } from '../dto/meeting-request.types.js';
import type { TimeRangeInput } from '../dto/time-range.types.js';
import { MeetingRequestEntity, type MeetingRequestStatus } from '../entities/meeting-request.entity.js';
import { meetingError, MEETING_REQUEST_THING } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { isInstantIdKey, isUuid } from '../rules/ids.js';
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

interface EventRow {
  starts_at: Date;
  ends_at: Date;
  confirmed: string[];
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
    @InjectRepository(MeetingRequestEntity) private readonly requests: Repository<MeetingRequestEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: MeetingRequestRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompaniesService,
    private readonly users: UsersService,
    private readonly availability: AvailabilityService,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async findVisible(viewer: Viewer, id: string): Promise<MeetingRequestEntity | null> {
    if (!isUuid(id)) return null;
    const request = await this.requests.findOne({ where: { id } });
    return request && canSeeRequest(viewer, request) ? request : null;
  }

  async findByIds(ids: readonly string[]): Promise<MeetingRequestEntity[]> {
    return ids.length
      ? this.requests.createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany()
      : [];
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
    const query = this.repository.scoped(viewer, { status, direction });
    if (!query) return toConnection([], page, 0, () => []);
    const totalCount = await query.clone().getCount();
    if (page.after) {
      query.andWhere('(r.created_at, r.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: page.after[0],
        afterId: page.after[1],
      });
    }
    const rows = await query
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page, totalCount, (r) => [r.createdAt.toISOString(), r.id]);
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
    const { request, pending } = await this.dataSource
      .transaction(async (manager) => {
        await enforceQuotas(manager, {
          fromCompanyId: own.id,
          toCompanyId: target.id,
          toName: target.name,
          now,
          limits: quotaLimits(this.config),
          describe,
        });
        const created = await manager.getRepository(MeetingRequestEntity).save(
          manager.getRepository(MeetingRequestEntity).create({
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
          }),
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
    await this.notifications.deliver(pending);
    return request;
  }

  /** The requester, or an administrator of the requesting company, withdraws a waiting request. */
  async cancel(viewer: Viewer, id: string, reason?: string | null): Promise<MeetingRequestEntity> {
    const cleanReason = reason?.trim() || null;
    if (cleanReason && cleanReason.length > MAX_REASON) {
      new FieldProblems().add('reason', COMMON_MESSAGES.tooLong, { max: MAX_REASON }).throwIfAny();
    }
    const now = this.clock.now();
    const { request, pending } = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockVisible(manager, viewer, id);
      const mayWithdraw =
        found.requesterId === viewer.userId ||
        (viewer.role === 'COMPANY_ADMIN' && viewer.companyId === found.fromCompanyId);
      if (!mayWithdraw) throw meetingError('NOT_REQUESTER');
      assertPending(found, now);
      Object.assign(found, { status: 'CANCELLED', responseReason: cleanReason, updatedAt: now });
      const saved = await manager.save(found);
      const actor = await this.users.findById(viewer.userId);
      const story = await storyOf(manager, saved);
      return {
        request: saved,
        pending: await this.notifier.requestCancelled(manager, story, actor?.name ?? ''),
      };
    });
    await this.notifications.deliver(pending);
    await this.notifications.markReadAbout(viewer.userId, { meetingRequestIds: [id] });
    return request;
  }

  async lockVisible(manager: EntityManager, viewer: Viewer, id: string): Promise<MeetingRequestEntity> {
    const found = isUuid(id)
      ? await manager.findOne(MeetingRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
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
    const [event]: EventRow[] = await this.dataSource.query(
      `SELECT e.starts_at, e.ends_at,
              array(SELECT DISTINCT r.company_id::text FROM event_registrations r
                     WHERE r.event_id = e.id AND r.status = 'CONFIRMED' AND r.company_id = ANY($2::uuid[])) AS confirmed
         FROM events e WHERE e.id = $1`,
      [eventId, [own.id, target.id]],
    );
    if (!event) {
      problems.add('eventId', M.eventNotFound);
      return;
    }
    if (event.ends_at <= now) problems.add('eventId', M.eventOver);
    for (const company of [own, target]) {
      if (!event.confirmed.includes(company.id))
        problems.add('eventId', M.notRegistered, { company: company.name });
    }
    for (const i of usable) {
      if (slots[i].start < event.starts_at || slots[i].end > event.ends_at)
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
    const manager = this.dataSource.manager;
    const busy = await this.availability.busy(
      manager,
      userId,
      usable.map((i) => slots[i]),
    );
    for (const [position, i] of usable.entries()) {
      if ((await this.availability.unavailable(manager, [userId], slots[i])).size > 0) {
        problems.add(`proposedSlots[${i}]`, M.outsideYourAvailability);
      }
      if (busy.has(position)) problems.add(`proposedSlots[${i}]`, M.overlapsYourMeeting);
    }
  }
}
