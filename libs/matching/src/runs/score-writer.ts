import type { ScoredPartner } from '@app/match-scoring';

export interface ScoreRow {
  companyId: string;
  partner: ScoredPartner;
}

/** Columns of match_scores that the writers fill, in COPY's order. */
export const SCORE_COLUMNS =
  'run_id, company_id, partner_id, score, they_offer, they_seek, feedback_version, components, reasons';

const clampScore = (score: number) => Math.min(1, Math.max(0, score));

/**
 * Feed rows as one JSON document for PostgreSQL to expand (see ScoresRepository.write): far
 * cheaper than five array parameters escaped one by one.
 */
export function scoreDocument(rows: ScoreRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      c: r.companyId,
      p: r.partner.partnerId,
      s: clampScore(r.partner.score),
      o: clampScore(r.partner.lenses.theyOffer),
      n: clampScore(r.partner.lenses.theySeek),
      k: r.partner.components,
      r: r.partner.reasons,
    })),
  );
}

/** JSON as a field of COPY's text format, where a backslash starts an escape. */
function copyJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

/** One company's feed as lines of COPY's text format; `feedback` is already a field (`\N` for none). */
export function copyLines(
  runId: string,
  feedback: string,
  companyId: string,
  partners: ScoredPartner[],
): string {
  let lines = '';
  for (const p of partners) {
    const { theyOffer, theySeek } = p.lenses;
    lines += `${runId}\t${companyId}\t${p.partnerId}\t${clampScore(p.score)}\t${clampScore(theyOffer)}\t${clampScore(theySeek)}\t${feedback}\t${copyJson(p.components)}\t${copyJson(p.reasons)}\n`;
  }
  return lines;
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
