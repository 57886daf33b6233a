// npm run bench:matching -- tune: a small search of the science weights on tuning data only —
// the blind tuning set (data/blind-dev.json) and one generator partnering set. The held-out sets
// are never read here, so the figures the bench prints for them stay honest.
import { generatePartneringSet } from '@app/company-generator';
import type { Weights } from '@app/match-scoring';
import { engineFeeds, evaluateBlind, evaluateRealWorld } from './external-sets.js';
import { gradeAllPairs } from './ground-truth.js';
import { feedQuality } from './metrics.js';
import { toProfile } from './to-profile.js';

const fmt = (x: number) => x.toFixed(3);

export function tune(): void {
  const generated = generatePartneringSet({ seed: 21, quebec: 150, ontario: 150 });
  const profiles = generated.companies.map(toProfile);
  const truth = gradeAllPairs(generated.truth);
  const grid: Array<Partial<Weights>> = [];
  for (const science of [0.2, 0.3, 0.4])
    for (const scienceFull of [0.3, 0.4, 0.5])
      for (const lensMutual of [0, 0.25, 0.5, 0.75]) grid.push({ science, scienceFull, lensMutual });
  console.log(
    'science scienceFull lensMutual   | blind tuning: feed  lens | generator | real (even half): R@10 MRR',
  );
  for (const weights of grid) {
    const dev = evaluateBlind('blind-dev.json', '', weights, true)!;
    const gen = feedQuality(engineFeeds(profiles, 10, 'ALL', weights), truth, 10).ndcg;
    const real = evaluateRealWorld(weights, true, 0)!;
    console.log(
      `${String(weights.science).padEnd(7)} ${String(weights.scienceFull).padEnd(11)} ` +
        `${String(weights.lensMutual).padEnd(12)} |              ${fmt(dev.all)} ${fmt(dev.lens)} | ${fmt(gen)}     | ${fmt(real.recall10)} ${fmt(real.mrr)}`,
    );
  }
}
