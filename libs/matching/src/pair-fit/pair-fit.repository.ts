import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CompanyFactsRepository, MatchProfilesRepository } from '@app/companies';
import type { MatchProfile, MatchReason as EngineReason } from '@app/match-scoring';
import { feedQuery } from '../feed/feed.query.js';

/** A pair as stored: the served run's score (or the one kept when staff pinned it), if any. */
export interface StoredPairRow {
  company_id: string;
  partner_id: string;
  score: number | null;
  reasons: EngineReason[] | null;
  /** The company dismissed the partner, or staff hid it from the company's feed. */
  demoted: boolean;
  /** Both companies consent to matchmaking: only then is the pair scored at all. */
  consenting: boolean;
  company_version: number;
  partner_version: number;
  run_id: string | null;
  weights: Record<string, number> | null;
}

export interface FeedPartnerRow {
  partner_id: string;
  name: string;
  score: number;
  reasons: EngineReason[];
}

export interface FeedPartnerOptions {
  above: number;
  limit: number;
  province?: string;
  excluded?: string;
}

type StoredScoreRow = Omit<StoredPairRow, 'consenting' | 'company_version' | 'partner_version'>;

/** The matching tables as pairs of companies other domains ask about (libs/meetings' inbox). */
@Injectable()
export class PairFitRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profileRows: MatchProfilesRepository,
    private readonly companies: CompanyFactsRepository,
  ) {}

  /**
   * Every pair of existing companies: its stored score from the served run, curation and
   * dismissal in one query, the two companies' consent and profile versions in another.
   */
  async storedPairs(companyIds: string[], partnerIds: string[]): Promise<StoredPairRow[]> {
    const [scores, states] = await Promise.all([
      this.storedScores(companyIds, partnerIds),
      this.profileRows.states([...companyIds, ...partnerIds]),
    ]);
    return scores.flatMap((row) => {
      const company = states.get(row.company_id);
      const partner = states.get(row.partner_id);
      if (!company || !partner) return [];
      return [
        {
          ...row,
          consenting: company.optIn && partner.optIn,
          company_version: company.profileVersion,
          partner_version: partner.profileVersion,
        },
      ];
    });
  }

  private storedScores(companyIds: string[], partnerIds: string[]): Promise<StoredScoreRow[]> {
    return this.dataSource.query(
      `WITH pairs AS (SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[]) AS p(company_id, partner_id)),
            served AS (SELECT r.id AS run_id, r.weights FROM matching_state s
                         JOIN matching_runs r ON r.id = s.current_run_id WHERE s.id = 1)
       SELECT p.company_id, p.partner_id,
              COALESCE(m.score, cu.score) AS score, COALESCE(m.reasons, cu.reasons) AS reasons,
              (cu.status = 'HIDDEN' OR d.company_id IS NOT NULL) IS TRUE AS demoted,
              sv.run_id, sv.weights
         FROM pairs p
         LEFT JOIN served sv ON true
         LEFT JOIN match_scores m ON m.run_id = sv.run_id AND m.company_id = p.company_id AND m.partner_id = p.partner_id
         LEFT JOIN match_curations cu ON cu.company_id = p.company_id AND cu.partner_id = p.partner_id
         LEFT JOIN suggestion_dismissals d ON d.company_id = p.company_id AND d.partner_id = p.partner_id`,
      [companyIds, partnerIds],
    );
  }

  profiles(ids: string[]): Promise<MatchProfile[]> {
    return this.profileRows.consenting(ids);
  }

  /**
   * The best partners of a company's own feed (served run, same exclusions and order as the
   * feed), scoring above `above`, optionally in one province and leaving one out. With a
   * province, the feed is read whole (a company's feed is its run's top lists and its pins) and
   * the partners of other provinces are left out here, before the limit.
   */
  async feedPartners(companyId: string, options: FeedPartnerOptions): Promise<FeedPartnerRow[]> {
    const [origin, runId] = await Promise.all([this.companies.provinces([companyId]), this.servedRunId()]);
    if (!origin.has(companyId) || !runId) return [];
    const { sql } = feedQuery(undefined);
    const rows: Omit<FeedPartnerRow, 'name'>[] = await this.dataSource.query(
      `SELECT f.partner_id, f.score, f.reasons FROM (${sql}) f
        WHERE f.partner_id IS DISTINCT FROM $4::uuid AND f.score > $5
        ORDER BY f.pinned DESC, f.score DESC, f.partner_id DESC LIMIT $6`,
      [
        runId,
        companyId,
        origin.get(companyId),
        options.excluded ?? null,
        options.above,
        options.province ? null : options.limit,
      ],
    );
    const ids = rows.map((r) => r.partner_id);
    const [names, provinces] = await Promise.all([
      this.companies.names(ids),
      options.province ? this.companies.provinces(ids) : undefined,
    ]);
    return rows
      .filter(
        (r) => names.has(r.partner_id) && (!provinces || provinces.get(r.partner_id) === options.province),
      )
      .slice(0, options.limit)
      .map((r) => ({ ...r, name: names.get(r.partner_id)! }));
  }

  private async servedRunId(): Promise<string | null> {
    const [state]: { current_run_id: string | null }[] = await this.dataSource.query(
      `SELECT current_run_id FROM matching_state WHERE id = 1`,
    );
    return state?.current_run_id ?? null;
  }
}
