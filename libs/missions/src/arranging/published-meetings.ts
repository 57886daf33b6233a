import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MeetingsService } from '@app/meetings';
import { MissionMeetingRepository, type MissionMeetingLink } from './mission-meetings.repository.js';

export type PublishedMissionMeeting = MissionMeetingLink & { start: Date; end: Date };

/**
 * A mission's meetings still scheduled: the links are the mission's (`mission_meetings`), whether
 * each meeting still stands and when are the meetings domain's (MeetingsService).
 */
@Injectable()
export class PublishedMeetings {
  constructor(
    private readonly links: MissionMeetingRepository,
    private readonly meetings: MeetingsService,
  ) {}

  /** By start, then delegate company. */
  async scheduled(
    missionId: string,
    manager?: EntityManager,
    companyId?: string,
  ): Promise<PublishedMissionMeeting[]> {
    const links = await this.links.linksOf(missionId, manager, companyId);
    const meetings = new Map(
      (
        await this.meetings.scheduledAmong(
          links.map((l) => l.meetingId),
          manager,
        )
      ).map((m) => [m.id, m]),
    );
    return links
      .filter((l) => meetings.has(l.meetingId))
      .map((l) => ({ ...l, start: meetings.get(l.meetingId)!.start, end: meetings.get(l.meetingId)!.end }))
      .sort(
        (a, b) =>
          a.start.getTime() - b.start.getTime() ||
          (a.delegateCompanyId < b.delegateCompanyId
            ? -1
            : a.delegateCompanyId > b.delegateCompanyId
              ? 1
              : 0),
      );
  }
}
