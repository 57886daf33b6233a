import { Injectable } from '@nestjs/common';
import { prepareProfiles, scoreFor, type MatchReason as EngineReason } from '@app/match-scoring';
import { PairFitRepository, type FeedPartnerOptions, type StoredPairRow } from './pair-fit.repository.js';

/** A pair of companies seen from the first: how well they suit each other, and why. */
export interface PairFit {
  /** 0..1; null when either company does not take part in matchmaking. */
  score: number | null;
  /** Best first; in the engine's codes, rendered in the reader's language by the caller. */
  reasons: EngineReason[];
  /** The company dismissed the partner, or staff hid it: such a pair ranks after every other. */
  demoted: boolean;
}

export interface PairKey {
  companyId: string;
  partnerId: string;
}

export interface FeedPartner {
  id: string;
  name: string;
  score: number;
  reasons: EngineReason[];
}

export const pairKey = (companyId: string, partnerId: string) => `${companyId}>${partnerId}`;

/** Pairs scored on the fly are kept while neither profile nor the served run changes. */
const MAX_REMEMBERED = 20_000;

/**
 * How well two companies suit each other, for other domains (the meetings inbox ranks received
 * requests by it). The served run's stored score when the pair has one; otherwise the engine
 * scores the pair on the fly, from the two profiles only (a profile is prepared on its own).
 */
@Injectable()
export class PairFitService {
  private readonly remembered = new Map<string, { score: number; reasons: EngineReason[] }>();

  constructor(private readonly repository: PairFitRepository) {}

  /** Every pair at once: two queries side by side, plus one for the profiles of pairs no run stored. */
  async fitsOf(pairs: readonly PairKey[]): Promise<Map<string, PairFit>> {
    const out = new Map<string, PairFit>();
    if (pairs.length === 0) return out;
    const rows = await this.repository.storedPairs(
      pairs.map((p) => p.companyId),
      pairs.map((p) => p.partnerId),
    );
    const missing: StoredPairRow[] = [];
    for (const row of rows) {
      const key = pairKey(row.company_id, row.partner_id);
      const known = row.score !== null ? row : this.remembered.get(rememberKey(row));
      if (!row.consenting) out.set(key, { score: null, reasons: [], demoted: row.demoted });
      else if (known) out.set(key, fitOf(known, row.demoted));
      else missing.push(row);
    }
    if (missing.length > 0) await this.scoreOnTheFly(missing, out);
    return out;
  }

  /**
   * A few partners of a company's own feed in one province that suit it better than `than` does:
   * what a declined requester is shown so that a "no" still moves it on.
   */
  async betterPartners(
    companyId: string,
    than: { id: string; province: string },
    limit: number,
  ): Promise<FeedPartner[]> {
    const fit = (await this.fitsOf([{ companyId, partnerId: than.id }])).get(pairKey(companyId, than.id));
    return this.feedPartners(companyId, {
      province: than.province,
      excluded: than.id,
      above: fit?.score ?? 0,
      limit,
    });
  }

  /** The best of a company's own feed scoring above `above` (the weekly digest's strong suggestions). */
  async feedPartners(companyId: string, options: FeedPartnerOptions): Promise<FeedPartner[]> {
    const rows = await this.repository.feedPartners(companyId, options);
    return rows.map((r) => ({ id: r.partner_id, name: r.name, score: Number(r.score), reasons: r.reasons }));
  }

  private async scoreOnTheFly(rows: StoredPairRow[], out: Map<string, PairFit>): Promise<void> {
    const ids = [...new Set(rows.flatMap((r) => [r.company_id, r.partner_id]))];
    const profiles = await this.repository.profiles(ids);
    const prepared = prepareProfiles(profiles, rows[0].weights ?? undefined);
    const present = new Set(profiles.map((p) => p.id));
    for (const row of rows) {
      const key = pairKey(row.company_id, row.partner_id);
      // A profile that withdrew consent between the two reads is not scored.
      if (!present.has(row.company_id) || !present.has(row.partner_id)) {
        out.set(key, { score: null, reasons: [], demoted: row.demoted });
        continue;
      }
      const [scored] = scoreFor(prepared, row.company_id, [row.partner_id]);
      const fit = { score: scored.score, reasons: scored.reasons };
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(rememberKey(row), fit);
      out.set(key, fitOf(fit, row.demoted));
    }
  }
}

function rememberKey(row: StoredPairRow): string {
  return `${row.run_id}|${row.company_id}@${row.company_version}|${row.partner_id}@${row.partner_version}`;
}

function fitOf(known: { score: number | null; reasons: EngineReason[] | null }, demoted: boolean): PairFit {
  return { score: Number(known.score), reasons: known.reasons ?? [], demoted };
}
