// The evaluation sets written outside the project's generator (bench/matching/data, frozen; see
// docs/matching.md for how each was written):
// - blind-*.json: profiles and one-way relevance labels ("provider offers what seeker seeks",
//   graded 1–3) written from a short brief by helpers who never saw the engine; twenty tune the
//   engine (and teach the words' table), seventeen are held out;
// - real-world*.json: real Québec and Ontario organisations (no organisation in two sets),
//   profiles written from public facts, and documented partnerships between them (each with its
//   source). The even half of the first set's partnerships tunes; the rest is held out.
import { readFileSync } from 'node:fs';
import { type ImportCompany, toMatchProfile } from '@app/company-generator';
import {
  prepareProfiles,
  scoreCompanies,
  type MatchProfile,
  type TermLiftTable,
  type Weights,
} from '@app/match-scoring';
import { randomFeeds, tfidfFeeds } from './baselines.js';
import { feedQuality, ndcgAt, type LabelledPair } from './metrics.js';
import { naiveFeeds } from './naive-ranker.js';

/** [file, title] of the blind sets the weights and rules are tuned on (`-- tune`, `-- reading`). */
export const BLIND_TUNING_SETS: ReadonlyArray<readonly [string, string]> = [
  ['blind-dev.json', 'blind tuning set'],
  ['blind-dev2.json', 'second blind tuning set'],
  ['blind-dev3.json', 'third blind tuning set'],
  ['blind-dev4.json', 'fourth blind tuning set'],
  ['blind-dev5.json', 'fifth blind tuning set'],
  ['blind-dev6.json', 'sixth blind tuning set'],
  ['blind-dev7.json', 'seventh blind tuning set'],
  ['blind-dev8.json', 'eighth blind tuning set'],
  ['blind-dev9.json', 'ninth blind tuning set'],
  ['blind-dev10.json', 'tenth blind tuning set'],
  ['blind-dev11.json', 'eleventh blind tuning set'],
  ['blind-dev12.json', 'twelfth blind tuning set'],
  ['blind-dev16.json', 'thirteenth blind tuning set'],
  ['blind-dev17.json', 'fourteenth blind tuning set'],
  ['blind-dev18.json', 'fifteenth blind tuning set'],
  ['blind-dev19.json', 'sixteenth blind tuning set'],
  ['blind-dev20.json', 'seventeenth blind tuning set'],
  ['blind-dev21.json', 'eighteenth blind tuning set'],
  ['blind-dev22.json', 'nineteenth blind tuning set'],
  ['blind-dev23.json', 'twentieth blind tuning set'],
];
/** Blind sets never read while tuning: scored on the final model only. */
export const BLIND_HELD_OUT_SETS: ReadonlyArray<readonly [string, string]> = [
  ['blind-holdout.json', 'blind held-out set'],
  ['blind-holdout2.json', 'second blind held-out set'],
  ['blind-holdout3.json', 'third blind held-out set'],
  ['blind-holdout4.json', 'fourth blind held-out set'],
  ['blind-holdout5.json', 'fifth blind held-out set'],
  ['blind-holdout6.json', 'sixth blind held-out set'],
  ['blind-holdout7.json', 'seventh blind held-out set'],
  ['blind-holdout8.json', 'eighth blind held-out set'],
  ['blind-holdout9.json', 'ninth blind held-out set'],
  ['blind-holdout10.json', 'tenth blind held-out set'],
  ['blind-holdout11.json', 'eleventh blind held-out set'],
  ['blind-holdout12.json', 'twelfth blind held-out set'],
  ['blind-holdout13.json', 'thirteenth blind held-out set'],
  ['blind-holdout14.json', 'fourteenth blind held-out set'],
  ['blind-holdout15.json', 'fifteenth blind held-out set'],
  ['blind-holdout16.json', 'sixteenth blind held-out set'],
  ['blind-holdout17.json', 'seventeenth blind held-out set'],
];
/** Real partnerships; the first set's even half is tuning data (evaluateRealWorld's `half`). */
export const REAL_WORLD_SETS: ReadonlyArray<readonly [string, string]> = [
  ['real-world.json', 'real world'],
  ['real-world-2.json', 'real world, second set'],
  ['real-world-3.json', 'real world, third set'],
  ['real-world-4.json', 'real world, fourth set'],
];

const K = 10;
const DEEP = 100;
const fmt = (x: number) => x.toFixed(3);
const DATA = new URL('./data/', import.meta.url.replace('/dist/bench/', '/bench/'));

interface BlindSet {
  companies: ImportCompany[];
  labels: Array<{ seeker: string; provider: string; grade: number }>;
}
interface RealWorldSet {
  companies: ImportCompany[];
  partnerships: Array<{ quebec: string; ontario: string }>;
}

function load<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
  } catch {
    console.log(`${name}: not found, skipped`);
    return undefined;
  }
}

type Lens = 'ALL' | 'THEY_OFFER_WHAT_WE_SEEK';

/**
 * The engine's feeds, best first, through the pair score (ALL) or a one-way lens; `liftTable`
 * replaces the model's words' table (a tuning set scored with a table learned without it).
 */
export function engineFeeds(
  profiles: MatchProfile[],
  depth: number,
  lens: Lens = 'ALL',
  weights: Partial<Weights> = {},
  liftTable?: TermLiftTable,
): Map<string, string[]> {
  const scored = scoreCompanies(
    prepareProfiles(profiles, weights, liftTable),
    profiles.map((p) => p.id),
    depth,
    { lensTopK: lens === 'ALL' ? 0 : depth },
  );
  const out = new Map<string, string[]>();
  for (const [id, feed] of scored) {
    const ordered =
      lens === 'ALL'
        ? feed
        : feed
            .filter((s) => s.lenses.theyOffer > 0)
            .sort((x, y) => y.lenses.theyOffer - x.lenses.theyOffer || y.score - x.score);
    out.set(
      id,
      ordered.slice(0, depth).map((s) => s.partnerId),
    );
  }
  return out;
}

/**
 * A blind set's nDCG@10: the default feed against either-direction relevance, the
 * THEY_OFFER_WHAT_WE_SEEK lens against one-way relevance.
 */
export function evaluateBlind(
  file: string,
  title: string,
  weights: Partial<Weights> = {},
  quiet = false,
  liftTable?: TermLiftTable,
): { all: number; lens: number } | undefined {
  const set = load<BlindSet>(file);
  if (!set) return undefined;
  const profiles = set.companies.map(toMatchProfile);
  const either: LabelledPair[] = set.labels.map((l) => ({ a: l.seeker, b: l.provider, grade: l.grade }));
  // One way: only the seeker's feed is graded, by what its partners offer it.
  const offeredTo = new Map<string, Map<string, number>>();
  for (const l of set.labels) {
    const providers = offeredTo.get(l.seeker) ?? new Map<string, number>();
    providers.set(l.provider, Math.max(providers.get(l.provider) ?? 0, l.grade));
    offeredTo.set(l.seeker, providers);
  }
  const oneWay = (feeds: Map<string, string[]>) => {
    let sum = 0;
    for (const [seeker, providers] of offeredTo) sum += ndcgAt(feeds.get(seeker) ?? [], providers, K);
    return sum / Math.max(1, offeredTo.size);
  };
  const rankers: Array<[string, Map<string, string[]>, Map<string, string[]>]> = [
    [
      'engine',
      engineFeeds(profiles, K, 'ALL', weights, liftTable),
      engineFeeds(profiles, K, 'THEY_OFFER_WHAT_WE_SEEK', weights, liftTable),
    ],
  ];
  if (!quiet) {
    rankers.push(
      ['tf-idf of text', tfidfFeeds(profiles, K), tfidfFeeds(profiles, K)],
      ['tag complement', naiveFeeds(profiles, K), naiveFeeds(profiles, K)],
      ['random', randomFeeds(profiles, K), randomFeeds(profiles, K)],
    );
    console.log(`${title}: ${profiles.length} companies, ${set.labels.length} one-way labels (nDCG@10)`);
  }
  let result = { all: 0, lens: 0 };
  for (const [name, all, lens] of rankers) {
    const a = feedQuality(all, either, K).ndcg;
    const l = oneWay(lens);
    if (name === 'engine') result = { all: a, lens: l };
    if (!quiet)
      console.log(
        `  ${name.padEnd(16)} default feed, either direction ${fmt(a)} | ` +
          `${name === 'engine' ? 'THEY_OFFER_WHAT_WE_SEEK lens' : 'same ranking'}, one way ${fmt(l)} | ` +
          `default feed, one way ${fmt(oneWay(all))}`,
      );
  }
  return result;
}

function partnerRanks(feeds: Map<string, string[]>, pairs: Array<[string, string]>): number[] {
  return pairs.map(([viewer, partner]) => (feeds.get(viewer) ?? []).indexOf(partner) + 1);
}

/**
 * Recall@5/10 and MRR of the real partner in each side's feed. `half` keeps every other
 * partnership (0: the even ones, 1: the odd ones), to tune on one half and report on the other.
 */
export function evaluateRealWorld(
  weights: Partial<Weights> = {},
  quiet = false,
  half?: 0 | 1,
  file = 'real-world.json',
): { recall10: number; mrr: number; found10: number; queries: number } | undefined {
  const set = load<RealWorldSet>(file);
  if (!set) return undefined;
  const profiles = set.companies.map(toMatchProfile);
  const partnerships = set.partnerships.filter((_, i) => half === undefined || i % 2 === half);
  const queries: Array<[string, string]> = partnerships.flatMap((p) => [
    [p.quebec, p.ontario],
    [p.ontario, p.quebec],
  ]);
  if (!quiet)
    console.log(
      `${file}: ${profiles.length} organisations, ${set.partnerships.length} documented partnerships, ${queries.length} queries`,
    );
  let result = { recall10: 0, mrr: 0, found10: 0, queries: queries.length };
  const rankers: Array<[string, Map<string, string[]>]> = [
    ['engine', engineFeeds(profiles, DEEP, 'ALL', weights)],
  ];
  if (!quiet)
    rankers.push(
      ['tf-idf of text', tfidfFeeds(profiles, DEEP)],
      ['tag complement', naiveFeeds(profiles, DEEP)],
      ['random', randomFeeds(profiles, DEEP)],
    );
  for (const [name, feeds] of rankers) {
    const ranks = partnerRanks(feeds, queries);
    const found = (k: number) => ranks.filter((r) => r > 0 && r <= k).length;
    const within = (k: number) => found(k) / Math.max(1, ranks.length);
    const mrr = ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / Math.max(1, ranks.length);
    if (name === 'engine')
      result = { recall10: within(10), mrr, found10: found(10), queries: queries.length };
    if (!quiet)
      console.log(
        `  ${name.padEnd(16)} recall@5 ${fmt(within(5))} recall@10 ${fmt(within(10))} MRR ${fmt(mrr)}`,
      );
  }
  return result;
}
