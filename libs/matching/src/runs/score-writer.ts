import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { ScoredPartner } from '@app/match-scoring';

export interface ScoreRow {
  companyId: string;
  partner: ScoredPartner;
}

/** Columns of match_scores that the writers fill, in COPY's order. */
const COLUMNS =
  'run_id, company_id, partner_id, score, they_offer, they_seek, feedback_version, components, reasons';

const clampScore = (score: number) => Math.min(1, Math.max(0, score));

/**
 * Writes feed rows in one statement, replacing existing ones (a company's rescoring updates served
 * feeds in place). The rows travel as one JSON document expanded by PostgreSQL: far cheaper than
 * five array parameters escaped one by one.
 */
export async function writeScores(
  manager: EntityManager,
  runId: string,
  rows: ScoreRow[],
  feedbackVersion: number | null = null,
): Promise<void> {
  if (rows.length === 0) return;
  const document = rows.map((r) => ({
    c: r.companyId,
    p: r.partner.partnerId,
    s: clampScore(r.partner.score),
    o: clampScore(r.partner.lenses.theyOffer),
    n: clampScore(r.partner.lenses.theySeek),
    k: r.partner.components,
    r: r.partner.reasons,
  }));
  await manager.query(
    `INSERT INTO match_scores (${COLUMNS})
     SELECT $1, t.c, t.p, t.s, t.o, t.n, $3, t.k, t.r
       FROM jsonb_to_recordset($2::jsonb) AS t(c uuid, p uuid, s real, o real, n real, k jsonb, r jsonb)
     ON CONFLICT (run_id, company_id, partner_id)
       DO UPDATE SET score = EXCLUDED.score, they_offer = EXCLUDED.they_offer, they_seek = EXCLUDED.they_seek,
         feedback_version = EXCLUDED.feedback_version, components = EXCLUDED.components, reasons = EXCLUDED.reasons`,
    [runId, JSON.stringify(document), feedbackVersion],
  );
}

/** JSON as a field of COPY's text format, where a backslash starts an escape. */
function copyJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

function copyLines(runId: string, feedback: string, companyId: string, partners: ScoredPartner[]): string {
  let lines = '';
  for (const p of partners) {
    const { theyOffer, theySeek } = p.lenses;
    lines += `${runId}\t${companyId}\t${p.partnerId}\t${clampScore(p.score)}\t${clampScore(theyOffer)}\t${clampScore(theySeek)}\t${feedback}\t${copyJson(p.components)}\t${copyJson(p.reasons)}\n`;
  }
  return lines;
}

/**
 * Appends whole feeds to a run with COPY, which PostgreSQL reads far faster than a JSON document.
 * It never replaces a row: the caller clears these companies' rows first, in the same transaction.
 * Feeds are pulled one company at a time as the connection drains, so a lazily scored iterable is
 * scored while PostgreSQL stores the companies before it.
 */
export async function copyFeeds(
  manager: EntityManager,
  runId: string,
  feeds: Iterable<[companyId: string, partners: ScoredPartner[]]>,
  feedbackVersion: number | null = null,
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('copyFeeds writes within a transaction');
  const client = (await manager.queryRunner.connect()) as PoolClient;
  // COPY's text format writes NULL as \N.
  const feedback = feedbackVersion === null ? '\\N' : String(feedbackVersion);
  const lines = Readable.from(
    (function* () {
      for (const [companyId, partners] of feeds) yield copyLines(runId, feedback, companyId, partners);
    })(),
    { highWaterMark: 1 },
  );
  await pipeline(lines, client.query(copyFrom(`COPY match_scores (${COLUMNS}) FROM STDIN`)));
}

/**
 * Keeps, for each listed company, the `topK` best rows by score and the `topK` best of each lens
 * (among rows with a one-way gain), dropping the rest.
 */
export async function trimFeeds(manager: EntityManager, runId: string, companyIds: string[], topK: number) {
  if (companyIds.length === 0) return;
  await manager.query(
    `DELETE FROM match_scores m USING (
       SELECT company_id, partner_id,
              row_number() OVER (PARTITION BY company_id ORDER BY score DESC, partner_id) AS by_score,
              CASE WHEN they_offer > 0 THEN row_number() OVER (
                PARTITION BY company_id, they_offer > 0 ORDER BY they_offer DESC, score DESC, partner_id) END AS by_offer,
              CASE WHEN they_seek > 0 THEN row_number() OVER (
                PARTITION BY company_id, they_seek > 0 ORDER BY they_seek DESC, score DESC, partner_id) END AS by_seek
         FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[])
     ) ranked
     WHERE m.run_id = $1 AND m.company_id = ranked.company_id AND m.partner_id = ranked.partner_id
       AND ranked.by_score > $3 AND coalesce(ranked.by_offer > $3, true) AND coalesce(ranked.by_seek > $3, true)`,
    [runId, companyIds, topK],
  );
}

/** The rows a feed keeps: the `topK` best by score and the `topK` best of each lens, best score first. */
export function keepBest(partners: ScoredPartner[], topK: number): ScoredPartner[] {
  const byScore = [...partners].sort((a, b) => b.score - a.score || compareIds(a.partnerId, b.partnerId));
  const kept = new Set(byScore.slice(0, topK));
  for (const lens of ['theyOffer', 'theySeek'] as const) {
    partners
      .filter((p) => p.lenses[lens] > 0)
      .sort(
        (a, b) =>
          b.lenses[lens] - a.lenses[lens] || b.score - a.score || compareIds(a.partnerId, b.partnerId),
      )
      .slice(0, topK)
      .forEach((p) => kept.add(p));
  }
  return byScore.filter((p) => kept.has(p));
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
