import { encodeCursor, type Locale } from '@app/common';
import type { CompanyEntity } from '@app/companies';
import { renderReason, type MatchReason as EngineReason } from '@app/match-scoring';
import { CurationStatus, type MatchReason } from '../dto/matching.types.js';
import type { FeedRow } from './feed.query.js';

/**
 * A suggestion as GraphQL reads it: partner and reasons are plain data (the feed fetched the
 * partners with the page), so a page costs no resolver call per field.
 */
export interface SuggestionNode {
  partner: CompanyEntity;
  score: number;
  reasons: MatchReason[];
  curation: CurationStatus;
  curatedBy: string | null;
  curationNote: string | null;
}

export interface SuggestionEdge {
  cursor: string;
  node: SuggestionNode;
}

export function renderReasons(reasons: EngineReason[], locale: Locale): MatchReason[] {
  return reasons.map((reason) => ({ code: reason.code, message: renderReason(reason, locale) }));
}

/** A feed row as an edge in one language; its cursor names the run, so pages stay on that run. */
export function toEdge(runId: string, row: FeedRow, partner: CompanyEntity, locale: Locale): SuggestionEdge {
  const pinned = row.curation === 'PINNED';
  return {
    cursor: encodeCursor([runId, row.pinned, row.score, row.partner_id]),
    node: {
      partner,
      score: Number(row.score),
      reasons: renderReasons(row.reasons, locale),
      curation: pinned ? CurationStatus.PINNED : CurationStatus.NONE,
      curatedBy: pinned ? row.curated_by : null,
      curationNote: row.curation_note,
    },
  };
}
