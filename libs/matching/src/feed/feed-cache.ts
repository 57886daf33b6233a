import { Injectable } from '@nestjs/common';
import type { Locale } from '@app/common';
import type { CompanyEntity } from '@app/companies';
import type { FeedRow } from './feed.query.js';
import type { SuggestionEdge } from './suggestion.js';

/** The name of the feed generation in cache_generations (see the FeedGeneration migration). */
export const FEED_GENERATION = 'feed';

/** Where a company's feed is read from: its province and the runs being served. */
export interface FeedOrigin {
  province: string;
  current_run_id: string | null;
  previous_run_id: string | null;
}

/** A company's whole feed from one run with one filter, best first, and the partners it names. */
export interface CachedFeed {
  rows: FeedRow[];
  partners: Map<string, CompanyEntity>;
  /** The rows as edges in a language, made the first time a page is read in it. */
  edges: Map<Locale, SuggestionEdge[]>;
}

/**
 * Whole feeds bounded by this many entries (least recently read go first): about 50 kB each, so
 * every company of both associations with a filter or two fits.
 */
const MAX_FEEDS = 1_000;

/**
 * Feeds kept in memory for one feed generation: a reader passes the generation it read before
 * anything else, and a newer one drops everything at once. A reader that read an older
 * generation than the cache holds is served without the cache, so nothing is ever stored under
 * a generation it might be older than. Concurrent readers of what is not cached share one load.
 */
@Injectable()
export class FeedCache {
  private generation = -1;
  private readonly origins = new Map<string, Promise<FeedOrigin | undefined>>();
  private readonly feeds = new Map<string, Promise<CachedFeed>>();
  /** Partners are shared by every feed of the generation: one company object, however many feeds. */
  private partners = new Map<string, CompanyEntity>();

  origin(generation: number, companyId: string, load: () => Promise<FeedOrigin | undefined>) {
    if (!this.holds(generation)) return load();
    return this.remember(this.origins, companyId, load);
  }

  feed(
    generation: number,
    key: string,
    load: (known: ReadonlyMap<string, CompanyEntity>) => Promise<CachedFeed>,
  ): Promise<CachedFeed> {
    if (!this.holds(generation)) return load(new Map());
    const partners = this.partners;
    return this.remember(this.feeds, key, async () => {
      const feed = await load(partners);
      for (const [id, company] of feed.partners) partners.set(id, company);
      return feed;
    });
  }

  private holds(generation: number): boolean {
    if (generation > this.generation) {
      this.generation = generation;
      this.origins.clear();
      this.feeds.clear();
      this.partners = new Map();
    }
    return generation === this.generation;
  }

  private remember<T>(entries: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const cached = entries.get(key);
    if (cached) {
      entries.delete(key);
      entries.set(key, cached);
      return cached;
    }
    const loading = load();
    entries.set(key, loading);
    loading.catch(() => {
      if (entries.get(key) === loading) entries.delete(key);
    });
    if (entries.size > MAX_FEEDS) entries.delete(entries.keys().next().value!);
    return loading;
  }
}
