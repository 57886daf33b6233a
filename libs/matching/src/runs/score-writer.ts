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

const clampScore = (score: number) => Math.min(1, Math.max(0, score));

/**
 * Writes feed rows in one statement, replacing existing ones (a company's rescoring updates served
 * feeds in place). The rows travel as one JSON document expanded by PostgreSQL: far cheaper than
 * five array parameters escaped one by one.
 */
export async function writeScores(manager: EntityManager, runId: string, rows: ScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  const document = rows.map((r) => ({
    c: r.companyId,
    p: r.partner.partnerId,
    s: clampScore(r.partner.score),
    k: r.partner.components,
    r: r.partner.reasons,
  }));
  await manager.query(
    `INSERT INTO match_scores (run_id, company_id, partner_id, score, components, reasons)
     SELECT $1, t.c, t.p, t.s, t.k, t.r FROM jsonb_to_recordset($2::jsonb) AS t(c uuid, p uuid, s real, k jsonb, r jsonb)
     ON CONFLICT (run_id, company_id, partner_id)
       DO UPDATE SET score = EXCLUDED.score, components = EXCLUDED.components, reasons = EXCLUDED.reasons`,
    [runId, JSON.stringify(document)],
  );
}

/** JSON as a field of COPY's text format, where a backslash starts an escape. */
function copyJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

function copyLines(runId: string, companyId: string, partners: ScoredPartner[]): string {
  let lines = '';
  for (const p of partners) {
    lines += `${runId}\t${companyId}\t${p.partnerId}\t${clampScore(p.score)}\t${copyJson(p.components)}\t${copyJson(p.reasons)}\n`;
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
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('copyFeeds writes within a transaction');
  const client = (await manager.queryRunner.connect()) as PoolClient;
  const lines = Readable.from(
    (function* () {
      for (const [companyId, partners] of feeds) yield copyLines(runId, companyId, partners);
    })(),
    { highWaterMark: 1 },
  );
  await pipeline(
    lines,
    client.query(
      copyFrom(`COPY match_scores (run_id, company_id, partner_id, score, components, reasons) FROM STDIN`),
    ),
  );
}

/** Keeps the `topK` best rows of each listed company, dropping the rest. */
export async function trimFeeds(manager: EntityManager, runId: string, companyIds: string[], topK: number) {
  if (companyIds.length === 0) return;
  await manager.query(
    `DELETE FROM match_scores m USING (
       SELECT company_id, partner_id,
              row_number() OVER (PARTITION BY company_id ORDER BY score DESC, partner_id) AS position
         FROM match_scores WHERE run_id = $1 AND company_id = ANY($2::uuid[])
     ) ranked
     WHERE m.run_id = $1 AND m.company_id = ranked.company_id AND m.partner_id = ranked.partner_id
       AND ranked.position > $3`,
    [runId, companyIds, topK],
  );
}
