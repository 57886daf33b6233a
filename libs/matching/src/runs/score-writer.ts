import type { EntityManager } from 'typeorm';
import type { ScoredPartner } from '@app/match-scoring';

export interface ScoreRow {
  companyId: string;
  partner: ScoredPartner;
}

/**
 * Writes many feed rows in one statement, replacing existing ones. The rows travel as one JSON
 * document expanded by PostgreSQL: far cheaper than five array parameters escaped one by one.
 */
export async function writeScores(manager: EntityManager, runId: string, rows: ScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  const document = rows.map((r) => ({
    c: r.companyId,
    p: r.partner.partnerId,
    s: Math.min(1, Math.max(0, r.partner.score)),
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
