import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { belongsTo, isStaff } from '@app/auth';
import {
  AppException,
  encodeCursor,
  FieldProblems,
  COMMON_MESSAGES,
  parsePage,
  type Viewer,
} from '@app/common';
import { isCode, type CodeListName } from '@app/taxonomy';
import type { MatchReason as EngineReason } from '@app/match-scoring';
import { COMPANY_THING } from '@app/companies';
import { CurationStatus, type SuggestionFilter } from '../dto/matching.types.js';
import { matchingError } from '../matching.errors.js';
import { feedQuery } from './feed.query.js';
import { ImpressionCounter } from './impression-counter.js';

export interface FeedRow {
  partner_id: string;
  pinned: boolean;
  score: number;
  reasons: EngineReason[];
  curation: 'PINNED' | 'HIDDEN' | null;
  curated_by: string | null;
  curation_note: string | null;
}

export interface FeedPage {
  rows: FeedRow[];
  totalCount: number;
  runId: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (row: FeedRow) => string;
}

const FILTER_LISTS: Record<keyof SuggestionFilter, CodeListName> = {
  sector: 'sectors',
  therapeuticArea: 'therapeuticAreas',
  capability: 'capabilities',
  partnershipType: 'partnershipTypes',
};

export function toCurationStatus(row: Pick<FeedRow, 'curation'>): CurationStatus {
  return row.curation === 'PINNED' ? CurationStatus.PINNED : CurationStatus.NONE;
}

/**
 * The suggested-connections feed. A cursor carries the run it was read from, so paging through a
 * feed while a new run is swapped in never repeats or skips a partner.
 */
@Injectable()
export class FeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly impressions: ImpressionCounter,
  ) {}

  async page(
    viewer: Viewer,
    companyId: string | undefined,
    filter: SuggestionFilter | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<FeedPage> {
    const page = parsePage<[string, boolean, number, string]>(first, after, 4);
    const problems = new FieldProblems();
    for (const [field, list] of Object.entries(FILTER_LISTS)) {
      const value = filter?.[field as keyof SuggestionFilter];
      if (value && !isCode(list, value))
        problems.add(`filter.${field}`, COMMON_MESSAGES.unknownCode, { value, list });
    }
    problems.throwIfAny();
    const id = companyId ?? viewer.companyId;
    if (!id) throw matchingError('NO_COMPANY');
    if (!isStaff(viewer) && !belongsTo(viewer, id)) throw AppException.forbidden();
    const located: { province: string; current_run_id: string | null; previous_run_id: string | null }[] =
      await this.dataSource.query(
        `SELECT c.province, s.current_run_id, s.previous_run_id
           FROM companies c CROSS JOIN matching_state s WHERE c.id = $1 AND s.id = 1`,
        [id],
      );
    const company = located[0];
    if (!company) throw AppException.notFound(COMPANY_THING);
    const served = [company.current_run_id, company.previous_run_id];
    const runId = page.after && served.includes(page.after[0]) ? page.after[0] : (served[0] ?? null);
    const empty = {
      rows: [],
      totalCount: 0,
      runId,
      hasNextPage: false,
      hasPreviousPage: !!page.after,
      cursorOf: () => '',
    };
    if (!runId) return empty;

    const { sql, params } = feedQuery(filter);
    const base = [runId, id, company.province, ...params];
    let keyset = '';
    const keysetParams: unknown[] = [];
    if (page.after && page.after[0] === runId) {
      const [, pinned, score, partnerId] = page.after;
      keysetParams.push(pinned, score, partnerId);
      const n = base.length;
      // Every sort key descends, so one row comparison continues after the last row seen.
      keyset = `WHERE (f.pinned::int, f.score, f.partner_id) < ($${n + 1}::boolean::int, $${n + 2}::real, $${n + 3}::uuid)`;
    }
    // The total rides along with the page (a window over the whole feed): one round trip, not two.
    const rows: (FeedRow & { total: number })[] = await this.dataSource.query(
      `SELECT * FROM (SELECT f.*, count(*) OVER ()::int AS total FROM (${sql}) f) f ${keyset}
        ORDER BY f.pinned DESC, f.score DESC, f.partner_id DESC LIMIT ${page.first + 1}`,
      [...base, ...keysetParams],
    );
    const totalCount =
      rows[0]?.total ??
      (page.after
        ? (await this.dataSource.query(`SELECT count(*)::int AS count FROM (${sql}) f`, base))[0].count
        : 0);
    const visible = rows.slice(0, page.first);
    this.impressions.record(
      id,
      visible.map((r) => r.partner_id),
    );
    return {
      rows: visible,
      totalCount,
      runId,
      hasNextPage: rows.length > page.first,
      hasPreviousPage: !!page.after,
      cursorOf: (row) => encodeCursor([runId, row.pinned, row.score, row.partner_id]),
    };
  }
}
