import { Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { AppException, type Viewer } from '@app/common';
import { CompanyDirectory } from '@app/companies';
import { ASSOCIATION_NAMES } from '@app/events';
import { MeetingsService } from '@app/meetings';
import { NotificationsService } from '@app/notifications';
import type { MissionApplicationEntity } from '../application.entity.js';
import { MissionApplicationRepository } from '../applications/applications.repository.js';
import { PublishedMeetings } from '../arranging/published-meetings.js';
import type { TradeMissionEntity, TradeMissionStatus } from '../mission.entity.js';
import { APPLICATION_THING, missionError } from '../missions.errors.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { MissionsService } from '../missions.service.js';
import { NEXT_STATUSES } from './mission-status.js';

const LIVE_APPLICATIONS = new Set(['SUBMITTED', 'SELECTED', 'WAITLISTED']);

/** A mission's life after its call (closing, scheduling, completing, cancelling) and its fees paid. */
@Injectable()
export class MissionLifecycleService {
  constructor(
    private readonly missions: TradeMissionRepository,
    private readonly missionsService: MissionsService,
    private readonly applications: MissionApplicationRepository,
    private readonly missionMeetings: PublishedMeetings,
    private readonly directory: CompanyDirectory,
    private readonly notifications: NotificationsService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditLog,
  ) {}

  /** Staff move the mission on; the mission row is locked so two changes never cross. */
  async changeStatus(viewer: Viewer, id: string, status: TradeMissionStatus): Promise<TradeMissionEntity> {
    const current = await this.missionsService.getRunnable(viewer, id);
    // Opening tells the travelling province's members: one way to do it.
    if (current.status === 'DRAFT' && status === 'OPEN') return this.missionsService.open(viewer, id);
    const { mission, pending } = await this.missions.transaction(async (manager) => {
      const locked = await this.missionsService.lockRunnable(manager, viewer, id);
      if (!NEXT_STATUSES[locked.status].includes(status))
        throw missionError('BAD_TRANSITION', { params: { from: locked.status, to: status } });
      const now = Date.now();
      if (status === 'OPEN' && locked.applicationDeadline.getTime() <= now)
        throw missionError('DEADLINE_PASSED');
      if (status === 'SCHEDULED' && (await this.missionMeetings.scheduled(id, manager)).length === 0)
        throw missionError('NOT_ARRANGED');
      if (status === 'COMPLETED' && locked.endsAt.getTime() > now) throw missionError('NOT_OVER');
      const mission = await this.missions.update(manager, id, { status });
      const pending = [];
      if (status === 'CANCELLED') {
        pending.push(await this.tellCancelled(manager, mission));
        // Meetings already published for the mission go with it, out of calendars too.
        const published = await this.missionMeetings.scheduled(id, manager);
        pending.push(
          ...(await this.meetings.cancelArranged(
            manager,
            published.map((m) => m.meetingId),
            { userId: viewer.userId, organizer: ASSOCIATION_NAMES[mission.organizer] ?? mission.organizer },
          )),
        );
      }
      await this.audit.record(manager, viewer, 'mission.status', {
        missionId: id,
        from: locked.status,
        to: status,
      });
      return { mission, pending };
    });
    for (const told of pending) await this.notifications.deliver(told);
    return mission;
  }

  /** Staff record that a selected delegate paid its fee (or undo it); hosts pay nothing. */
  async recordFeePaid(
    viewer: Viewer,
    applicationId: string,
    paid: boolean,
  ): Promise<MissionApplicationEntity> {
    const existing = await this.applications.findById(applicationId);
    if (!existing) throw AppException.notFound(APPLICATION_THING);
    await this.missionsService.getRunnable(viewer, existing.missionId);
    return this.missions.transaction(async (manager) => {
      const mission = await this.missionsService.lockRunnable(manager, viewer, existing.missionId);
      if (mission.status === 'CANCELLED') throw missionError('CANCELLED');
      const application = (await this.applications.lock(manager, applicationId))!;
      if (application.role !== 'DELEGATE' || application.status !== 'SELECTED')
        throw missionError('FEE_NOT_DUE');
      const saved = await this.applications.setStatus(manager, applicationId, {
        feePaidAt: paid ? (application.feePaidAt ?? new Date()) : null,
        feePaidBy: paid ? (application.feePaidBy ?? viewer.userId) : null,
      });
      await this.audit.record(manager, viewer, 'mission.fee-paid', { applicationId, paid });
      return saved;
    });
  }

  /** The admins of every company still in the running are told, in their language. */
  private async tellCancelled(
    manager: Parameters<TradeMissionRepository['lock']>[0],
    mission: TradeMissionEntity,
  ) {
    const live = (await this.applications.forMission(mission.id, {}, manager)).filter((a) =>
      LIVE_APPLICATIONS.has(a.status),
    );
    const admins = await this.directory.adminsOf(
      live.map((a) => a.companyId),
      manager,
    );
    return this.notifications.record(
      manager,
      [...admins.values()].flat().map((userId) => ({
        userId,
        kind: 'MISSION_CANCELLED' as const,
        params: { missionId: mission.id, missionFr: mission.titleFr, missionEn: mission.titleEn },
        dedupeKey: `mission-cancelled:${mission.id}:${userId}`,
      })),
    );
  }
}
