import type { EntityManager } from 'typeorm';
import type { ScoredPartner } from '@app/match-scoring';

export interface ScoreRow {
  companyId: string;
  partner: ScoredPartner;
}

/** Writes many feed rows in one statement (arrays unnested server-side), replacing existing ones. */
export async function writeScores(manager: EntityManager, runId: string, rows: ScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO match_scores (run_id, company_id, partner_id, score, components, reasons)
     SELECT $1, c, p, s, comp::jsonb, r::jsonb
       FROM unnest($2::uuid[], $3::uuid[], $4::real[], $5::text[], $6::text[]) AS t(c, p, s, comp, r)
     ON CONFLICT (run_id, company_id, partner_id)
       DO UPDATE SET score = EXCLUDED.score, components = EXCLUDED.components, reasons = EXCLUDED.reasons`,
    [
      runId,
      rows.map((r) => r.companyId),
      rows.map((r) => r.partner.partnerId),
      rows.map((r) => Math.min(1, Math.max(0, r.partner.score))),
      rows.map((r) => JSON.stringify(r.partner.components)),
      rows.map((r) => JSON.stringify(r.partner.reasons)),
    ],
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
