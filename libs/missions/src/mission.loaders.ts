import { Injectable } from '@nestjs/common';
import { alignByKey, type BatchLoader, type Viewer } from '@app/common';
import { PricingService, type Quote } from '@app/events';
import type { MissionApplicationEntity } from './application.entity.js';
import { MissionApplicationRepository } from './applications/applications.repository.js';
import { MissionApplicationsService } from './applications/applications.service.js';
import { MissionMeetingRepository } from './arranging/mission-meetings.repository.js';
import type { TradeMissionEntity } from './mission.entity.js';
import { missionPricing } from './mission-pricing.js';
import { TradeMissionRepository } from './missions.repository.js';
import type { MarketFitOf } from './selection/mission-fit.js';

/** Trade missions by id. */
@Injectable()
export class MissionLoader implements BatchLoader<string, TradeMissionEntity> {
  constructor(private readonly missions: TradeMissionRepository) {}

  async load(ids: readonly string[]) {
    return alignByKey(ids, await this.missions.findByIds(ids), (m) => m.id);
  }
}

/** The trade mission each meeting was arranged for, by meeting id (none for most meetings). */
@Injectable()
export class MissionIdOfMeetingLoader implements BatchLoader<string, string> {
  constructor(private readonly links: MissionMeetingRepository) {}

  async load(meetingIds: readonly string[]) {
    const links = await this.links.missionsOf(meetingIds);
    return meetingIds.map((id) => links.get(id) ?? null);
  }
}

/** The fee the viewer's company would pay for each mission today (none without a company). */
@Injectable()
export class MissionFeeForViewerLoader implements BatchLoader<TradeMissionEntity, Quote> {
  constructor(private readonly pricing: PricingService) {}

  async load(missions: readonly TradeMissionEntity[], viewer: Viewer | undefined) {
    if (!viewer?.companyId) return missions.map(() => null);
    const quotes = await this.pricing.quotesAt(missions.map(missionPricing), viewer.companyId);
    return missions.map((mission) => quotes.get(mission.id) ?? null);
  }
}

/** The viewer's company's application to each mission. */
@Injectable()
export class ViewerApplicationLoader implements BatchLoader<TradeMissionEntity, MissionApplicationEntity> {
  constructor(private readonly applications: MissionApplicationsService) {}

  async load(missions: readonly TradeMissionEntity[], viewer: Viewer | undefined) {
    if (!viewer) return missions.map(() => null);
    const mine = await this.applications.mine(viewer, missions);
    return missions.map((mission) => mine.get(mission.id) ?? null);
  }
}

/** How many applications (not withdrawn) each mission has. */
@Injectable()
export class ApplicationsCountLoader implements BatchLoader<string, number> {
  constructor(private readonly applications: MissionApplicationRepository) {}

  async load(missionIds: readonly string[]) {
    const counts = await this.applications.counts(missionIds);
    return missionIds.map((id) => counts.get(id) ?? 0);
  }
}

/** How well each applicant suits the host province's companies. */
@Injectable()
export class MarketFitLoader implements BatchLoader<MissionApplicationEntity, MarketFitOf> {
  constructor(private readonly applications: MissionApplicationsService) {}

  async load(applications: readonly MissionApplicationEntity[]) {
    const fits = await this.applications.fitsOf(applications);
    return applications.map((a) => fits.get(a.id) ?? null);
  }
}
