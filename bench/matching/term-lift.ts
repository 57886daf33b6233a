// npm run bench:matching -- term-lift: learns which words of a seeker's profile go with which words
// of a provider's from the blind tuning sets' labels, and writes
// libs/match-scoring/src/model/term-lift.ts (commit the result and bump MODEL_VERSION). The held-out
// sets are never read here.
//
// Each profile is a bag of terms (engine/term-lift.ts `termBag`: its texts' science terms and its
// sectors), kept when at least MIN_PROFILES profiles of the sets use them. A labelled pair spreads
// its grade evenly over the (seeker term, provider term) pairs of the two bags; every
// cross-province pair of a set spreads the set's mean grade per pair the same way, which is what
// chance alone would give. A cell's lift is (labelled + PSEUDO) / (chance + PSEUDO). Only cells
// whose labelled mass and ln(lift) are clearly above nothing are written; every other cell counts
// as 0 (no evidence), which keeps the table small and the rare coincidences out.
import { readFileSync, writeFileSync } from 'node:fs';
import { type ImportCompany, toMatchProfile } from '@app/company-generator';
import { termBag, termLiftTable, type TermLiftCells, type TermLiftTable } from '@app/match-scoring';
import { BLIND_TUNING_SETS } from './external-sets.js';

/** Profiles (over all the sets) a term must appear in to enter the table. */
const MIN_PROFILES = 3;
/** Pseudo-mass added to both sides of a cell's ratio. */
const PSEUDO = 0.003;
/** A cell is written when its labelled mass and its ln(lift) pass these. */
const MIN_LABELLED = 0.005;
const MIN_LOG_LIFT = 0.2;

const DATA = new URL('./data/', import.meta.url.replace('/dist/bench/', '/bench/'));
const TARGET = new URL(
  '../../libs/match-scoring/src/model/term-lift.ts',
  import.meta.url.replace('/dist/bench/', '/bench/'),
);

interface LabelledSet {
  companies: ImportCompany[];
  labels: Array<{ seeker: string; provider: string; grade: number }>;
}

/** The table of the given blind sets (see above). */
export function learnTermLift(files: readonly string[]): TermLiftCells {
  const sets = files.map((file) => {
    const set = JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as LabelledSet;
    const bags = new Map(set.companies.map((c) => [c.externalId, termBag(toMatchProfile(c))]));
    return { set, bags };
  });
  const profiles = new Map<string, number>();
  for (const { bags } of sets)
    for (const bag of bags.values())
      for (const term of new Set(bag)) profiles.set(term, (profiles.get(term) ?? 0) + 1);
  const terms = [...profiles]
    .filter(([, n]) => n >= MIN_PROFILES)
    .map(([term]) => term)
    .sort();
  const id = new Map(terms.map((term, i) => [term, i]));
  const V = terms.length;
  const known = (bag: string[]) => [...new Set(bag.map((t) => id.get(t)).filter((i) => i !== undefined))];

  // Dense V × V cells (some 3 M): far faster than maps over the chance pairs of every set.
  const labelled = new Float64Array(V * V);
  const chance = new Float64Array(V * V);
  for (const { set, bags } of sets) {
    const bagOf = new Map([...bags].map(([company, bag]) => [company, known(bag)]));
    // Each province's terms, each profile's spread over its bag (as a labelled pair spreads it).
    const mass = [new Map<number, number>(), new Map<number, number>()];
    const counts = [0, 0];
    for (const company of set.companies) {
      const side = company.province === 'QC' ? 0 : 1;
      const bag = bagOf.get(company.externalId)!;
      counts[side]++;
      for (const t of bag) mass[side].set(t, (mass[side].get(t) ?? 0) + 1 / bag.length);
    }
    let grades = 0;
    for (const { seeker, provider, grade } of set.labels) {
      const s = bagOf.get(seeker)!;
      const p = bagOf.get(provider)!;
      grades += grade;
      const share = grade / (s.length * p.length);
      for (const x of s) for (const y of p) labelled[x * V + y] += share;
    }
    const perPair = grades / (2 * counts[0] * counts[1]);
    for (const [from, to] of [
      [0, 1],
      [1, 0],
    ])
      for (const [x, mx] of mass[from])
        for (const [y, my] of mass[to]) chance[x * V + y] += mx * my * perPair;
  }
  const rows: Array<Array<[number, number]>> = terms.map(() => []);
  for (let cell = 0; cell < labelled.length; cell++) {
    const observed = labelled[cell];
    if (observed <= MIN_LABELLED) continue;
    const logLift = Math.log((observed + PSEUDO) / (chance[cell] + PSEUDO));
    if (logLift > MIN_LOG_LIFT) rows[Math.floor(cell / V)].push([cell % V, Math.round(logLift * 100) / 100]);
  }
  for (const row of rows) row.sort((x, y) => x[0] - y[0]);
  return { terms, rows };
}

/**
 * Each blind tuning set's table learned from the other sets only: scored with it, a tuning set's
 * figure says how the table carries to text it has not seen, not how well it remembers the labels.
 */
export function leftOutTables(): Map<string, TermLiftTable> {
  const files = BLIND_TUNING_SETS.map(([file]) => file);
  return new Map(
    files.map((file) => [file, termLiftTable(learnTermLift(files.filter((other) => other !== file)))]),
  );
}

export function termLift(): void {
  const files = BLIND_TUNING_SETS.map(([file]) => file);
  const { terms, rows } = learnTermLift(files);
  const lines = (words: readonly string[], width: number) => {
    const out: string[] = [];
    let line = '';
    for (const word of words) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line);
        line = '';
      }
      line = line ? `${line} ${word}` : word;
    }
    return [...out, line].join('\n');
  };
  // The cells as little-endian 16-bit words, base64: each seeker term's cell count, then every
  // cell's provider term, then every cell's ln(lift) × 100 (a binary model, not a page to read).
  const cells = rows.flat();
  const words = [
    ...rows.map((row) => row.length),
    ...cells.map(([y]) => y),
    ...cells.map(([, v]) => Math.round(v * 100)),
  ];
  const bytes = Buffer.alloc(words.length * 2);
  words.forEach((word, i) => bytes.writeUInt16LE(word, i * 2));
  writeFileSync(
    TARGET,
    `// Generated by \`npm run bench:matching -- term-lift\` from the blind tuning sets' labels\n` +
      `// (bench/matching/term-lift.ts). TERMS: the table's terms, numbered from 0. CELLS: base64 of\n` +
      `// little-endian 16-bit words: each seeker term's count of cells kept, then the cells' provider\n` +
      `// terms, then their ln(lift) × 100, row after row; every other cell is 0.\n` +
      `export const TERM_LIFT_TERMS = \`\n${lines(terms, 100)}\n\`;\n\n` +
      `export const TERM_LIFT_CELLS =\n  '${bytes.toString('base64')}';\n`,
  );
  console.log(
    `wrote ${TARGET.pathname} (${files.length} sets, ${terms.length} terms, ${cells.length} cells)`,
  );
}
