// A trade mission of 40 delegates and 120 hosts: the arrangement (maximum-weight b-matching, then
// slots by edge colouring) against random pairings, judged by the generator's hidden relevance.
import { generatePartneringSet, toMatchProfile } from '@app/company-generator';
import { prepareProfiles, scoreFor } from '@app/match-scoring';
import {
  arrangeMeetings,
  mutualFit,
  type ArrangementInput,
} from '../../libs/missions/src/arrangement/index.js';
import { gradeAllPairs } from '../matching/ground-truth.js';

const DELEGATES = 40;
const HOSTS = 120;
const MEETINGS_PER_DELEGATE = 8;
const SLOTS = 32; // two days, 09:00–17:00, 30-minute meetings
const RANDOM_PAIRINGS = 50;

/** Mulberry32: a small deterministic generator. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

export function missionArrangementBench(): void {
  const set = generatePartneringSet({ seed: 21, quebec: DELEGATES, ontario: HOSTS });
  const profiles = set.companies.map(toMatchProfile);
  const delegates = profiles.filter((p) => p.province === 'QC').map((p) => p.id);
  const hosts = profiles.filter((p) => p.province === 'ON').map((p) => p.id);
  const grade = new Map(gradeAllPairs(set.truth).map((p) => [`${p.a}|${p.b}`, p.grade]));
  const prepared = prepareProfiles(profiles);
  const fits = new Map<string, number>();
  for (const d of delegates)
    for (const s of scoreFor(prepared, d, hosts)) fits.set(`${d}|${s.partnerId}`, mutualFit(s));

  const random = prng(7);
  const mustMeet = delegates.flatMap((d) => [0, 1].map(() => ({ from: d, to: pick(hosts, random) })));
  const avoid = delegates.map((d) => ({ from: pick(hosts, random), to: d }));
  const input: ArrangementInput = {
    delegates,
    hosts,
    fit: (d, h) => fits.get(`${d}|${h}`) ?? 0,
    mustMeet,
    avoid,
    meetingsPerDelegate: MEETINGS_PER_DELEGATE,
    slots: SLOTS,
    published: [],
  };

  const millis: number[] = [];
  let result = arrangeMeetings(input);
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    const again = arrangeMeetings(input);
    millis.push(performance.now() - started);
    if (JSON.stringify(again) !== JSON.stringify(result))
      throw new Error('mission arrangement: two runs disagree');
    result = again;
  }
  const seen = new Set<string>();
  for (const m of result.meetings) {
    for (const key of [`${m.delegate}@${m.slot}`, `${m.host}@${m.slot}`, `${m.delegate}|${m.host}`]) {
      if (seen.has(key)) throw new Error(`mission arrangement: ${key} twice`);
      seen.add(key);
    }
  }
  const avoided = new Set(avoid.map((a) => `${a.to}|${a.from}`));
  if (result.meetings.some((m) => avoided.has(`${m.delegate}|${m.host}`)))
    throw new Error('an avoided pair was arranged');

  const quality = (pairs: { delegate: string; host: string }[]) => ({
    fit: pairs.reduce((s, p) => s + (fits.get(`${p.delegate}|${p.host}`) ?? 0), 0),
    relevant:
      pairs.filter((p) => (grade.get(`${p.delegate}|${p.host}`) ?? 0) > 0).length / Math.max(1, pairs.length),
    grade:
      pairs.reduce((s, p) => s + (grade.get(`${p.delegate}|${p.host}`) ?? 0), 0) / Math.max(1, pairs.length),
  });
  const ours = quality(result.meetings);
  const baselines = Array.from({ length: RANDOM_PAIRINGS }, (_, seed) => {
    const r = prng(100 + seed);
    return quality(
      delegates.flatMap((d) => {
        const chosen = new Set<string>();
        while (chosen.size < MEETINGS_PER_DELEGATE) chosen.add(pick(hosts, r));
        return [...chosen].map((host) => ({ delegate: d, host }));
      }),
    );
  });
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const wanted = new Set(mustMeet.map((m) => `${m.from}|${m.to}`));
  const keptMustMeets = result.meetings.filter((m) => wanted.has(`${m.delegate}|${m.host}`)).length;
  const sorted = [...millis].sort((a, b) => a - b);
  console.log(
    `\nTrade mission arrangement: ${DELEGATES} delegates × ${HOSTS} hosts, ${MEETINGS_PER_DELEGATE} meetings each, ${SLOTS} slots`,
  );
  console.log(
    `  meetings placed ${result.meetings.length} / ${DELEGATES * MEETINGS_PER_DELEGATE}, delegates below target ${result.delegatesBelowTarget.length}`,
  );
  console.log(
    `  must-meets kept ${keptMustMeets} / ${wanted.size} (unplaced: ${result.unplacedMustMeets.map((u) => u.reason).join(', ') || 'none'})`,
  );
  console.log(
    `  total fit ${ours.fit.toFixed(1)} vs random pairing ${mean(baselines.map((b) => b.fit)).toFixed(1)} (mean of ${RANDOM_PAIRINGS})`,
  );
  console.log(
    `  hidden relevance: ${(100 * ours.relevant).toFixed(1)} % of pairs relevant (mean grade ${ours.grade.toFixed(2)}) vs random ${(100 * mean(baselines.map((b) => b.relevant))).toFixed(1)} % (${mean(baselines.map((b) => b.grade)).toFixed(2)})`,
  );
  console.log(
    `  ms (arrangement alone, after a first run): median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)}, range ${sorted[0].toFixed(1)}–${sorted.at(-1)!.toFixed(1)}; target well under 1000`,
  );
}
