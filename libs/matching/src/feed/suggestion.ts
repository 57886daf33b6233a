import { encodeCursor, type Locale } from '@app/common';
import type { CompanyEntity } from '@app/companies';
import { renderReason, type MatchReason as EngineReason } from '@app/match-scoring';
import { CurationStatus, SuggestionLens, type MatchReason } from '../dto/matching.types.js';
import { LENS_COLUMN, type FeedRow } from './feed.query.js';

/**
 * A suggestion as GraphQL reads it: partner and reasons are plain data (the feed fetched the
 * partners with the page), so a page costs no resolver call per field.
 */
export interface SuggestionNode {
  partner: CompanyEntity;
  score: number;
  lensScores: { theyOffer: number; theySeek: number };
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

/** The reason that says a lens's direction of gain: shown first when the feed is read through that lens. */
const LENS_REASON: Partial<Record<SuggestionLens, string>> = {
  [SuggestionLens.THEY_OFFER_WHAT_WE_SEEK]: 'OFFERS_WHAT_YOU_SEEK',
  [SuggestionLens.THEY_SEEK_WHAT_WE_OFFER]: 'SEEKS_WHAT_YOU_OFFER',
};

/** The stored reasons with those of the lens's direction first, the rest in their order. */
export function reasonsForLens(reasons: EngineReason[], lens: SuggestionLens): EngineReason[] {
  const first = LENS_REASON[lens];
  if (!first) return reasons;
  return [...reasons.filter((r) => r.code === first), ...reasons.filter((r) => r.code !== first)];
}

/** Where a row stands in a feed read through a lens: every key descends. */
export function feedKey(row: FeedRow, lens: SuggestionLens): [boolean, number, number, string] {
  return [row.pinned, Number(row[LENS_COLUMN[lens]]), Number(row.score), row.partner_id];
}

/**
 * A feed row as an edge in one language; its cursor names the run and the lens, so pages stay on
 * that run and in that order.
 */
export function toEdge(
  runId: string,
  lens: SuggestionLens,
  row: FeedRow,
  partner: CompanyEntity,
  locale: Locale,
): SuggestionEdge {
  const pinned = row.curation === 'PINNED';
  const curation = row.curation ? CurationStatus[row.curation] : CurationStatus.NONE;
  return {
    cursor: encodeCursor([runId, lens, ...feedKey(row, lens)]),
    node: {
      partner,
      score: Number(row.score),
      lensScores: { theyOffer: Number(row.they_offer), theySeek: Number(row.they_seek) },
      reasons: renderReasons(reasonsForLens(row.reasons, lens), locale),
      curation,
      curatedBy: pinned ? row.curated_by : null,
      curationNote: row.curation_note,
    },
  };
}
