import { Injectable } from '@nestjs/common';
import { isStaff, UsersService } from '@app/auth';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer, isUuid } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../clock.js';
import type { TimeRangeInput } from '../dto/time-range.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import { meetingError, MEETING_THING, RESCHEDULE_THING } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingsRepository } from '../meetings/meetings.repository.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { MAX_MESSAGE } from '../requests/meeting-requests.service.js';
import { checkMeetingRange, checkProposals, sameRange, type Range } from '../rules/time-range-rules.js';
import {
  MeetingReschedulesRepository,
  ONE_OPEN_RESCHEDULE_INDEX,
  type MeetingReschedule,
} from './meeting-reschedules.repository.js';

const NO_OVERLAP = 'meeting_participants_no_overlap';

/**
 * Moving a scheduled meeting: a person of either company proposes one to three new times, a
 * person of the other company accepts one (the meeting and its seats move, its calendar SEQUENCE
 * rises) or declines (nothing moves), unless the proposer's company withdraws it first. Every step locks the meeting's row first, so they queue
 * behind each other and behind a cancellation; times are checked for both seated people inside
 * that transaction, and the seats' exclusion constraint settles any race with another booking.
 * Meetings placed in an event's grid or arranged for a trade mission are not moved here.
 */
@Injectable()
export class MeetingReschedulesService {
  constructor(
    private readonly repository: MeetingReschedulesRepository,
    private readonly meetings: MeetingsRepository,
    private readonly people: MeetingPeople,
    private readonly users: UsersService,
    private readonly availability: AvailabilityService,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  openOf(meetingIds: readonly string[]): Promise<MeetingReschedule[]> {
    return this.repository.openOf(meetingIds);
  }

  async propose(
    viewer: Viewer,
    meetingId: string,
    slots: TimeRangeInput[],
    message?: string | null,
  ): Promise<MeetingEntity> {
    const now = this.clock.now();
    const note = message?.trim() || null;
    const ranges: Range[] = slots.map((s) => ({ start: s.start, end: s.end }));
    const problems = new FieldProblems();
    if (note && note.length > MAX_MESSAGE)
      problems.add('message', COMMON_MESSAGES.tooLong, { max: MAX_MESSAGE });
    if (ranges.length === 0) problems.add('slots', M.oneToThree);
    const usable = checkProposals(problems, 'slots', ranges, now);
    const proposer = await this.users.findById(viewer.userId);
    const { meeting, pending } = await this.unitOfWork
      .run(async (manager) => {
        const { meeting: found, seats } = await this.lockMovable(manager, viewer, meetingId, now);
        for (const i of usable) {
          if (sameRange(ranges[i], found)) problems.add(`slots[${i}]`, M.sameTime);
          else await this.checkTime(manager, problems, `slots[${i}]`, ranges[i], found, seats, viewer);
        }
        problems.throwIfAny();
        if ((await this.repository.openOf([found.id])).length > 0) throw meetingError('RESCHEDULE_OPEN');
        const proposal = await this.repository.insert(
          {
            meetingId: found.id,
            proposedBy: viewer.userId,
            proposerCompanyId: viewer.companyId!,
            slots: ranges,
            message: note,
            at: now,
          },
          manager,
        );
        const names = await this.people.companyNames([viewer.companyId], manager);
        const told = await this.notifier.rescheduleProposed(manager, found, seats, {
          id: proposal.id,
          companyId: viewer.companyId!,
          company: names.get(viewer.companyId!) ?? '',
          person: proposer?.name ?? '',
          message: note,
        });
        return { meeting: found, pending: told };
      })
      .catch((error: unknown) => {
        if ((error as { constraint?: string }).constraint === ONE_OPEN_RESCHEDULE_INDEX)
          throw meetingError('RESCHEDULE_OPEN', { cause: error });
        throw error;
      });
    await this.notifications.deliver(pending);
    return meeting;
  }

  /** The other company accepts one of the proposed times (`slot`, optional when one) or declines. */
  async respond(
    viewer: Viewer,
    id: string,
    accept: boolean,
    slot?: TimeRangeInput | null,
  ): Promise<MeetingEntity> {
    const now = this.clock.now();
    const answerer = await this.users.findById(viewer.userId);
    const { meeting, pending } = await this.unitOfWork
      .run(async (manager) => {
        const seen = isUuid(id) ? await this.repository.peek(id, manager) : null;
        if (!seen) throw AppException.notFound(RESCHEDULE_THING);
        const { meeting: found, seats } = await this.lockMovable(
          manager,
          viewer,
          seen.meetingId,
          now,
          RESCHEDULE_THING,
        );
        const proposal = (await this.repository.lockById(id, manager))!;
        if (proposal.status !== 'OPEN') throw meetingError('RESCHEDULE_CLOSED');
        if (proposal.proposerCompanyId === viewer.companyId) throw meetingError('OWN_RESCHEDULE');
        const names = await this.people.companyNames(
          seats.map((s) => s.companyId),
          manager,
        );
        if (!accept) {
          await this.repository.close(proposal.id, 'DECLINED', viewer.userId, now, manager);
          const told = proposal.proposedBy
            ? await this.notifier.rescheduleDeclined(manager, found, proposal.proposedBy, {
                proposalId: proposal.id,
                company: names.get(viewer.companyId!) ?? '',
                person: answerer?.name ?? '',
              })
            : null;
          return { meeting: found, pending: told };
        }
        const range = this.chosen(proposal, slot, now);
        const problems = new FieldProblems();
        await this.checkTime(manager, problems, 'slot', range, found, seats, viewer);
        problems.throwIfAny();
        await this.meetings.move(found.id, range, now, manager);
        await this.repository.close(proposal.id, 'ACCEPTED', viewer.userId, now, manager);
        const moved = (await this.meetings.findById(found.id, manager))!;
        const told = await this.notifier.rescheduled(manager, moved, seats, names, proposal.id);
        return { meeting: moved, pending: told };
      })
      .catch((error: unknown) => {
        // Another booking took one of the people's time between our check and the move.
        if ((error as { constraint?: string }).constraint === NO_OVERLAP)
          new FieldProblems().add('slot', M.overlapsAMeeting).throwIfAny();
        throw error;
      });
    if (pending) await this.notifications.deliver(pending);
    await this.notifications.markReadAbout(viewer.userId, { meetingIds: [meeting.id] });
    return meeting;
  }

  /**
   * The proposer's company takes its open proposal back before it is answered: the meeting stays
   * at its time and the people who were asked to answer are told. A started meeting's proposal can
   * still be withdrawn (it can no longer be accepted); a cancelled one's was withdrawn already.
   */
  async withdraw(viewer: Viewer, meetingId: string): Promise<MeetingEntity> {
    const now = this.clock.now();
    const withdrawer = await this.users.findById(viewer.userId);
    const { meeting, pending } = await this.unitOfWork.run(async (manager) => {
      const { meeting: found, seats } = await this.lockAsParty(manager, viewer, meetingId);
      const proposal = await this.repository.lockOpenOf(found.id, manager);
      if (!proposal) throw meetingError('NO_OPEN_RESCHEDULE');
      if (proposal.proposerCompanyId !== viewer.companyId) throw meetingError('NOT_OWN_RESCHEDULE');
      await this.repository.close(proposal.id, 'WITHDRAWN', viewer.userId, now, manager);
      const names = await this.people.companyNames([viewer.companyId], manager);
      const told = await this.notifier.rescheduleWithdrawn(manager, found, seats, {
        proposalId: proposal.id,
        companyId: viewer.companyId!,
        company: names.get(viewer.companyId!) ?? '',
        person: withdrawer?.name ?? '',
      });
      return { meeting: found, pending: told };
    });
    await this.notifications.deliver(pending);
    await this.notifications.markReadAbout(viewer.userId, { meetingIds: [meeting.id] });
    return meeting;
  }

  /** The proposed range the answer picks; any problem is reported on `slot`. */
  private chosen(proposal: MeetingReschedule, slot: TimeRangeInput | null | undefined, now: Date): Range {
    const problems = new FieldProblems();
    let range: Range | null = null;
    if (slot) {
      range = proposal.slots.find((s) => sameRange(s, slot)) ?? null;
      if (!range) problems.add('slot', M.notProposed);
    } else if (proposal.slots.length === 1) range = proposal.slots[0];
    else problems.add('slot', M.chooseSlot);
    if (range) checkMeetingRange(problems, 'slot', range, now);
    problems.throwIfAny();
    return range!;
  }

  /** Both seated people must be available then and free of any other meeting. */
  private async checkTime(
    manager: Transaction,
    problems: FieldProblems,
    path: string,
    range: Range,
    meeting: MeetingEntity,
    seats: MeetingParticipantEntity[],
    viewer: Viewer,
  ): Promise<void> {
    const userIds = seats.map((s) => s.userId);
    const people = new Map((await this.users.findByIds(userIds)).map((u) => [u.id, u.name]));
    const unavailable = await this.availability.unavailable(manager, userIds, range);
    for (const userId of userIds) {
      const person = people.get(userId) ?? '';
      const you = userId === viewer.userId;
      if (unavailable.has(userId))
        problems.add(path, you ? M.outsideYourAvailability : M.outsideAvailabilityOf, { person });
      if ((await this.availability.busy(manager, userId, [range], meeting.id)).size > 0)
        problems.add(path, you ? M.overlapsYourMeeting : M.overlapsMeetingOf, { person });
    }
  }

  /** Locks a meeting the viewer's company sits in (others: not found; staff: not a party). */
  private async lockAsParty(
    manager: Transaction,
    viewer: Viewer,
    meetingId: string,
    thing = MEETING_THING,
  ): Promise<{ meeting: MeetingEntity; seats: MeetingParticipantEntity[] }> {
    const meeting = isUuid(meetingId) ? await this.meetings.lockById(meetingId, manager) : null;
    const seats = meeting ? await this.meetings.activeSeatsOf(meeting.id, manager) : [];
    const allSeats = meeting ? await this.meetings.seatsOf([meeting.id], manager) : [];
    const party =
      viewer.companyId !== null &&
      allSeats.some((s) => s.userId === viewer.userId || s.companyId === viewer.companyId);
    if (!meeting || (!party && !isStaff(viewer))) throw AppException.notFound(thing);
    if (!party) throw meetingError('NOT_A_PARTY');
    return { meeting, seats };
  }

  /** Locks a meeting the viewer's company sits in, still to come and free to move. */
  private async lockMovable(
    manager: Transaction,
    viewer: Viewer,
    meetingId: string,
    now: Date,
    thing = MEETING_THING,
  ): Promise<{ meeting: MeetingEntity; seats: MeetingParticipantEntity[] }> {
    const { meeting, seats } = await this.lockAsParty(manager, viewer, meetingId, thing);
    if (meeting.status === 'CANCELLED') throw meetingError('MEETING_CANCELLED');
    if (meeting.start <= now) throw meetingError('MEETING_STARTED_MOVE');
    if (meeting.kind === 'MISSION' || meeting.eventId !== null) throw meetingError('NOT_MOVABLE');
    return { meeting, seats };
  }
}
