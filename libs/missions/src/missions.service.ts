import { Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { isStaff } from '@app/auth';
import { AppException, dayInZone, FieldProblems, type Viewer } from '@app/common';
import { CompanyDirectory } from '@app/companies';
import { NotificationsService } from '@app/notifications';
import type { TradeMissionInput } from './dto/mission.inputs.js';
import { checkMissionInput, type MissionDraft } from './mission-rules.js';
import { travellingProvince, type TradeMissionEntity, type TradeMissionStatus } from './mission.entity.js';
import { MISSION_THING, missionError } from './missions.errors.js';
import { TradeMissionRepository } from './missions.repository.js';
import { MISSION_MESSAGES } from './missions.messages.js';

/** Staff of the organizing association run a mission; administrators run every mission. */
export function canRunMission(viewer: Viewer, mission: Pick<TradeMissionEntity, 'organizer'>): boolean {
  return viewer.role === 'ADMIN' || (viewer.role === 'STAFF' && viewer.association === mission.organizer);
}

/** The call: staff create, change and open missions; members see them once open. */
@Injectable()
export class MissionsService {
  constructor(
    private readonly missions: TradeMissionRepository,
    private readonly directory: CompanyDirectory,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditLog,
  ) {}

  list(viewer: Viewer, status: TradeMissionStatus | undefined): Promise<TradeMissionEntity[]> {
    return this.missions.list(status, isStaff(viewer));
  }

  /** A draft is staff's alone: to anyone else it does not exist. */
  async findVisible(viewer: Viewer, id: string): Promise<TradeMissionEntity | null> {
    const mission = await this.missions.findById(id);
    return mission && (mission.status !== 'DRAFT' || isStaff(viewer)) ? mission : null;
  }

  async getVisible(viewer: Viewer, id: string): Promise<TradeMissionEntity> {
    const mission = await this.findVisible(viewer, id);
    if (!mission) throw AppException.notFound(MISSION_THING);
    return mission;
  }

  /** The mission, for staff allowed to run it; FORBIDDEN for anyone else. */
  async getRunnable(viewer: Viewer, id: string): Promise<TradeMissionEntity> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const mission = await this.missions.findById(id);
    if (!mission) throw AppException.notFound(MISSION_THING);
    if (!canRunMission(viewer, mission)) throw AppException.forbidden();
    return mission;
  }

  async create(viewer: Viewer, input: TradeMissionInput): Promise<TradeMissionEntity> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const draft = this.checked(viewer, input);
    return this.missions.transaction(async (manager) => {
      const mission = await this.missions.insert(manager, draft, viewer.userId);
      await this.audit.record(manager, viewer, 'mission.create', { missionId: mission.id });
      return mission;
    });
  }

  /** Changes a draft or open mission; the delegation cannot shrink below the delegates selected. */
  async update(viewer: Viewer, id: string, input: TradeMissionInput): Promise<TradeMissionEntity> {
    await this.getRunnable(viewer, id);
    const draft = this.checked(viewer, input);
    return this.missions.transaction(async (manager) => {
      const mission = await this.lockRunnable(manager, viewer, id);
      if (mission.status !== 'DRAFT' && mission.status !== 'OPEN')
        throw missionError('NOT_EDITABLE', { params: { status: mission.status } });
      if (mission.status === 'OPEN' && draft.hostProvince !== mission.hostProvince) {
        new FieldProblems().add('input.hostProvince', MISSION_MESSAGES.notEditableOpen).throwIfAny();
      }
      const updated = await this.missions.update(manager, id, draft);
      await this.audit.record(manager, viewer, 'mission.update', { missionId: id });
      return updated;
    });
  }

  /** DRAFT → OPEN; every member of the travelling province is told, in their language. */
  async open(viewer: Viewer, id: string): Promise<TradeMissionEntity> {
    await this.getRunnable(viewer, id);
    const { mission, pending } = await this.missions.transaction(async (manager) => {
      const locked = await this.lockRunnable(manager, viewer, id);
      if (locked.status !== 'DRAFT') throw missionError('NOT_DRAFT');
      const mission = await this.missions.update(manager, id, { status: 'OPEN', openedAt: new Date() });
      const people = await this.directory.memberPeopleIn(travellingProvince(mission), manager);
      const pending = await this.notifications.record(
        manager,
        people.map((userId) => ({
          userId,
          kind: 'MISSION_OPENED' as const,
          params: {
            missionId: mission.id,
            missionFr: mission.titleFr,
            missionEn: mission.titleEn,
            city: mission.city,
            deadline: dayInZone(mission.applicationDeadline, mission.timeZone),
          },
          dedupeKey: `mission-opened:${mission.id}:${userId}`,
        })),
      );
      await this.audit.record(manager, viewer, 'mission.open', { missionId: id, told: people.length });
      return { mission, pending };
    });
    await this.notifications.deliver(pending);
    return mission;
  }

  async lockRunnable(
    manager: Parameters<TradeMissionRepository['lock']>[0],
    viewer: Viewer,
    id: string,
  ): Promise<TradeMissionEntity> {
    const mission = await this.missions.lock(manager, id);
    if (!mission) throw AppException.notFound(MISSION_THING);
    if (!canRunMission(viewer, mission)) throw AppException.forbidden();
    return mission;
  }

  private checked(viewer: Viewer, input: TradeMissionInput): MissionDraft {
    const problems = new FieldProblems();
    const association = viewer.role === 'ADMIN' ? null : viewer.association;
    const draft = checkMissionInput(input, problems, association);
    problems.throwIfAny();
    return draft;
  }
}
