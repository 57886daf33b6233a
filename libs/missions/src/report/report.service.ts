import { Injectable } from '@nestjs/common';
import type { Viewer } from '@app/common';
import { PricingService } from '@app/events';
import { MeetingsService, PARTNERSHIP_STAGES, type PartnershipStage } from '@app/meetings';
import { MissionApplicationRepository } from '../applications/applications.repository.js';
import { PublishedMeetings } from '../arranging/published-meetings.js';
import type { TradeMissionEntity } from '../mission.entity.js';
import { missionPricing } from '../mission-pricing.js';
import { MissionsService } from '../missions.service.js';
import { isHeld, missionTotals, type MissionTotals, type ReportMeeting } from './mission-report.js';

export interface DelegateLine {
  companyId: string;
  /** The delegate fee with taxes, at the tier the company qualified for when selected. */
  feeCents: number | null;
  /** When staff recorded the fee as paid; null while not recorded. */
  feePaidAt: Date | null;
  meetingsHeld: number;
  /** The stages the company itself recorded for its meetings, in stage order. */
  stages: PartnershipStage[];
}

export interface MissionReport extends MissionTotals {
  mission: TradeMissionEntity;
  delegates: number;
  hosts: number;
  delegateLines: DelegateLine[];
}

/** Staff's report of a mission, for members and funders. */
@Injectable()
export class MissionReportService {
  constructor(
    private readonly missionsService: MissionsService,
    private readonly applications: MissionApplicationRepository,
    private readonly missionMeetings: PublishedMeetings,
    private readonly meetings: MeetingsService,
    private readonly pricing: PricingService,
  ) {}

  async build(viewer: Viewer, missionId: string): Promise<MissionReport> {
    const mission = await this.missionsService.getRunnable(viewer, missionId);
    const selected = await this.applications.forMission(mission.id, { status: 'SELECTED' });
    const delegates = selected.filter((a) => a.role === 'DELEGATE');
    const links = await this.missionMeetings.scheduled(mission.id);
    const outcomes = await this.meetings.outcomesOfMeetings(links.map((l) => l.meetingId));
    const meetings: ReportMeeting[] = links.map((l) => ({
      meetingId: l.meetingId,
      delegateId: l.delegateCompanyId,
      hostId: l.hostCompanyId,
      end: l.end,
      outcomes: outcomes.filter((o) => o.meetingId === l.meetingId),
    }));
    const now = new Date();
    const delegateLines: DelegateLine[] = [];
    for (const d of delegates) {
      const quote = await this.pricing.quoteFor(missionPricing(mission), d.companyId, d.decidedAt ?? now);
      const own = meetings.filter((m) => m.delegateId === d.companyId);
      const stages = own
        .flatMap((m) => m.outcomes.filter((o) => o.companyId === d.companyId).map((o) => o.stage))
        .filter((s): s is PartnershipStage => s !== null)
        .sort((a, b) => PARTNERSHIP_STAGES.indexOf(a) - PARTNERSHIP_STAGES.indexOf(b));
      delegateLines.push({
        companyId: d.companyId,
        feeCents: quote?.totalCents ?? null,
        feePaidAt: d.feePaidAt,
        meetingsHeld: own.filter((m) => isHeld(m, now)).length,
        stages,
      });
    }
    return {
      mission,
      delegates: delegates.length,
      hosts: selected.length - delegates.length,
      delegateLines,
      ...missionTotals(meetings, PARTNERSHIP_STAGES, now),
    };
  }
}
