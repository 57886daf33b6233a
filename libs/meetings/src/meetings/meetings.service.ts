import { Injectable } from '@nestjs/common';
import { isStaff, UsersService } from '@app/auth';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer, isUuid } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import type { PendingNotifications } from '@app/notifications';
import { Clock } from '../clock.js';
import type { MeetingOutcomeInput } from '../dto/meeting.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingOutcomeEntity, PartnershipStage } from '../entities/meeting-outcome.entity.js';
import type { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import { meetingError, MEETING_THING } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingAftermath } from '../notify/meeting-aftermath.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { MeetingReschedulesRepository } from '../reschedules/meeting-reschedules.repository.js';
import { MAX_REASON } from '../requests/meeting-requests.service.js';
import { MeetingWriter } from './meeting-writer.js';
import { MeetingsRepository } from './meetings.repository.js';

export const MAX_NOTE = 2000;

/** Whether the viewer sits in the meeting or belongs to one of its companies. */
function isParty(viewer: Viewer, seats: MeetingParticipantEntity[]): boolean {
  return seats.some(
    (s) => s.userId === viewer.userId || (viewer.companyId !== null && s.companyId === viewer.companyId),
  );
}

/** One's meetings, cancelling them, and what each side records afterwards. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly repository: MeetingsRepository,
    private readonly people: MeetingPeople,
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UsersService,
    private readonly writer: MeetingWriter,
    private readonly notifier: MeetingNotifier,
    private readonly aftermath: MeetingAftermath,
    private readonly clock: Clock,
    private readonly reschedules: MeetingReschedulesRepository,
  ) {}

  /**
   * Meetings the viewer sits in (and, with `company`, those of their colleagues) that end after
   * `from` (default: now) and start before `to` (default: no end), cancelled ones included.
   */
  async list(
    viewer: Viewer,
    from?: Date | null,
    to?: Date | null,
    company = false,
  ): Promise<MeetingEntity[]> {
    const since = from ?? this.clock.now();
    if (to && to <= since) new FieldProblems().add('to', M.toBeforeFrom).throwIfAny();
    return this.repository.ofPerson(
      { userId: viewer.userId, companyId: viewer.companyId, company: company && viewer.companyId !== null },
      since,
      to ?? null,
    );
  }

  async findVisible(viewer: Viewer, id: string): Promise<MeetingEntity | null> {
    if (!isUuid(id)) return null;
    const meeting = await this.repository.findById(id);
    if (!meeting) return null;
    return isStaff(viewer) || isParty(viewer, await this.repository.seatsOf([id])) ? meeting : null;
  }

  findByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.repository.findByIds(ids);
  }

  /** Those of the meetings still scheduled, earliest first. */
  scheduledAmong(ids: readonly string[], tx?: Transaction): Promise<MeetingEntity[]> {
    return this.repository.scheduledAmong(ids, tx);
  }

  findByRequestIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.repository.findByRequestIds(ids);
  }

  seatsOf(meetingIds: readonly string[]): Promise<MeetingParticipantEntity[]> {
    return this.repository.seatsOf(meetingIds);
  }

  /**
   * A stage answered from a follow-up email (a one-click link, no sign-in): only the stage (and
   * when) changes on an outcome already recorded; a meeting without one gets one.
   */
  async recordStage(
    manager: Transaction,
    meetingId: string,
    companyId: string,
    stage: PartnershipStage,
  ): Promise<void> {
    await this.repository.upsertStage(meetingId, companyId, stage, manager);
  }

  /** Every company's outcomes of the meetings, for reports of the domains that arranged them. */
  outcomesOfMeetings(meetingIds: readonly string[]): Promise<MeetingOutcomeEntity[]> {
    return this.repository.outcomesOfMeetings(meetingIds);
  }

  outcomesOf(companyId: string, meetingIds: readonly string[]): Promise<MeetingOutcomeEntity[]> {
    return this.repository.outcomesOf(companyId, meetingIds);
  }

  /** Either side cancels before the meeting starts; the others are told and the time frees up. */
  async cancel(viewer: Viewer, id: string, reason?: string | null): Promise<MeetingEntity> {
    const cleanReason = reason?.trim() || null;
    if (cleanReason && cleanReason.length > MAX_REASON) {
      new FieldProblems().add('reason', COMMON_MESSAGES.tooLong, { max: MAX_REASON }).throwIfAny();
    }
    const now = this.clock.now();
    const actor = await this.users.findById(viewer.userId);
    const { meeting, pending } = await this.unitOfWork.run(async (manager) => {
      const { meeting: found, seats } = await this.lockAsParty(manager, viewer, id);
      if (found.status === 'CANCELLED') throw meetingError('MEETING_CANCELLED');
      if (found.start <= now) throw meetingError('MEETING_STARTED');
      const companyName = (await this.people.companyNames([viewer.companyId], manager)).get(
        viewer.companyId!,
      );
      return this.cancelLocked(manager, found, seats, cleanReason, now, {
        id: viewer.userId,
        name: actor?.name ?? '',
        companyName: companyName ?? '',
      });
    });
    await this.aftermath.settle({
      notices: [pending],
      readBy: {
        userId: viewer.userId,
        about: { meetingIds: [id], meetingRequestIds: meeting.requestId ? [meeting.requestId] : [] },
      },
    });
    return meeting;
  }

  /**
   * Staff cancel the meetings arranged for something that is itself cancelled (a trade mission),
   * in the caller's transaction: those not started yet are cancelled, their seats freed and both
   * sides told as if `actor` (staff, for `organizer`) had cancelled each; calendars drop them.
   * The notifications are delivered by the caller after commit.
   */
  async cancelArranged(
    manager: Transaction,
    meetingIds: readonly string[],
    actor: { userId: string; organizer: string },
  ): Promise<PendingNotifications[]> {
    const now = this.clock.now();
    const staff = await this.users.findById(actor.userId);
    const told: PendingNotifications[] = [];
    // One lock order whatever the caller's, so two cancellations never wait on each other.
    for (const id of [...meetingIds].sort()) {
      const found = await this.repository.lockById(id, manager);
      if (!found || found.status === 'CANCELLED' || found.start <= now) continue;
      const seats = await this.repository.seatsOf([id], manager);
      const { pending } = await this.cancelLocked(manager, found, seats, null, now, {
        id: actor.userId,
        name: staff?.name ?? '',
        companyName: actor.organizer,
      });
      told.push(pending);
    }
    return told;
  }

  /** Cancels a meeting already locked and still to come, and tells the others. */
  private async cancelLocked(
    manager: Transaction,
    found: MeetingEntity,
    seats: MeetingParticipantEntity[],
    reason: string | null,
    now: Date,
    actor: { id: string; name: string; companyName: string },
  ) {
    Object.assign(found, {
      status: 'CANCELLED',
      cancelledBy: actor.id,
      cancelledAt: now,
      cancelReason: reason,
      sequence: found.sequence + 1,
      updatedAt: now,
    });
    const saved = await this.repository.save(found, manager);
    await this.repository.freeSeats(found.id, manager);
    // A new time proposed for a meeting that no longer takes place is withdrawn with it.
    await this.reschedules.withdrawOpenOf(found.id, actor.id, now, manager);
    await this.syncConnections(manager, seats);
    const pending = await this.notifier.meetingCancelled(manager, saved, seats, actor);
    return { meeting: saved, pending };
  }

  /** Once the meeting has started, each company records its outcome (again, to correct it). */
  async recordOutcome(
    viewer: Viewer,
    meetingId: string,
    input: MeetingOutcomeInput,
  ): Promise<MeetingOutcomeEntity> {
    if (!viewer.companyId) throw meetingError('NO_COMPANY');
    const note = input.note?.trim() || null;
    const noShow = input.noShow ?? false;
    const problems = new FieldProblems();
    if (note && note.length > MAX_NOTE)
      problems.add('input.note', COMMON_MESSAGES.tooLong, { max: MAX_NOTE });
    if (noShow && input.useful) problems.add('input.useful', M.noShowUseful);
    if (noShow && input.partnershipDiscussed) problems.add('input.partnershipDiscussed', M.noShowDiscussed);
    problems.throwIfAny();
    const now = this.clock.now();
    const outcome = await this.unitOfWork.run(async (manager) => {
      const { meeting, seats } = await this.lockAsParty(manager, viewer, meetingId);
      if (meeting.status === 'CANCELLED') throw meetingError('MEETING_CANCELLED');
      if (meeting.start > now) throw meetingError('MEETING_NOT_HELD');
      await this.repository.upsertOutcome(
        {
          meetingId: meeting.id,
          companyId: viewer.companyId!,
          useful: input.useful,
          followUpPlanned: input.followUpPlanned ?? false,
          partnershipDiscussed: input.partnershipDiscussed ?? false,
          noShow,
          note,
          recordedBy: viewer.userId,
          at: now,
          stage: input.stage ?? null,
        },
        manager,
      );
      await this.syncConnections(manager, seats);
      return this.repository.outcomeOf(meeting.id, viewer.companyId!, manager);
    });
    await this.aftermath.settle({ actingCompanyId: viewer.companyId });
    return outcome;
  }

  private async lockAsParty(manager: Transaction, viewer: Viewer, id: string) {
    const meeting = isUuid(id) ? await this.repository.lockById(id, manager) : null;
    const seats = meeting ? await this.repository.seatsOf([id], manager) : [];
    if (!meeting || (!isParty(viewer, seats) && !isStaff(viewer))) throw AppException.notFound(MEETING_THING);
    if (!isParty(viewer, seats)) throw meetingError('NOT_A_PARTY');
    return { meeting, seats };
  }

  private syncConnections(manager: Transaction, seats: MeetingParticipantEntity[]): Promise<void> {
    return this.writer.syncConnections(
      manager,
      seats.map((s) => s.companyId),
    );
  }
}
