// What labelled partnerships say about words (model/term-lift.ts, learned from the blind tuning
// sets by `npm run bench:matching -- term-lift`): for a term of a seeker's profile and a term of a
// provider's, how much likelier such a pair is labelled relevant than a pair at random (its log,
// where it is clearly above 1). "fill-finish" in a seeker's text and "aseptic" or "vials" in a
// provider's, « essais de phase II » and "site network": associations no rule of the lexicon
// names, learned from how people who never saw the engine paired profiles they wrote.
//
// A pair's evidence is the mean of those logs over both profiles' terms, each way: how well the
// partner's words answer the viewer's, and the reverse. The mean counts PSEUDO_CELLS more cells at 0,
// so that two profiles of a few words (a sector and nothing else) give little evidence either way. It re-ranks the candidates the rules find
// (engine/rank.ts); it never finds a partner on its own, so a pair with nothing to trade stays
// out however its words co-occur.
import { TERM_LIFT_ROWS, TERM_LIFT_TERMS } from '../model/term-lift.js';
import { profileTerms } from '../text/science-terms.js';
import type { MatchProfile } from '../types.js';
import type { PairParts, ScoringContext } from './pair-score.js';
import { shared, type PreparedCore } from './prepared.js';

/** The terms a profile shows the learned table: its texts' science terms and its sectors. */
export function termBag(profile: MatchProfile, textTerms = profileTerms(profile)): string[] {
  return [...textTerms.keys(), ...profile.sectors.map((sector) => `#sector:${sector}`)];
}

/** The table as sparse rows (by seeker term) and columns (by provider term) of ln(lift). */
interface LiftTable {
  terms: Map<string, number>;
  rowStart: Int32Array;
  rowTerm: Int32Array;
  rowValue: Float32Array;
  colStart: Int32Array;
  colTerm: Int32Array;
  colValue: Float32Array;
}

function decode(): LiftTable {
  const names = TERM_LIFT_TERMS.split(/\s+/).filter(Boolean);
  const entries: Array<[number, number, number]> = [];
  for (const line of TERM_LIFT_ROWS.split('\n')) {
    const [seeker, ...cells] = line.trim().split(' ');
    if (!seeker) continue;
    for (const cell of cells) {
      const [provider, value] = cell.split(':');
      entries.push([Number(seeker), Number(provider), Number(value) / 100]);
    }
  }
  const sparse = (key: 0 | 1) => {
    const start = new Int32Array(names.length + 1);
    for (const entry of entries) start[entry[key] + 1]++;
    for (let t = 0; t < names.length; t++) start[t + 1] += start[t];
    const at = start.slice(0, names.length);
    const term = new Int32Array(entries.length);
    const value = new Float32Array(entries.length);
    for (const entry of entries) {
      const i = at[entry[key]]++;
      term[i] = entry[1 - key];
      value[i] = entry[2];
    }
    return { start, term, value };
  };
  const rows = sparse(0);
  const cols = sparse(1);
  return {
    terms: new Map(names.map((name, i) => [name, i])),
    rowStart: rows.start,
    rowTerm: rows.term,
    rowValue: rows.value,
    colStart: cols.start,
    colTerm: cols.term,
    colValue: cols.value,
  };
}

const TABLE = decode();
/** Cells of no evidence added to every pair's mean (profiles have some 20–60 known terms each). */
const PSEUDO_CELLS = 50;

/** Each company's terms known to the table, in PreparedCore's `liftStart` / `liftTerm` layout. */
export function fillTermBags(core: PreparedCore, bags: string[][]): void {
  const ids = bags.map((bag) => {
    const known = bag.map((term) => TABLE.terms.get(term)).filter((id) => id !== undefined);
    return [...new Set(known)].sort((x, y) => x - y);
  });
  core.liftStart = shared(Int32Array, ids.length + 1);
  core.liftTerm = shared(
    Int32Array,
    ids.reduce((n, list) => n + list.length, 0),
  );
  let at = 0;
  ids.forEach((list, i) => {
    core.liftStart[i] = at;
    for (const id of list) core.liftTerm[at++] = id;
  });
  core.liftStart[ids.length] = at;
}

/**
 * One company's side of the table, loaded once and read for each partner: for every provider term,
 * the sum of ln(lift) of the company's terms as a seeker with it (`answers`), and for every seeker
 * term, the sum with the company's terms as a provider (`answered`).
 */
export class TermEvidence {
  private readonly answers = new Float32Array(TABLE.terms.size);
  private readonly answered = new Float32Array(TABLE.terms.size);
  private terms = 0;
  company = -1;

  load(core: PreparedCore, company: number): this {
    if (this.company === company) return this;
    this.answers.fill(0);
    this.answered.fill(0);
    this.company = company;
    const from = core.liftStart[company];
    const to = core.liftStart[company + 1];
    this.terms = to - from;
    for (let i = from; i < to; i++) {
      const t = core.liftTerm[i];
      for (let j = TABLE.rowStart[t]; j < TABLE.rowStart[t + 1]; j++)
        this.answers[TABLE.rowTerm[j]] += TABLE.rowValue[j];
      for (let j = TABLE.colStart[t]; j < TABLE.colStart[t + 1]; j++)
        this.answered[TABLE.colTerm[j]] += TABLE.colValue[j];
    }
    return this;
  }

  /** Evidence that `partner` offers what the loaded company seeks (0 when the table knows neither). */
  helpedBy(core: PreparedCore, partner: number): number {
    return this.mean(core, partner, this.answers);
  }

  /** Evidence that the loaded company offers what `partner` seeks. */
  helps(core: PreparedCore, partner: number): number {
    return this.mean(core, partner, this.answered);
  }

  private mean(core: PreparedCore, partner: number, row: Float32Array): number {
    const from = core.liftStart[partner];
    const to = core.liftStart[partner + 1];
    let sum = 0;
    for (let i = from; i < to; i++) sum += row[core.liftTerm[i]];
    return sum / (this.terms * (to - from) + PSEUDO_CELLS);
  }
}

/**
 * A score 0..1 raised (or lowered) by evidence: 1 − (1 − x)^exp(strength × evidence). Order-preserving
 * for a given evidence, x itself when the evidence is 0, and never past 1.
 */
export function lifted(x: number, evidence: number, strength: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return 1 - Math.pow(1 - x, Math.exp(strength * evidence));
}

/**
 * The pair's final scores: the score and lenses scorePair wrote to `parts` for (evidence.company,
 * b), lifted by the evidence each way. The score takes the stronger of the two, so it stays
 * symmetric; each lens takes its own way.
 */
export function liftScores(ctx: ScoringContext, evidence: TermEvidence, b: number, parts: PairParts): number {
  const toViewer = evidence.helpedBy(ctx.core, b);
  const toPartner = evidence.helps(ctx.core, b);
  parts.liftViewer = toViewer;
  parts.liftPartner = toPartner;
  parts.score = lifted(parts.score, Math.max(toViewer, toPartner), ctx.termLiftFeed);
  parts.theyOffer = lifted(parts.theyOffer, toViewer, ctx.termLift);
  parts.theySeek = lifted(parts.theySeek, toPartner, ctx.termLift);
  return parts.score;
}
