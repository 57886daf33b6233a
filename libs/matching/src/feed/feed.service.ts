import { Injectable } from '@nestjs/common';
import { belongsTo, isStaff } from '@app/auth';
import {
  AppException,
  FieldProblems,
  COMMON_MESSAGES,
  parsePage,
  type Locale,
  type Viewer,
} from '@app/common';
import { isCode, type CodeListName } from '@app/taxonomy';
import { COMPANY_THING, CompaniesService, type CompanyEntity } from '@app/companies';
import { CurationStatus, SuggestionLens, type SuggestionFilter } from '../dto/matching.types.js';
import { matchingError } from '../matching.errors.js';
import type { FeedRow, HiddenScope } from './feed.query.js';
import { FeedRepository } from './feed.repository.js';
import { FEED_GENERATION, FeedCache, type CachedFeed } from './feed-cache.js';
import { ImpressionCounter } from './impression-counter.js';
import { feedKey, toEdge, type SuggestionEdge } from './suggestion.js';

export interface FeedPage {
  edges: SuggestionEdge[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The partners the page counted as shown to the company (every one but those staff hid). */
  shown: Impressions;
}

export interface Impressions {
  companyId: string;
  partnerIds: string[];
}

/** A cursor: the run and the lens it was read in, then the row's place in that lens's order. */
type FeedCursor = [
  runId: string,
  lens: SuggestionLens,
  pinned: boolean,
  lensScore: number,
  score: number,
  partnerId: string,
];

const FILTER_LISTS: Record<Exclude<keyof SuggestionFilter, 'lens'>, CodeListName> = {
  sector: 'sectors',
  therapeuticArea: 'therapeuticAreas',
  capability: 'capabilities',
  partnershipType: 'partnershipTypes',
};

/**
 * The suggested-connections feed. A cursor carries the run it was read from, so paging through a
 * feed while a new run is swapped in never repeats or skips a partner. Whole feeds are read once
 * per feed generation and paged in memory (FeedCache).
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly feeds: FeedRepository,
    private readonly impressions: ImpressionCounter,
    private readonly cache: FeedCache,
    private readonly companies: CompaniesService,
  ) {}

  async page(
    viewer: Viewer,
    locale: Locale,
    companyId: string | undefined,
    filter: SuggestionFilter | undefined,
    first?: number | null,
    after?: string | null,
    includeHidden = false,
  ): Promise<FeedPage> {
    const page = parsePage<FeedCursor>(first, after, 6);
    const lens = filter?.lens ?? SuggestionLens.ALL;
    const problems = new FieldProblems();
    for (const [field, list] of Object.entries(FILTER_LISTS)) {
      const value = filter?.[field as keyof typeof FILTER_LISTS];
      if (value && !isCode(list, value))
        problems.add(`filter.${field}`, COMMON_MESSAGES.unknownCode, { value, list });
    }
    // A cursor continues the order it was read in: another lens's cursor has no place in this one.
    if (page.after && page.after[1] !== lens) problems.add('after', COMMON_MESSAGES.badCursor);
    problems.throwIfAny();
    const id = companyId ?? viewer.companyId;
    if (!id) throw matchingError('NO_COMPANY');
    if (!isStaff(viewer) && !belongsTo(viewer, id)) throw AppException.forbidden();
    // Hidden pairs are staff's to restore: members never learn whom staff kept from them.
    if (includeHidden && !isStaff(viewer)) throw AppException.forbidden();
    const hidden: HiddenScope | undefined = includeHidden
      ? { association: viewer.role === 'ADMIN' ? null : viewer.association }
      : undefined;
    const generation = viewer.asOf?.[FEED_GENERATION] ?? (await this.feeds.generation(FEED_GENERATION));
    const company = await this.cache.origin(generation, id, () => this.feeds.origin(id));
    if (!company) throw AppException.notFound(COMPANY_THING);
    const served = [company.current_run_id, company.previous_run_id];
    const runId = page.after && served.includes(page.after[0]) ? page.after[0] : (served[0] ?? null);
    if (!runId) {
      const shown = { companyId: id, partnerIds: [] };
      return { edges: [], totalCount: 0, hasNextPage: false, hasPreviousPage: !!page.after, shown };
    }
    const feed = await this.cache.feed(
      generation,
      JSON.stringify([
        runId,
        id,
        filter?.sector,
        filter?.therapeuticArea,
        filter?.capability,
        filter?.partnershipType,
        lens,
        hidden?.association ?? (hidden ? 'ALL' : undefined),
      ]),
      (known) => this.load(runId, id, company.province, filter, known, hidden),
    );
    const start = page.after && page.after[0] === runId ? positionAfter(feed.rows, lens, page.after) : 0;
    let edges = feed.edges.get(locale);
    if (!edges) {
      edges = feed.rows.map((row) => toEdge(runId, lens, row, feed.partners.get(row.partner_id)!, locale));
      feed.edges.set(locale, edges);
    }
    const visible = edges.slice(start, start + page.first);
    const shown = {
      companyId: id,
      partnerIds: visible
        .filter((edge) => edge.node.curation !== CurationStatus.HIDDEN)
        .map((edge) => edge.node.partner.id),
    };
    this.recordShown(shown);
    return {
      edges: visible,
      totalCount: feed.rows.length,
      hasNextPage: start + page.first < feed.rows.length,
      hasPreviousPage: !!page.after,
      shown,
    };
  }

  /** Counts a page as seen again (a kept answer sent again is a page shown again). */
  recordShown(shown: Impressions): void {
    this.impressions.record(shown.companyId, shown.partnerIds);
  }

  /** A whole feed, best first, with its partners (those the cache already holds are not fetched again). */
  private async load(
    runId: string,
    companyId: string,
    province: string,
    filter: SuggestionFilter | undefined,
    known: ReadonlyMap<string, CompanyEntity>,
    hidden: HiddenScope | undefined,
  ): Promise<CachedFeed> {
    const rows: FeedRow[] = await this.feeds.feed(runId, companyId, province, filter, hidden);
    const fetched = await this.companies.findByIds(
      rows.map((r) => r.partner_id).filter((p) => !known.has(p)),
    );
    const byId = new Map(fetched.map((c) => [c.id, c]));
    const partners = new Map<string, CompanyEntity>();
    for (const row of rows) {
      const partner = known.get(row.partner_id) ?? byId.get(row.partner_id);
      if (partner) partners.set(row.partner_id, partner);
    }
    // A partner deleted between the two reads has left the feed too.
    return { rows: rows.filter((r) => partners.has(r.partner_id)), partners, edges: new Map() };
  }
}

/** Where a page continues: after the row the cursor names, in the lens's order (every key descends). */
function positionAfter(rows: FeedRow[], lens: SuggestionLens, cursor: FeedCursor): number {
  const after = cursor.slice(2) as ReturnType<typeof feedKey>;
  const index = rows.findIndex((row) => {
    const key = feedKey(row, lens);
    for (let i = 0; i < key.length; i++) {
      const [mine, theirs] = i === 0 ? [Number(key[i]), Number(after[i])] : [key[i], after[i]];
      if (mine !== theirs) return mine < theirs;
    }
    return false;
  });
  return index === -1 ? rows.length : index;
}
