import { Injectable } from '@nestjs/common';
import { isStaff, UsersService } from '@app/auth';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { Clock } from '../clock.js';
import type { MeetingOutcomeInput } from '../dto/meeting.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingOutcomeEntity, PartnershipStage } from '../entities/meeting-outcome.entity.js';
import type { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import { meetingError, MEETING_THING } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { MeetingPeopleRepository } from '../people/meeting-people.repository.js';
import { isUuid } from '../rules/ids.js';
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
    private readonly people: MeetingPeopleRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UsersService,
    private readonly writer: MeetingWriter,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
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
      Object.assign(found, {
        status: 'CANCELLED',
        cancelledBy: viewer.userId,
        cancelledAt: now,
        cancelReason: cleanReason,
        sequence: found.sequence + 1,
        updatedAt: now,
      });
      const saved = await this.repository.save(found, manager);
      await this.repository.freeSeats(id, manager);
      await this.syncConnections(manager, seats);
      const companyName = (await this.people.companyNames([viewer.companyId], manager)).get(
        viewer.companyId!,
      );
      const told = await this.notifier.meetingCancelled(manager, saved, seats, {
        id: viewer.userId,
        name: actor?.name ?? '',
        companyName: companyName ?? '',
      });
      return { meeting: saved, pending: told };
    });
    await this.notifications.deliver(pending);
    await this.notifications.markReadAbout(viewer.userId, {
      meetingIds: [id],
      meetingRequestIds: meeting.requestId ? [meeting.requestId] : [],
    });
    return meeting;
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
    return this.unitOfWork.run(async (manager) => {
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
