// npm run bench:matching — quality and speed of the matching engine.
// Quality: nDCG@10 and P@10 of every company's feed against planted partnerships, for the engine
// and for a naive tag ranker, on the standard set and on a holdout set (other seed, other wording,
// more tags left out, fewer bilingual texts). Speed: pairs per second on one core, a full run of
// 600 companies, and 20,000 companies (10,000 per province) on all cores.
import { availableParallelism } from 'node:os';
import { generateCompanies, type GenerateOptions } from '@app/company-generator';
import { prepareProfiles, scoreCompanies, scoreCompaniesParallel } from '@app/match-scoring';
import { feedQuality } from './metrics.js';
import { naiveFeeds } from './naive-ranker.js';
import { toProfile } from './to-profile.js';

const K = 10;
const fmt = (x: number) => x.toFixed(3);

function evaluate(label: string, options: GenerateOptions): void {
  const set = generateCompanies(options);
  const profiles = set.companies.map(toProfile);
  const prepared = prepareProfiles(profiles);
  const engine = scoreCompanies(
    prepared,
    profiles.map((p) => p.id),
    K,
  );
  const engineFeeds = new Map([...engine].map(([id, feed]) => [id, feed.map((s) => s.partnerId)]));
  const e = feedQuality(engineFeeds, set.planted, K);
  const n = feedQuality(naiveFeeds(profiles, K), set.planted, K);
  console.log(
    `${label.padEnd(34)} companies=${profiles.length} planted=${set.planted.length} | ` +
      `engine nDCG@10=${fmt(e.ndcg)} P@10=${fmt(e.precision)} | naive nDCG@10=${fmt(n.ndcg)} P@10=${fmt(n.precision)}`,
  );
}

async function speed(): Promise<void> {
  const demo = generateCompanies({ seed: 11, quebec: 270, ontario: 330 }).companies.map(toProfile);
  const ids = demo.map((p) => p.id);
  let t = performance.now();
  const prepared = prepareProfiles(demo);
  const tPrepare = performance.now() - t;
  t = performance.now();
  scoreCompanies(prepared, ids, 50);
  const tScore = performance.now() - t;
  console.log(
    `600 companies (270 QC + 330 ON), top 50: prepare ${tPrepare.toFixed(0)} ms + score ${tScore.toFixed(0)} ms = ${(tPrepare + tScore).toFixed(0)} ms (one core)`,
  );

  const big = generateCompanies({ seed: 12, quebec: 10_000, ontario: 10_000, plantedPairs: 0 }).companies.map(
    toProfile,
  );
  t = performance.now();
  const bigPrepared = prepareProfiles(big);
  const tBigPrepare = performance.now() - t;
  const sample = big.slice(0, 400).map((p) => p.id);
  t = performance.now();
  scoreCompanies(bigPrepared, sample, 20);
  const tSample = (performance.now() - t) / 1000;
  const pairsPerSecond = (sample.length * 10_000) / tSample;
  console.log(
    `one core: ${(pairsPerSecond / 1e6).toFixed(2)} M pairs scored per second (400 companies × 10,000 partners, incl. reasons)`,
  );

  const threads = availableParallelism();
  t = performance.now();
  const feeds = await scoreCompaniesParallel(
    bigPrepared,
    big.map((p) => p.id),
    20,
    { threads },
  );
  const tBig = (performance.now() - t) / 1000;
  console.log(
    `20,000 companies (10,000 × 10,000 cross-province), top 20, ${threads} threads: prepare ${(tBigPrepare / 1000).toFixed(1)} s + ` +
      `score ${tBig.toFixed(1)} s = ${(tBigPrepare / 1000 + tBig).toFixed(1)} s wall (${feeds.size} feeds, ${(2e8 / 1e6).toFixed(0)} M ordered pairs)`,
  );
}

async function main(): Promise<void> {
  console.log(`Passerelle matching benchmark (${new Date().toISOString().slice(0, 10)})`);
  evaluate('standard (seed 7, 200+200)', { seed: 7, quebec: 200, ontario: 200 });
  evaluate('standard (seed 8, 300+300)', { seed: 8, quebec: 300, ontario: 300 });
  evaluate('holdout (seed 99, other wording)', {
    seed: 99,
    quebec: 250,
    ontario: 250,
    phrasing: 'holdout',
    tagDropout: 0.6,
  });
  if (!process.argv.includes('--quality-only')) await speed();
}

await main();
