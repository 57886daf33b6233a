import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { isStaff, UsersService } from '@app/auth';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { NotificationsService } from '@app/notifications';
import { Clock } from '../clock.js';
import type { MeetingOutcomeInput } from '../dto/meeting.types.js';
import { MeetingEntity } from '../entities/meeting.entity.js';
import { MeetingOutcomeEntity, type PartnershipStage } from '../entities/meeting-outcome.entity.js';
import { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import { meetingError, MEETING_THING } from '../meetings.errors.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { isUuid } from '../rules/ids.js';
import { MAX_REASON } from '../requests/meeting-requests.service.js';
import { MeetingWriter } from './meeting-writer.js';

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
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(MeetingParticipantEntity) private readonly seats: Repository<MeetingParticipantEntity>,
    @InjectRepository(MeetingOutcomeEntity) private readonly outcomes: Repository<MeetingOutcomeEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const query = this.meetings
      .createQueryBuilder('m')
      .where(
        `EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id
                   AND (p.user_id = :userId OR (:company AND p.company_id = :companyId)))`,
        { userId: viewer.userId, company: company && viewer.companyId !== null, companyId: viewer.companyId },
      )
      .andWhere('m.ends_at > :since', { since });
    if (to) query.andWhere('m.starts_at < :to', { to });
    return query.orderBy('m.starts_at', 'ASC').addOrderBy('m.id', 'ASC').getMany();
  }

  async findVisible(viewer: Viewer, id: string): Promise<MeetingEntity | null> {
    if (!isUuid(id)) return null;
    const meeting = await this.meetings.findOne({ where: { id } });
    if (!meeting) return null;
    return isStaff(viewer) || isParty(viewer, await this.seats.find({ where: { meetingId: id } }))
      ? meeting
      : null;
  }

  findByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return ids.length ? this.meetings.find({ where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  findByRequestIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return ids.length ? this.meetings.find({ where: { requestId: In([...ids]) } }) : Promise.resolve([]);
  }

  seatsOf(meetingIds: readonly string[]): Promise<MeetingParticipantEntity[]> {
    return meetingIds.length
      ? this.seats.find({ where: { meetingId: In([...meetingIds]) } })
      : Promise.resolve([]);
  }

  /**
   * A stage answered from a follow-up email (a one-click link, no sign-in): only the stage (and
   * when) changes on an outcome already recorded; a meeting without one gets one.
   */
  async recordStage(
    manager: EntityManager,
    meetingId: string,
    companyId: string,
    stage: PartnershipStage,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO meeting_outcomes (meeting_id, company_id, useful, follow_up_planned, partnership_discussed,
                                     no_show, stage, recorded_at)
       VALUES ($1, $2, $3, false, false, false, $4, now())
       ON CONFLICT (meeting_id, company_id) DO UPDATE SET stage = EXCLUDED.stage, recorded_at = EXCLUDED.recorded_at`,
      [meetingId, companyId, stage !== 'NO_FURTHER_CONTACT', stage],
    );
  }

  /** Every company's outcomes of the meetings, for reports of the domains that arranged them. */
  outcomesOfMeetings(meetingIds: readonly string[]): Promise<MeetingOutcomeEntity[]> {
    return meetingIds.length
      ? this.outcomes.find({ where: { meetingId: In([...meetingIds]) } })
      : Promise.resolve([]);
  }

  outcomesOf(companyId: string, meetingIds: readonly string[]): Promise<MeetingOutcomeEntity[]> {
    return meetingIds.length
      ? this.outcomes.find({ where: { companyId, meetingId: In([...meetingIds]) } })
      : Promise.resolve([]);
  }

  /** Either side cancels before the meeting starts; the others are told and the time frees up. */
  async cancel(viewer: Viewer, id: string, reason?: string | null): Promise<MeetingEntity> {
    const cleanReason = reason?.trim() || null;
    if (cleanReason && cleanReason.length > MAX_REASON) {
      new FieldProblems().add('reason', COMMON_MESSAGES.tooLong, { max: MAX_REASON }).throwIfAny();
    }
    const now = this.clock.now();
    const actor = await this.users.findById(viewer.userId);
    const { meeting, pending } = await this.dataSource.transaction(async (manager) => {
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
      const saved = await manager.save(found);
      await manager.update(MeetingParticipantEntity, { meetingId: id }, { active: false });
      await this.syncConnections(manager, seats);
      const [company]: { name: string }[] = await manager.query(`SELECT name FROM companies WHERE id = $1`, [
        viewer.companyId,
      ]);
      const told = await this.notifier.meetingCancelled(manager, saved, seats, {
        id: viewer.userId,
        name: actor?.name ?? '',
        companyName: company?.name ?? '',
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
    return this.dataSource.transaction(async (manager) => {
      const { meeting, seats } = await this.lockAsParty(manager, viewer, meetingId);
      if (meeting.status === 'CANCELLED') throw meetingError('MEETING_CANCELLED');
      if (meeting.start > now) throw meetingError('MEETING_NOT_HELD');
      await manager.query(
        `INSERT INTO meeting_outcomes (meeting_id, company_id, useful, follow_up_planned, partnership_discussed,
                                       no_show, note, recorded_by, recorded_at, stage)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (meeting_id, company_id) DO UPDATE SET
           useful = EXCLUDED.useful, follow_up_planned = EXCLUDED.follow_up_planned,
           partnership_discussed = EXCLUDED.partnership_discussed, no_show = EXCLUDED.no_show,
           note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at,
           stage = coalesce(EXCLUDED.stage, meeting_outcomes.stage)`,
        [
          meeting.id,
          viewer.companyId,
          input.useful,
          input.followUpPlanned ?? false,
          input.partnershipDiscussed ?? false,
          noShow,
          note,
          viewer.userId,
          now,
          input.stage ?? null,
        ],
      );
      await this.syncConnections(manager, seats);
      return manager.findOneOrFail(MeetingOutcomeEntity, {
        where: { meetingId: meeting.id, companyId: viewer.companyId! },
      });
    });
  }

  private async lockAsParty(manager: EntityManager, viewer: Viewer, id: string) {
    const meeting = isUuid(id)
      ? await manager.findOne(MeetingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    const seats = meeting ? await manager.find(MeetingParticipantEntity, { where: { meetingId: id } }) : [];
    if (!meeting || (!isParty(viewer, seats) && !isStaff(viewer))) throw AppException.notFound(MEETING_THING);
    if (!isParty(viewer, seats)) throw meetingError('NOT_A_PARTY');
    return { meeting, seats };
  }

  private syncConnections(manager: EntityManager, seats: MeetingParticipantEntity[]): Promise<void> {
    return this.writer.syncConnections(
      manager,
      seats.map((s) => s.companyId),
    );
  }
}
