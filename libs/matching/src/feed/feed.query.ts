import type { MatchReason as EngineReason } from '@app/match-scoring';
import { SuggestionLens, type SuggestionFilter } from '../dto/matching.types.js';

/** Columns of the partner that the feed filters on, by filter field. */
const FILTER_COLUMNS: Record<Exclude<keyof SuggestionFilter, 'capability' | 'lens'>, string> = {
  sector: 'sectors',
  therapeuticArea: 'therapeutic_areas',
  partnershipType: 'partnership_types',
};

/** A row of the feed query: one partner with its score, reasons and curation. */
export interface FeedRow {
  partner_id: string;
  pinned: boolean;
  score: number;
  they_offer: number;
  they_seek: number;
  reasons: EngineReason[];
  curation: 'PINNED' | 'HIDDEN' | null;
  curated_by: string | null;
  curation_note: string | null;
}

export interface FeedQuery {
  sql: string;
  params: unknown[];
  /** The feed's order, over the query's columns as `f` (every key descends: see the cursors). */
  order: string;
}

/** The column a lens orders by (ALL: the pair score). */
export const LENS_COLUMN: Record<SuggestionLens, 'score' | 'they_offer' | 'they_seek'> = {
  [SuggestionLens.ALL]: 'score',
  [SuggestionLens.THEY_OFFER_WHAT_WE_SEEK]: 'they_offer',
  [SuggestionLens.THEY_SEEK_WHAT_WE_OFFER]: 'they_seek',
};

/**
 * Hidden pairs a staff reader sees with their curation, to restore them: every one for an
 * administrator (`association` null), else those involving a current member of their association
 * (whom they may curate, see CurationService).
 */
export interface HiddenScope {
  association: string | null;
}

/**
 * The feed of one company from one served run: staff-pinned partners first, then by score or by
 * the lens's one-way score (then score, then partner id). A one-way lens shows only partners with
 * a gain that way (and the pinned ones).
 * Never a partner that withdrew consent, was dismissed or hidden, is already connected, or that
 * both sides found not useful after a meeting. `$1` run, `$2` company, `$3` its province.
 * With a `hidden` scope (staff), the hidden pairs of that scope are there too.
 * Other domains' rows come from the read models they publish (companies' `company_facts` and
 * `current_memberships`, meetings' `connected_pairs` and `unfruitful_pairs`), never their tables:
 * the feed stays one statement, and each owner answers for what its view means.
 */
export function feedQuery(filter: SuggestionFilter | undefined, hidden?: HiddenScope): FeedQuery {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length + 3}`;
  };
  for (const [field, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filter?.[field as keyof typeof FILTER_COLUMNS];
    if (value) conditions.push(`p.${column} @> ARRAY[${param(value)}::text]`);
  }
  if (filter?.capability) {
    const value = param(filter.capability);
    conditions.push(`(p.offers @> ARRAY[${value}::text] OR p.seeks @> ARRAY[${value}::text])`);
  }
  let hiddenShown = 'FALSE';
  if (hidden) {
    hiddenShown =
      hidden.association === null
        ? 'TRUE'
        : `EXISTS (SELECT 1 FROM current_memberships m WHERE m.company_id IN ($2, s.partner_id)
                    AND m.association = ${param(hidden.association)})`;
  }
  const kept = hidden ? `('PINNED', 'HIDDEN')` : `('PINNED')`;
  const lens = LENS_COLUMN[filter?.lens ?? SuggestionLens.ALL];
  if (lens !== 'score') conditions.push(`(s.${lens} > 0 OR cu.status = 'PINNED')`);
  const sql = `
    -- The served run's score when the pair has one; the score kept at curation time otherwise.
    WITH candidates AS (
      SELECT partner_id, score, they_offer, they_seek, reasons FROM match_scores WHERE run_id = $1 AND company_id = $2
      UNION ALL
      SELECT c.partner_id, c.score, c.they_offer, c.they_seek, c.reasons FROM match_curations c
       WHERE c.company_id = $2 AND c.status IN ${kept}
         AND NOT EXISTS (SELECT 1 FROM match_scores m WHERE m.run_id = $1 AND m.company_id = $2 AND m.partner_id = c.partner_id)
    )
    SELECT s.partner_id, (cu.status = 'PINNED') IS TRUE AS pinned,
           s.score, s.they_offer, s.they_seek,
           s.reasons, cu.status AS curation, cu.association AS curated_by, cu.note AS curation_note
      FROM candidates s
      JOIN company_facts p ON p.id = s.partner_id AND p.matchmaking_opt_in AND p.province <> $3
      LEFT JOIN match_curations cu ON cu.company_id = $2 AND cu.partner_id = s.partner_id
     WHERE (cu.status IS NULL OR cu.status <> 'HIDDEN' OR ${hiddenShown})
       AND NOT EXISTS (SELECT 1 FROM suggestion_dismissals d WHERE d.company_id = $2 AND d.partner_id = s.partner_id)
       AND NOT EXISTS (SELECT 1 FROM connected_pairs k
                        WHERE k.company_a = least($2::uuid, s.partner_id) AND k.company_b = greatest($2::uuid, s.partner_id))
       AND NOT EXISTS (SELECT 1 FROM unfruitful_pairs u WHERE u.company_id = $2 AND u.partner_id = s.partner_id)
       ${conditions.map((c) => `AND ${c}`).join(' ')}`;
  return { sql, params, order: `f.pinned DESC, f.${lens} DESC, f.score DESC, f.partner_id DESC` };
}
