import { Injectable } from '@nestjs/common';
import { MatchProfilesRepository } from '@app/companies';
import { prepareProfiles, scoreFor, type MatchProfile, type MatchReason } from '@app/match-scoring';
import type { MissionApplicationEntity, MissionRole } from '../application.entity.js';
import { mutualFit } from '../arrangement/mutual-fit.js';
import type { TradeMissionEntity } from '../mission.entity.js';

/** A pair score from which a company on the other side counts as a strong match. */
export const STRONG_MATCH = 0.4;
/** marketFit is the mean of a company's best scores on the other side, this many. */
const BEST_COUNT = 3;

export interface MarketFitOf {
  marketFit: number;
  strongMatches: number;
  /** The best partners on the other side, best first, with the engine's reasons. */
  best: { companyId: string; score: number; reasons: MatchReason[] }[];
}

/** Applications that still count on their side (withdrawn and declined ones do not). */
const LIVE = new Set(['SUBMITTED', 'SELECTED', 'WAITLISTED']);

/**
 * How strong each applicant's matches on the other side of a mission are, by the matching
 * engine: hosts that applied for a delegate (delegates for a host), or every consenting company
 * of that province while nobody on that side has applied yet.
 */
@Injectable()
export class MissionFit {
  constructor(private readonly profiles: MatchProfilesRepository) {}

  async marketFit(
    mission: TradeMissionEntity,
    applications: readonly MissionApplicationEntity[],
  ): Promise<Map<string, MarketFitOf>> {
    const out = new Map<string, MarketFitOf>();
    if (applications.length === 0) return out;
    const live = applications.filter((a) => LIVE.has(a.status));
    const applicantProfiles = await this.profiles.of(applications.map((a) => a.companyId));
    const otherSide = new Map<MissionRole, string[]>();
    let openProfiles: MatchProfile[] | null = null;
    for (const role of ['DELEGATE', 'HOST'] as const) {
      const other = role === 'DELEGATE' ? 'HOST' : 'DELEGATE';
      const applied = live.filter((a) => a.role === other).map((a) => a.companyId);
      if (applied.length > 0) otherSide.set(role, applied);
      else {
        openProfiles ??= await this.profiles.consenting();
        const province =
          other === 'HOST' ? mission.hostProvince : mission.hostProvince === 'QC' ? 'ON' : 'QC';
        otherSide.set(
          role,
          openProfiles.filter((p) => p.province === province).map((p) => p.id),
        );
      }
    }
    const byId = new Map([...(openProfiles ?? []), ...applicantProfiles].map((p) => [p.id, p]));
    const prepared = prepareProfiles([...byId.values()]);
    for (const application of applications) {
      const partners = (otherSide.get(application.role) ?? []).filter(
        (id) => id !== application.companyId && byId.has(id),
      );
      if (!byId.has(application.companyId) || partners.length === 0) {
        out.set(application.id, { marketFit: 0, strongMatches: 0, best: [] });
        continue;
      }
      const scored = scoreFor(prepared, application.companyId, partners).sort(
        (a, b) => b.score - a.score || (a.partnerId < b.partnerId ? -1 : 1),
      );
      const top = scored.slice(0, BEST_COUNT);
      out.set(application.id, {
        marketFit: top.reduce((sum, s) => sum + s.score, 0) / BEST_COUNT,
        strongMatches: scored.filter((s) => s.score >= STRONG_MATCH).length,
        best: top.map((s) => ({ companyId: s.partnerId, score: s.score, reasons: s.reasons })),
      });
    }
    return out;
  }

  /** The mutual fit of every selected delegate with every selected host. */
  async mutualFit(delegates: readonly string[], hosts: readonly string[]): Promise<Map<string, number>> {
    const profiles = await this.profiles.of([...delegates, ...hosts]);
    const known = new Set(profiles.map((p) => p.id));
    const prepared = prepareProfiles(profiles);
    const fits = new Map<string, number>();
    for (const delegate of delegates.filter((d) => known.has(d))) {
      for (const s of scoreFor(
        prepared,
        delegate,
        hosts.filter((h) => known.has(h)),
      )) {
        fits.set(`${delegate}|${s.partnerId}`, mutualFit(s));
      }
    }
    return fits;
  }
}
