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
import { TERM_LIFT_CELLS, TERM_LIFT_TERMS } from '../model/term-lift.js';
import { profileTerms } from '../text/science-terms.js';
import type { MatchProfile } from '../types.js';
import type { PairParts, ScoringContext } from './pair-score.js';
import { shared, type PreparedCore, type TermLiftTable } from './prepared.js';

/** The terms a profile shows the learned table: its texts' science terms and its sectors. */
export function termBag(profile: MatchProfile, textTerms = profileTerms(profile)): string[] {
  return [...textTerms.keys(), ...profile.sectors.map((sector) => `#sector:${sector}`)];
}

/** A table as learned: its terms, and per seeker term the [provider term, ln(lift)] cells kept. */
export interface TermLiftCells {
  terms: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

/** The table scoring reads (PreparedCore's `liftTable`) from the cells a learning kept. */
export function termLiftTable({ terms, rows }: TermLiftCells): TermLiftTable {
  const rowStart = shared(Int32Array, terms.length + 1);
  rows.forEach((row, seeker) => (rowStart[seeker + 1] = rowStart[seeker] + row.length));
  const rowTerm = shared(Int32Array, rowStart[terms.length]);
  const rowValue = shared(Float32Array, rowStart[terms.length]);
  rows.forEach((row, seeker) =>
    row.forEach(([provider, value], i) => {
      rowTerm[rowStart[seeker] + i] = provider;
      rowValue[rowStart[seeker] + i] = value;
    }),
  );
  return withColumns(terms, rowStart, rowTerm, rowValue);
}

/** A table from its sparse rows, with the columns (by provider term) laid out from them. */
function withColumns(
  terms: readonly string[],
  rowStart: Int32Array,
  rowTerm: Int32Array,
  rowValue: Float32Array,
): TermLiftTable {
  const colStart = shared(Int32Array, terms.length + 1);
  for (const provider of rowTerm) colStart[provider + 1]++;
  for (let t = 0; t < terms.length; t++) colStart[t + 1] += colStart[t];
  const at = colStart.slice(0, terms.length);
  const colTerm = shared(Int32Array, rowTerm.length);
  const colValue = shared(Float32Array, rowTerm.length);
  for (let seeker = 0; seeker < terms.length; seeker++)
    for (let j = rowStart[seeker]; j < rowStart[seeker + 1]; j++) {
      const i = at[rowTerm[j]]++;
      colTerm[i] = seeker;
      colValue[i] = rowValue[j];
    }
  return { terms, rowStart, rowTerm, rowValue, colStart, colTerm, colValue };
}

let learned: TermLiftTable | undefined;

/**
 * The model's table (model/term-lift.ts: its layout is in its header), decoded on first use
 * straight into the sparse rows: the file's words are already in that order.
 */
export function learnedTermLift(): TermLiftTable {
  if (!learned) {
    const terms = TERM_LIFT_TERMS.split(/\s+/).filter(Boolean);
    const bytes = Buffer.from(TERM_LIFT_CELLS, 'base64');
    const word = (i: number) => bytes.readUInt16LE(2 * i);
    const cellCount = (bytes.length / 2 - terms.length) / 2;
    const rowStart = shared(Int32Array, terms.length + 1);
    for (let t = 0; t < terms.length; t++) rowStart[t + 1] = rowStart[t] + word(t);
    const rowTerm = shared(Int32Array, cellCount);
    const rowValue = shared(Float32Array, cellCount);
    for (let cell = 0; cell < cellCount; cell++) {
      rowTerm[cell] = word(terms.length + cell);
      rowValue[cell] = word(terms.length + cellCount + cell) / 100;
    }
    learned = withColumns(terms, rowStart, rowTerm, rowValue);
  }
  return learned;
}

/** Cells of no evidence added to every pair's mean (profiles have some 20–60 known terms each). */
const PSEUDO_CELLS = 50;

/** Each table's term → id map, built once: every prepareProfiles (a pair's fit, too) reads it. */
const idsByTable = new WeakMap<TermLiftTable, Map<string, number>>();

function termIds(table: TermLiftTable): Map<string, number> {
  let ids = idsByTable.get(table);
  if (!ids) idsByTable.set(table, (ids = new Map(table.terms.map((term, i) => [term, i]))));
  return ids;
}

/** Each company's terms known to the core's `liftTable`, in its `liftStart` / `liftTerm` layout. */
export function fillTermBags(core: PreparedCore, bags: string[][]): void {
  const idOf = termIds(core.liftTable);
  const ids = bags.map((bag) => {
    const known = bag.map((term) => idOf.get(term)).filter((id) => id !== undefined);
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
  private answers = new Float32Array(0);
  private answered = new Float32Array(0);
  private terms = 0;
  private table: TermLiftTable | undefined;
  company = -1;

  load(core: PreparedCore, company: number): this {
    const table = core.liftTable;
    if (this.company === company && this.table === table) return this;
    if (this.answers.length === table.terms.length) {
      this.answers.fill(0);
      this.answered.fill(0);
    } else {
      this.answers = new Float32Array(table.terms.length);
      this.answered = new Float32Array(table.terms.length);
    }
    this.table = table;
    this.company = company;
    const from = core.liftStart[company];
    const to = core.liftStart[company + 1];
    this.terms = to - from;
    for (let i = from; i < to; i++) {
      const t = core.liftTerm[i];
      for (let j = table.rowStart[t]; j < table.rowStart[t + 1]; j++)
        this.answers[table.rowTerm[j]] += table.rowValue[j];
      for (let j = table.colStart[t]; j < table.colStart[t + 1]; j++)
        this.answered[table.colTerm[j]] += table.colValue[j];
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
 * The pair score's evidence: both ways added, so that it stays symmetric and a pair whose words
 * answer each other both ways gains most (the feed is graded on relevance either way).
 */
export function pairEvidence(oneWay: number, otherWay: number): number {
  return oneWay + otherWay;
}

/**
 * The pair's final scores: the score and lenses scorePair wrote to `parts` for (evidence.company,
 * b), lifted by the evidence: the score by both ways (pairEvidence), each lens by its own way.
 */
export function liftScores(ctx: ScoringContext, evidence: TermEvidence, b: number, parts: PairParts): number {
  const toViewer = evidence.helpedBy(ctx.core, b);
  const toPartner = evidence.helps(ctx.core, b);
  parts.liftViewer = toViewer;
  parts.liftPartner = toPartner;
  parts.score = lifted(parts.score, pairEvidence(toViewer, toPartner), ctx.termLiftFeed);
  parts.theyOffer = lifted(parts.theyOffer, toViewer, ctx.termLift);
  parts.theySeek = lifted(parts.theySeek, toPartner, ctx.termLift);
  return parts.score;
}
