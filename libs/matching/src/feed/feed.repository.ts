import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { SuggestionFilter } from '../dto/matching.types.js';
import type { CacheGenerationRow } from '../matching.tables.js';
import type { FeedOrigin } from './feed-cache.js';
import { feedQuery, type FeedRow, type HiddenScope } from './feed.query.js';

/** A company's province (from companies' published `company_facts`) and the served runs. */
export const FEED_ORIGIN_SQL = `SELECT c.province, s.current_run_id, s.previous_run_id
           FROM company_facts c, matching_state s WHERE c.id = $1 AND s.id = 1`;

export const CACHE_GENERATION_SQL = `SELECT generation FROM cache_generations WHERE name = $1`;

export const BUMP_CACHE_GENERATION_SQL = `UPDATE cache_generations SET generation = generation + 1 WHERE name = $1`;

/** The whole feed statement: `feedQuery` in its order. `$1` run, `$2` company, `$3` its province. */
export function feedStatement(filter: SuggestionFilter | undefined, hidden?: HiddenScope) {
  const { sql, params, order } = feedQuery(filter, hidden);
  return { sql: `SELECT * FROM (${sql}) f ORDER BY ${order}`, params };
}

/**
 * The reads of a feed request. Each runs once per feed generation (the FeedCache keeps the
 * results), so a change to one of these statements shows in the spec's snapshots.
 */
@Injectable()
export class FeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The company's province and the runs served, in one statement: the province from the read
   * model the companies domain publishes (`company_facts`), to keep the feed at one query per
   * generation.
   */
  async origin(companyId: string): Promise<FeedOrigin | undefined> {
    const rows: FeedOrigin[] = await this.dataSource.query(FEED_ORIGIN_SQL, [companyId]);
    return rows[0];
  }

  /** The current value of a cache generation counter (`FEED_GENERATION` for the feeds). */
  async generation(name: string): Promise<number> {
    const [row]: Pick<CacheGenerationRow, 'generation'>[] = await this.dataSource.query(
      CACHE_GENERATION_SQL,
      [name],
    );
    return Number(row.generation);
  }

  /**
   * Drops every cached read of that generation (served feeds changed in place). It locks the
   * counter's row until commit: call it last in the transaction.
   */
  async bumpGeneration(name: string, tx: Transaction): Promise<void> {
    await tx.query(BUMP_CACHE_GENERATION_SQL, [name]);
  }

  /** A company's whole feed from one run, best first (see `feedQuery`). */
  feed(
    runId: string,
    companyId: string,
    province: string,
    filter: SuggestionFilter | undefined,
    hidden: HiddenScope | undefined,
  ): Promise<FeedRow[]> {
    const { sql, params } = feedStatement(filter, hidden);
    return this.dataSource.query(sql, [runId, companyId, province, ...params]);
  }
}
