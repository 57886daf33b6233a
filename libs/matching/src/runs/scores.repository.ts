import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { ScoredPartner } from '@app/match-scoring';
import type { MatchScoreRow } from '../matching.tables.js';
import { copyLines, SCORE_COLUMNS, scoreDocument, type ScoreRow } from './score-writer.js';

/** Upserts feed rows expanded from one JSON document: `$1` run, `$2` the rows, `$3` feedback version. */
export const WRITE_SCORES_SQL = `INSERT INTO match_scores (${SCORE_COLUMNS})
     SELECT $1, t.c, t.p, t.s, t.o, t.n, $3, t.k, t.r
       FROM jsonb_to_recordset($2::jsonb) AS t(c uuid, p uuid, s real, o real, n real, k json, r json)
     ON CONFLICT (run_id, company_id, partner_id)
       DO UPDATE SET score = EXCLUDED.score, they_offer = EXCLUDED.they_offer, they_seek = EXCLUDED.they_seek,
         feedback_version = EXCLUDED.feedback_version, components = EXCLUDED.components, reasons = EXCLUDED.reasons`;

export const COPY_SCORES_SQL = `COPY match_scores (${SCORE_COLUMNS}) FROM STDIN`;

/** A run's chunk starts by dropping what an earlier attempt left of its companies. */
export const CLEAR_COMPANIES_SQL = `DELETE FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[])`;

/** This transaction's commit does not wait for the disk (the rows are derived and rewritten on resume). */
export const SKIP_DURABLE_COMMIT_SQL = `SET LOCAL synchronous_commit = off`;

/** A rescored company leaves its feed and every partner feed of the run. */
export const CLEAR_COMPANY_SQL = `DELETE FROM match_scores WHERE run_id = $1 AND (company_id = $2 OR partner_id = $2)`;

/** Keeps the `$3` best by score and by each lens of each listed feed. */
export const TRIM_FEEDS_SQL = `DELETE FROM match_scores m USING (
       SELECT company_id, partner_id,
              row_number() OVER (PARTITION BY company_id ORDER BY score DESC, partner_id) AS by_score,
              CASE WHEN they_offer > 0 THEN row_number() OVER (
                PARTITION BY company_id, they_offer > 0 ORDER BY they_offer DESC, score DESC, partner_id) END AS by_offer,
              CASE WHEN they_seek > 0 THEN row_number() OVER (
                PARTITION BY company_id, they_seek > 0 ORDER BY they_seek DESC, score DESC, partner_id) END AS by_seek
         FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[])
     ) ranked
     WHERE m.run_id = $1 AND m.company_id = ranked.company_id AND m.partner_id = ranked.partner_id
       AND ranked.by_score > $3 AND coalesce(ranked.by_offer > $3, true) AND coalesce(ranked.by_seek > $3, true)`;

/** Each listed feed's `$3`-th best score and lens values. */
export const FEED_FLOORS_SQL = `SELECT company_id, (array_agg(score ORDER BY score DESC))[$3] AS score,
                  (array_agg(they_offer ORDER BY they_offer DESC) FILTER (WHERE they_offer > 0))[$3] AS they_offer,
                  (array_agg(they_seek ORDER BY they_seek DESC) FILTER (WHERE they_seek > 0))[$3] AS they_seek
             FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[]) GROUP BY company_id`;

/** Rows of runs neither served nor still being written (another worker's run keeps its rows). */
export const DROP_UNSERVED_SQL = `DELETE FROM match_scores WHERE run_id NOT IN (
           SELECT served FROM matching_state, unnest(ARRAY[current_run_id, previous_run_id]) AS served
            WHERE id = 1 AND served IS NOT NULL
           UNION ALL
           SELECT id FROM matching_runs WHERE status IN ('QUEUED', 'RUNNING'))`;

/** A partner feed's k-th best value of the score and of each lens: a row must beat one to enter. */
export type FeedFloor = Pick<MatchScoreRow, 'company_id'> & {
  score: number | null;
  they_offer: number | null;
  they_seek: number | null;
};

/** The feed rows of runs (`match_scores`): the hot writes of full runs and of a company's rescoring. */
@Injectable()
export class ScoresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes feed rows in one statement, replacing existing ones (a company's rescoring updates
   * served feeds in place).
   */
  async write(
    runId: string,
    rows: ScoreRow[],
    feedbackVersion: number | null,
    tx?: Transaction,
  ): Promise<void> {
    if (rows.length === 0) return;
    await (tx ?? this.dataSource.manager).query(WRITE_SCORES_SQL, [
      runId,
      scoreDocument(rows),
      feedbackVersion,
    ]);
  }

  /**
   * Appends whole feeds to a run with COPY, which PostgreSQL reads far faster than a JSON document.
   * It never replaces a row: the caller clears these companies' rows first, in the same transaction.
   * Feeds are pulled one company at a time as the connection drains, so a lazily scored iterable is
   * scored while PostgreSQL stores the companies before it.
   */
  async copy(
    runId: string,
    feeds: Iterable<[companyId: string, partners: ScoredPartner[]]>,
    feedbackVersion: number | null,
    tx: Transaction,
  ): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive)
      throw new Error('ScoresRepository.copy writes within a transaction');
    const client = (await tx.queryRunner.connect()) as PoolClient;
    // COPY's text format writes NULL as \N.
    const feedback = feedbackVersion === null ? '\\N' : String(feedbackVersion);
    const lines = Readable.from(
      (function* () {
        for (const [companyId, partners] of feeds) yield copyLines(runId, feedback, companyId, partners);
      })(),
      { highWaterMark: 1 },
    );
    await pipeline(lines, client.query(copyFrom(COPY_SCORES_SQL)));
  }

  /** Lets the transaction commit without waiting for the disk: for rows a crash may lose. */
  async skipDurableCommit(tx: Transaction): Promise<void> {
    await tx.query(SKIP_DURABLE_COMMIT_SQL);
  }

  /** Drops the listed companies' feeds from the run. */
  async clearCompanies(runId: string, companyIds: string[], tx: Transaction): Promise<void> {
    await tx.query(CLEAR_COMPANIES_SQL, [runId, companyIds]);
  }

  /** Drops every row of the run naming the company, on either side. */
  async clearCompany(runId: string, companyId: string, tx: Transaction): Promise<void> {
    await tx.query(CLEAR_COMPANY_SQL, [runId, companyId]);
  }

  /**
   * Keeps, for each listed company, the `topK` best rows by score and the `topK` best of each lens
   * (among rows with a one-way gain), dropping the rest.
   */
  async trim(runId: string, companyIds: string[], topK: number, tx?: Transaction): Promise<void> {
    if (companyIds.length === 0) return;
    await (tx ?? this.dataSource.manager).query(TRIM_FEEDS_SQL, [runId, companyIds, topK]);
  }

  /** For each listed company's feed, the value a row must beat to enter it, by score and by lens. */
  floors(runId: string, companyIds: string[], topK: number, tx: Transaction): Promise<FeedFloor[]> {
    return tx.query(FEED_FLOORS_SQL, [runId, companyIds, topK]);
  }

  /** Drops the rows of every run neither served nor being written. */
  async dropUnserved(tx: Transaction): Promise<void> {
    await tx.query(DROP_UNSERVED_SQL);
  }
}
