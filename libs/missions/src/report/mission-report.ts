import type { PartnershipStage } from '@app/meetings';

/** What the report needs of one arranged meeting and what each company recorded after it. */
export interface ReportMeeting {
  meetingId: string;
  delegateId: string;
  hostId: string;
  end: Date;
  outcomes: {
    companyId: string;
    noShow: boolean;
    followUpPlanned: boolean;
    partnershipDiscussed: boolean;
    stage: PartnershipStage | null;
    recordedAt: Date;
  }[];
}

export interface MissionTotals {
  meetingsArranged: number;
  meetingsHeld: number;
  noShows: number;
  followUpsPlanned: number;
  partnershipsDiscussed: number;
  stages: { stage: PartnershipStage; meetings: number }[];
}

/** Either side saying the other did not come makes the meeting a no-show. */
export function isNoShow(m: ReportMeeting): boolean {
  return m.outcomes.some((o) => o.noShow);
}

export function isHeld(m: ReportMeeting, now: Date): boolean {
  return m.end <= now && !isNoShow(m);
}

/** The latest stage either company recorded for the meeting. */
export function latestStage(m: ReportMeeting): PartnershipStage | null {
  const staged = m.outcomes.filter((o) => o.stage !== null);
  staged.sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime());
  return staged[0]?.stage ?? null;
}

/** The mission's figures, every stage listed (0 included). Pure, for the report and its CSV. */
export function missionTotals(
  meetings: readonly ReportMeeting[],
  stages: readonly PartnershipStage[],
  now: Date,
): MissionTotals {
  const latest = meetings.map(latestStage);
  return {
    meetingsArranged: meetings.length,
    meetingsHeld: meetings.filter((m) => isHeld(m, now)).length,
    noShows: meetings.filter((m) => m.end <= now && isNoShow(m)).length,
    followUpsPlanned: meetings.filter((m) => m.outcomes.some((o) => o.followUpPlanned)).length,
    partnershipsDiscussed: meetings.filter((m) => m.outcomes.some((o) => o.partnershipDiscussed)).length,
    stages: stages.map((stage) => ({ stage, meetings: latest.filter((s) => s === stage).length })),
  };
}
