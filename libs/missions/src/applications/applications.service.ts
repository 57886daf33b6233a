import { Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { CompaniesService, CompanyDirectory } from '@app/companies';
import { NotificationsService, type NotificationKind } from '@app/notifications';
import type {
  MissionApplicationEntity,
  MissionApplicationStatus,
  MissionRole,
} from '../application.entity.js';
import { travellingProvince, type TradeMissionEntity } from '../mission.entity.js';
import { APPLICATION_THING, missionError } from '../missions.errors.js';
import { MISSION_MESSAGES } from '../missions.messages.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { MissionsService } from '../missions.service.js';
import { isRunning } from '../lifecycle/mission-status.js';
import { MissionFit, type MarketFitOf } from '../selection/mission-fit.js';
import { MissionApplicationRepository } from './applications.repository.js';

const OBJECTIVES_MAX = 4000;
const NOTE_MAX = 2000;
const DECISIONS: readonly MissionApplicationStatus[] = ['SELECTED', 'WAITLISTED', 'DECLINED'];
const DECISION_KIND: Record<string, NotificationKind> = {
  SELECTED: 'MISSION_APPLICATION_SELECTED',
  WAITLISTED: 'MISSION_APPLICATION_WAITLISTED',
  DECLINED: 'MISSION_APPLICATION_DECLINED',
};

export type RankedApplication = MissionApplicationEntity & MarketFitOf;

/** Applications: companies apply and withdraw; staff rank and decide. */
@Injectable()
export class MissionApplicationsService {
  constructor(
    private readonly missions: TradeMissionRepository,
    private readonly applications: MissionApplicationRepository,
    private readonly missionsService: MissionsService,
    private readonly companies: CompaniesService,
    private readonly directory: CompanyDirectory,
    private readonly notifications: NotificationsService,
    private readonly fit: MissionFit,
    private readonly audit: AuditLog,
  ) {}

  /** A company admin applies for their company, from the right side, before the deadline. */
  async apply(viewer: Viewer, missionId: string, role: MissionRole, objectives: string) {
    if (viewer.role !== 'COMPANY_ADMIN' || !viewer.companyId) throw missionError('NEEDS_COMPANY');
    const companyId = viewer.companyId;
    const mission = await this.missionsService.getVisible(viewer, missionId);
    const [company] = await this.companies.findByIds([companyId]);
    const problems = new FieldProblems();
    const text = objectives.trim();
    if (!text) problems.add('objectives', COMMON_MESSAGES.required);
    if (text.length > OBJECTIVES_MAX)
      problems.add('objectives', COMMON_MESSAGES.tooLong, { max: OBJECTIVES_MAX });
    if (role === 'DELEGATE' && company.province === mission.hostProvince)
      problems.add('role', MISSION_MESSAGES.wrongSideDelegate, { province: travellingProvince(mission) });
    if (role === 'HOST' && company.province !== mission.hostProvince)
      problems.add('role', MISSION_MESSAGES.wrongSideHost, { province: mission.hostProvince });
    problems.throwIfAny();
    return this.missions.transaction(async (manager) => {
      this.assertTakingApplications((await this.missions.findById(missionId, manager))!);
      const application = await this.applications.insert(manager, {
        missionId,
        companyId,
        role,
        objectives: text,
        appliedBy: viewer.userId,
      });
      if (!application) throw missionError('ALREADY_APPLIED');
      await this.audit.record(manager, viewer, 'mission.apply', {
        missionId,
        applicationId: application.id,
        role,
      });
      return application;
    });
  }

  /** The company withdraws until staff decide (a waitlisted application may still be withdrawn). */
  async withdraw(viewer: Viewer, id: string): Promise<MissionApplicationEntity> {
    return this.missions.transaction(async (manager) => {
      const application = await this.applications.lock(manager, id);
      if (!application || !this.isOwn(viewer, application)) throw AppException.notFound(APPLICATION_THING);
      if (viewer.role !== 'COMPANY_ADMIN') throw AppException.forbidden();
      if (application.status !== 'SUBMITTED' && application.status !== 'WAITLISTED')
        throw missionError('ALREADY_DECIDED', { params: { status: application.status } });
      const saved = await this.applications.setStatus(manager, id, { status: 'WITHDRAWN' });
      await this.audit.record(manager, viewer, 'mission.withdraw', { applicationId: id });
      return saved;
    });
  }

  /**
   * Staff decide; the mission row is locked so that two staff selecting at once never exceed the
   * delegation size. The company's admins are told (notification and email, their language).
   */
  async decide(
    viewer: Viewer,
    id: string,
    status: MissionApplicationStatus,
    note: string | null | undefined,
  ) {
    const problems = new FieldProblems();
    if (!DECISIONS.includes(status)) problems.add('status', MISSION_MESSAGES.decisionStatus);
    const trimmedNote = note?.trim() || null;
    if (trimmedNote && trimmedNote.length > NOTE_MAX)
      problems.add('note', COMMON_MESSAGES.tooLong, { max: NOTE_MAX });
    const existing = await this.applications.findById(id);
    if (!existing) throw AppException.notFound(APPLICATION_THING);
    await this.missionsService.getRunnable(viewer, existing.missionId);
    problems.throwIfAny();
    const { saved, pending } = await this.missions.transaction(async (manager) => {
      const mission = await this.missionsService.lockRunnable(manager, viewer, existing.missionId);
      if (!isRunning(mission.status)) throw missionError('NOT_RUNNING');
      const application = (await this.applications.lock(manager, id))!;
      if (application.status === 'WITHDRAWN') throw missionError('WITHDRAWN');
      if (status === 'SELECTED' && application.role === 'DELEGATE' && application.status !== 'SELECTED') {
        const selected = await this.applications.countSelected(manager, mission.id, 'DELEGATE');
        if (selected >= mission.delegationSize)
          throw missionError('DELEGATION_FULL', { params: { size: mission.delegationSize } });
      }
      const decidedAt = new Date();
      const saved = await this.applications.setStatus(manager, id, {
        status,
        decidedBy: viewer.userId,
        decidedAt,
        decisionNote: trimmedNote,
      });
      const admins =
        (await this.directory.adminsOf([application.companyId], manager)).get(application.companyId) ?? [];
      const pending = await this.notifications.record(
        manager,
        admins.map((userId) => ({
          userId,
          kind: DECISION_KIND[status],
          params: {
            missionId: mission.id,
            missionFr: mission.titleFr,
            missionEn: mission.titleEn,
            ...(trimmedNote ? { note: trimmedNote } : {}),
          },
          dedupeKey: `mission-decision:${id}:${status}:${decidedAt.getTime()}:${userId}`,
        })),
      );
      await this.audit.record(manager, viewer, 'mission.decide', { applicationId: id, status });
      return { saved, pending };
    });
    await this.notifications.deliver(pending);
    return saved;
  }

  /** Staff: the mission's applications, best marketFit first. */
  async ranked(
    viewer: Viewer,
    missionId: string,
    filter: { role?: MissionRole; status?: MissionApplicationStatus },
  ): Promise<RankedApplication[]> {
    const mission = await this.missionsService.getRunnable(viewer, missionId);
    const all = await this.applications.forMission(missionId);
    const fits = await this.fit.marketFit(mission, all);
    return all
      .filter(
        (a) => (!filter.role || a.role === filter.role) && (!filter.status || a.status === filter.status),
      )
      .map((a) => Object.assign(a, fits.get(a.id)!))
      .sort((a, b) => b.marketFit - a.marketFit || a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** marketFit of applications read one by one (an applicant's own, a decision's answer). */
  async fitsOf(applications: readonly MissionApplicationEntity[]): Promise<Map<string, MarketFitOf>> {
    const out = new Map<string, MarketFitOf>();
    for (const missionId of new Set(applications.map((a) => a.missionId))) {
      const mission = (await this.missions.findById(missionId))!;
      const fits = await this.fit.marketFit(mission, await this.applications.forMission(missionId));
      for (const [id, fit] of fits) out.set(id, fit);
    }
    return out;
  }

  /** The viewer's company's application to each mission. */
  async mine(
    viewer: Viewer,
    missions: readonly TradeMissionEntity[],
  ): Promise<Map<string, MissionApplicationEntity>> {
    if (!viewer.companyId || missions.length === 0) return new Map();
    const rows = await this.applications.ofCompany(
      missions.map((m) => m.id),
      viewer.companyId,
    );
    return new Map(rows.map((a) => [a.missionId, a]));
  }

  /** An application its company's people or the mission's staff may read. */
  async findVisible(viewer: Viewer, id: string): Promise<MissionApplicationEntity | null> {
    const application = await this.applications.findById(id);
    if (!application) return null;
    if (this.isOwn(viewer, application)) return application;
    const mission = await this.missions.findById(application.missionId);
    return mission && (await this.canRun(viewer, mission)) ? application : null;
  }

  private async canRun(viewer: Viewer, mission: TradeMissionEntity): Promise<boolean> {
    return this.missionsService.getRunnable(viewer, mission.id).then(
      () => true,
      () => false,
    );
  }

  private isOwn(viewer: Viewer, application: MissionApplicationEntity): boolean {
    return viewer.companyId !== null && viewer.companyId === application.companyId;
  }

  private assertTakingApplications(mission: TradeMissionEntity): void {
    if (mission.status !== 'OPEN') throw missionError('NOT_OPEN');
    if (Date.now() > mission.applicationDeadline.getTime()) throw missionError('DEADLINE_PASSED');
  }
}
