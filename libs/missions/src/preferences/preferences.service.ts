import { Injectable } from '@nestjs/common';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer, isUuid } from '@app/common';
import { MissionApplicationRepository } from '../applications/applications.repository.js';
import { missionError } from '../missions.errors.js';
import { MISSION_MESSAGES } from '../missions.messages.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { MissionsService } from '../missions.service.js';
import { MissionPreferenceRepository } from './preferences.repository.js';

export const MAX_MUST_MEET = 5;

export interface CompanyPreferences {
  mustMeet: string[];
  avoid: string[];
  /** The selected companies of the other side it may name; none until it is selected. */
  choices: string[];
}

/** Each selected company names who it must meet (up to 5) and who it will not meet. */
@Injectable()
export class MissionPreferencesService {
  constructor(
    private readonly missions: TradeMissionRepository,
    private readonly missionsService: MissionsService,
    private readonly applications: MissionApplicationRepository,
    private readonly preferences: MissionPreferenceRepository,
  ) {}

  async mine(viewer: Viewer, missionId: string): Promise<CompanyPreferences> {
    await this.missionsService.getVisible(viewer, missionId);
    if (!viewer.companyId) throw AppException.forbidden();
    const { otherSide } = await this.sides(missionId, viewer.companyId);
    return {
      ...this.split(await this.preferences.forMission(missionId, viewer.companyId)),
      choices: otherSide,
    };
  }

  async set(
    viewer: Viewer,
    missionId: string,
    mustMeet: string[],
    avoid: string[],
  ): Promise<CompanyPreferences> {
    await this.missionsService.getVisible(viewer, missionId);
    const companyId = viewer.companyId;
    if (viewer.role !== 'COMPANY_ADMIN' || !companyId) throw missionError('NOT_SELECTED');
    const { selected, otherSide: choices } = await this.sides(missionId, companyId);
    if (!selected) throw missionError('NOT_SELECTED');
    const otherSide = new Set(choices);
    const problems = new FieldProblems();
    const must = [...new Set(mustMeet)];
    const avoided = [...new Set(avoid)];
    if (must.length > MAX_MUST_MEET)
      problems.add('mustMeet', MISSION_MESSAGES.tooManyMustMeet, { max: MAX_MUST_MEET });
    const check = (field: string, ids: string[]) =>
      ids.forEach((id, i) => {
        if (!isUuid(id)) problems.add(`${field}[${i}]`, COMMON_MESSAGES.invalidId);
        else if (!otherSide.has(id))
          problems.add(`${field}[${i}]`, MISSION_MESSAGES.notOtherSide, { value: id });
      });
    check('mustMeet', must);
    check('avoid', avoided);
    avoided.forEach((id, i) => {
      if (must.includes(id)) problems.add(`avoid[${i}]`, MISSION_MESSAGES.bothLists, { value: id });
    });
    problems.throwIfAny();
    await this.missions.transaction((manager) =>
      this.preferences.replace(manager, missionId, companyId, must, avoided),
    );
    return { mustMeet: must, avoid: avoided, choices };
  }

  /** Whether the company is selected, and the selected companies of the other side. */
  private async sides(missionId: string, companyId: string) {
    const selected = await this.applications.forMission(missionId, { status: 'SELECTED' });
    const own = selected.find((a) => a.companyId === companyId);
    const otherSide = own ? selected.filter((a) => a.role !== own.role).map((a) => a.companyId) : [];
    return { selected: !!own, otherSide };
  }

  private split(rows: { otherCompanyId: string; kind: string }[]): Omit<CompanyPreferences, 'choices'> {
    return {
      mustMeet: rows.filter((r) => r.kind === 'MUST_MEET').map((r) => r.otherCompanyId),
      avoid: rows.filter((r) => r.kind === 'AVOID').map((r) => r.otherCompanyId),
    };
  }
}
