// npm run bench:matching -- tune: a coordinate search of the engine's weights on tuning data only —
// the blind tuning sets (BLIND_TUNING_SETS), one generator partnering set and the even half of the
// first real-world set's partnerships. The held-out sets (the blind held-out sets, the odd half of
// the first real-world set, the other real-world sets) are never read here, so the figures the
// bench prints for them stay honest. Each blind tuning set is scored with the words' table learned
// without it (leftOutTables), so a move is judged on how the model carries to text it has not seen.
import { generatePartneringSet, toMatchProfile } from '@app/company-generator';
import { DEFAULT_WEIGHTS, type Weights } from '@app/match-scoring';
import { BLIND_TUNING_SETS, engineFeeds, evaluateBlind, evaluateRealWorld } from './external-sets.js';
import { gradeAllPairs } from './ground-truth.js';
import { feedQuality } from './metrics.js';
import { leftOutTables } from './term-lift.js';

const fmt = (x: number) => x.toFixed(3);

/** How far each weight moves per try; weights not named here stay as they are. */
const STEPS: Partial<Record<keyof Weights, number>> = {
  text: 0.1,
  implied: 0.15,
  secondNeed: 0.15,
  thirdNeed: 0.15,
  clientOffer: 0.2,
  providerGain: 0.1,
  peerGain: 0.15,
  areaUnknown: 0.15,
  areaMismatch: 0.15,
  modalityMismatch: 0.1,
  stageFar: 0.1,
  languageBarrier: 0.15,
  competition: 0.15,
  affinity: 0.05,
  science: 0.1,
  scienceFull: 0.1,
  scienceAlone: 0.2,
  lensMutual: 0.15,
};
/** A move must gain this much of the objective to be kept (less is noise on sets this small). */
const MIN_GAIN = 0.002;
const ROUNDS = 2;

export function tune(): void {
  const generated = generatePartneringSet({ seed: 21, quebec: 150, ontario: 150 });
  const profiles = generated.companies.map(toMatchProfile);
  const truth = gradeAllPairs(generated.truth);
  const tables = leftOutTables();
  // The blind sets count most (written by others); the generator's own wording and the
  // handful of real partnerships keep the search from trading them away.
  const objective = (weights: Weights) => {
    const blind = BLIND_TUNING_SETS.map(([file]) =>
      evaluateBlind(file, '', weights, true, tables.get(file))!,
    );
    const gen = feedQuality(engineFeeds(profiles, 10, 'ALL', weights), truth, 10).ndcg;
    const real = evaluateRealWorld(weights, true, 0)!;
    return {
      value:
        blind.reduce((sum, r) => sum + r.all + r.lens, 0) + 0.5 * gen + 0.25 * (real.recall10 + real.mrr),
      line:
        `blind tuning sets (feed/lens) ${blind.map((r) => `${fmt(r.all)}/${fmt(r.lens)}`).join(' ')} | ` +
        `generator ${fmt(gen)} | real (even half) R@10 ${fmt(real.recall10)} MRR ${fmt(real.mrr)}`,
    };
  };
  let weights: Weights = { ...DEFAULT_WEIGHTS };
  let best = objective(weights);
  console.log(`defaults: ${fmt(best.value)}  ${best.line}`);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, step] of Object.entries(STEPS) as Array<[keyof Weights, number]>) {
      for (const move of [step, -step]) {
        const trial = { ...weights, [name]: Math.max(0, Math.round((weights[name] + move) * 1000) / 1000) };
        const result = objective(trial);
        if (result.value > best.value + MIN_GAIN) {
          weights = trial;
          best = result;
          console.log(`  ${name} = ${trial[name]}: ${fmt(best.value)}  ${best.line}`);
        }
      }
    }
    console.log(`after round ${round}: ${JSON.stringify(weights)}`);
  }
}
