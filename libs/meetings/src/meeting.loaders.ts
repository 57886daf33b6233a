import { Injectable } from '@nestjs/common';
import { alignByKey, groupByKey, type BatchLoader, type Viewer } from '@app/common';
import type { PairFit } from '@app/matching';
import { CalendarLinks } from './calendar/calendar-links.js';
import type { MeetingEntity } from './entities/meeting.entity.js';
import type { MeetingOutcomeEntity } from './entities/meeting-outcome.entity.js';
import type { MeetingParticipantEntity } from './entities/meeting-participant.entity.js';
import type { MeetingRequestEntity } from './entities/meeting-request.entity.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { MeetingRequestsService } from './requests/meeting-requests.service.js';
import { RequestFitsService } from './requests/request-fits.service.js';

/** Meeting requests by id (a meeting's origin, a schedule's placed requests). */
@Injectable()
export class MeetingRequestLoader implements BatchLoader<string, MeetingRequestEntity> {
  constructor(private readonly requests: MeetingRequestsService) {}

  async load(ids: readonly string[]) {
    return alignByKey(ids, await this.requests.findByIds(ids), (r) => r.id);
  }
}

/** The meeting an accepted request became, by request id. */
@Injectable()
export class MeetingOfRequestLoader implements BatchLoader<string, MeetingEntity> {
  constructor(private readonly meetings: MeetingsService) {}

  async load(requestIds: readonly string[]) {
    return alignByKey(requestIds, await this.meetings.findByRequestIds(requestIds), (m) => m.requestId ?? '');
  }
}

/** The seats (person and company) of each meeting. */
@Injectable()
export class MeetingSeatsLoader implements BatchLoader<string, MeetingParticipantEntity[]> {
  constructor(private readonly meetings: MeetingsService) {}

  async load(meetingIds: readonly string[]) {
    return groupByKey(meetingIds, await this.meetings.seatsOf(meetingIds), (s) => s.meetingId);
  }
}

/** What the viewer's company recorded after each meeting (nothing for a viewer without a company). */
@Injectable()
export class OwnOutcomeLoader implements BatchLoader<string, MeetingOutcomeEntity> {
  constructor(private readonly meetings: MeetingsService) {}

  async load(meetingIds: readonly string[], viewer: Viewer | undefined) {
    if (!viewer?.companyId) return meetingIds.map(() => null);
    const outcomes = await this.meetings.outcomesOf(viewer.companyId, meetingIds);
    return alignByKey(meetingIds, outcomes, (o) => o.meetingId);
  }
}

/** How well each request's companies suit each other, as the viewer may see it (one query a page). */
@Injectable()
export class RequestFitLoader implements BatchLoader<MeetingRequestEntity, PairFit> {
  constructor(private readonly fits: RequestFitsService) {}

  async load(requests: readonly MeetingRequestEntity[], viewer: Viewer | undefined) {
    if (!viewer) return requests.map(() => null);
    const fits = await this.fits.fitsOf(viewer, requests);
    return requests.map((r) => fits.get(r.id) ?? null);
  }
}

/** Each person's secret calendar token, by user id (only ever asked for the viewer's own). */
@Injectable()
export class CalendarTokenLoader implements BatchLoader<string, string> {
  constructor(private readonly links: CalendarLinks) {}

  async load(userIds: readonly string[]) {
    const tokens = await this.links.tokensOf(userIds);
    return userIds.map((id) => tokens.get(id) ?? null);
  }
}
