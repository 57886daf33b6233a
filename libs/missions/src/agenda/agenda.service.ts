import { Injectable } from '@nestjs/common';
import { isStaff } from '@app/auth';
import { AppException, type LocalizedText, type Viewer, isUuid } from '@app/common';
import { CompaniesService, COMPANY_THING } from '@app/companies';
import { CalendarLinks, CalendarService, MeetingsService, type MeetingEntity } from '@app/meetings';
import { PublishedMeetings } from '../arranging/published-meetings.js';
import type { TradeMissionEntity } from '../mission.entity.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { canRunMission, MissionsService } from '../missions.service.js';

export interface MissionAgenda {
  mission: TradeMissionEntity;
  companyId: string;
  meetings: MeetingEntity[];
  /** The viewer's subscription to the mission's meetings (their secret calendar link). */
  calendarUrl: string | null;
}

const CALENDAR_SCOPE = 'missions';

/** A company's meetings of a mission, and one calendar subscription for them. */
@Injectable()
export class MissionAgendaService {
  constructor(
    private readonly missions: TradeMissionRepository,
    private readonly missionsService: MissionsService,
    private readonly missionMeetings: PublishedMeetings,
    private readonly meetings: MeetingsService,
    private readonly links: CalendarLinks,
    private readonly calendar: CalendarService,
    private readonly companies: CompaniesService,
  ) {}

  /** The viewer's company's agenda; staff of the mission may name any company. */
  async agenda(viewer: Viewer, missionId: string, companyId?: string | null): Promise<MissionAgenda> {
    const mission = await this.missionsService.getVisible(viewer, missionId);
    const company = companyId ?? viewer.companyId;
    if (!company) throw AppException.forbidden();
    if (company !== viewer.companyId && !(isStaff(viewer) && canRunMission(viewer, mission)))
      throw AppException.forbidden();
    // Staff may name any company: one that does not exist has no agenda, rather than an empty one.
    if (
      company !== viewer.companyId &&
      !(isUuid(company) && (await this.companies.findVisible(viewer, company)))
    ) {
      throw AppException.notFound(COMPANY_THING);
    }
    const links = await this.missionMeetings.scheduled(mission.id, undefined, company);
    const meetings = await this.meetings.findByIds(links.map((l) => l.meetingId));
    meetings.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : 1));
    const token = (await this.links.tokensOf([viewer.userId])).get(viewer.userId);
    return {
      mission,
      companyId: company,
      meetings,
      calendarUrl: token ? this.links.scopedFeedUrl(token, CALENDAR_SCOPE, mission.id) : null,
    };
  }

  /** The calendar file behind `calendarUrl`: null (a 404) for an unknown link or mission. */
  async calendarFeed(token: string, missionId: string): Promise<string | null> {
    const mission = isUuid(missionId) ? await this.missions.findById(missionId) : null;
    if (!mission || mission.status === 'DRAFT') return null;
    const links = await this.missionMeetings.scheduled(mission.id);
    const name: LocalizedText = { fr: `Mission : ${mission.titleFr}`, en: `Mission: ${mission.titleEn}` };
    return this.calendar.feedOf(
      token,
      links.map((l) => l.meetingId),
      name,
    );
  }
}
