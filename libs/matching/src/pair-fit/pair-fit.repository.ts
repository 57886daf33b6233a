import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchProfile, MatchReason as EngineReason } from '@app/match-scoring';
import { feedQuery } from '../feed/feed.query.js';
import { loadMatchProfiles } from '../runs/match-profiles.repository.js';

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

/** The matching tables as pairs of companies other domains ask about (libs/meetings' inbox). */
@Injectable()
export class PairFitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every pair in one query: its stored score from the served run, curation and dismissal. */
  storedPairs(companyIds: string[], partnerIds: string[]): Promise<StoredPairRow[]> {
    return this.dataSource.query(
      `WITH pairs AS (SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[]) AS p(company_id, partner_id)),
            served AS (SELECT r.id AS run_id, r.weights FROM matching_state s
                         JOIN matching_runs r ON r.id = s.current_run_id WHERE s.id = 1)
       SELECT p.company_id, p.partner_id,
              COALESCE(m.score, cu.score) AS score, COALESCE(m.reasons, cu.reasons) AS reasons,
              (cu.status = 'HIDDEN' OR d.company_id IS NOT NULL) IS TRUE AS demoted,
              (c.matchmaking_opt_in AND q.matchmaking_opt_in) AS consenting,
              c.profile_version AS company_version, q.profile_version AS partner_version,
              sv.run_id, sv.weights
         FROM pairs p
         JOIN companies c ON c.id = p.company_id
         JOIN companies q ON q.id = p.partner_id
         LEFT JOIN served sv ON true
         LEFT JOIN match_scores m ON m.run_id = sv.run_id AND m.company_id = p.company_id AND m.partner_id = p.partner_id
         LEFT JOIN match_curations cu ON cu.company_id = p.company_id AND cu.partner_id = p.partner_id
         LEFT JOIN suggestion_dismissals d ON d.company_id = p.company_id AND d.partner_id = p.partner_id`,
      [companyIds, partnerIds],
    );
  }

  profiles(ids: string[]): Promise<MatchProfile[]> {
    return loadMatchProfiles(this.dataSource.manager, ids);
  }

  /**
   * The best partners of a company's own feed (served run, same exclusions and order as the
   * feed), scoring above `above`, optionally in one province and leaving one out.
   */
  async feedPartners(companyId: string, options: FeedPartnerOptions): Promise<FeedPartnerRow[]> {
    const [origin]: { province: string; run_id: string | null }[] = await this.dataSource.query(
      `SELECT c.province, s.current_run_id AS run_id FROM companies c, matching_state s
        WHERE c.id = $1 AND s.id = 1`,
      [companyId],
    );
    if (!origin?.run_id) return [];
    const { sql } = feedQuery(undefined);
    return this.dataSource.query(
      `SELECT f.partner_id, p.name, f.score, f.reasons
         FROM (${sql}) f JOIN companies p ON p.id = f.partner_id
        WHERE ($4::text IS NULL OR p.province = $4) AND f.partner_id IS DISTINCT FROM $5::uuid AND f.score > $6
        ORDER BY f.pinned DESC, f.score DESC, f.partner_id DESC LIMIT $7`,
      [
        origin.run_id,
        companyId,
        origin.province,
        options.province ?? null,
        options.excluded ?? null,
        options.above,
        options.limit,
      ],
    );
  }
}
