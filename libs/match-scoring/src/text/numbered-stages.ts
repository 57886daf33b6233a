// Phase numbers and funding series, which the phrase lexicon cannot see because their letters are
// function words or pronouns: "phase I–III", « phases 2b/3 », "Phase 1", « série A », "Series B".
import { capability, clinical, round, stage, type Effect } from '../lexicon/lexicon.types.js';
import type { StageCode } from '../codes.js';
import type { Hit } from './matcher.js';
import type { TokenStream } from './normalize.js';

const PHASE_NUMBERS: Record<string, number> = {
  i: 1,
  ia: 1,
  ib: 1,
  '1': 1,
  '1a': 1,
  '1b': 1,
  ii: 2,
  iia: 2,
  iib: 2,
  '2': 2,
  '2a': 2,
  '2b': 2,
  iii: 3,
  iiia: 3,
  iiib: 3,
  '3': 3,
  '3a': 3,
  '3b': 3,
  iv: 4,
  '4': 4,
};
const PHASE_STAGE: StageCode[] = ['phase1', 'phase1', 'phase2', 'phase3', 'commercial'];
const CONNECTORS = new Set(['a', 'to', 'au', 'et', 'and', 'through', 'ou', 'or', 'jusqu']);
/** "A phase I unit" runs the studies and is the site where volunteers are dosed. */
const UNIT_WORDS = new Set(['unit', 'units']);
const SERIES_WORDS = new Set(['serie', 'series', 'ronde', 'round']);
const SERIES_STAGES: Record<string, StageCode[]> = {
  a: ['preclinical', 'phase1'],
  b: ['phase1', 'phase2'],
  c: ['phase2', 'phase3'],
  d: ['phase3', 'regulatory_review'],
};

/** Hits (positions in the content stream) for numbered phases and series; marks their words `taken`. */
export function parseNumberedStages(stream: TokenStream, taken: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  const contentOf = new Map<number, number>();
  stream.content.forEach((raw, pos) => contentOf.set(raw, pos));
  for (let pos = 0; pos < stream.content.length; pos++) {
    const r = stream.content[pos];
    const word = stream.raw[r];
    let effects: Effect[] | undefined;
    let last = r;
    if (word === 'phase' || word === 'phases') {
      const numbers: number[] = [];
      for (let j = r + 1; j < stream.raw.length && stream.sentence[j] === stream.sentence[r]; j++) {
        const n = PHASE_NUMBERS[stream.raw[j]];
        if (n !== undefined) {
          numbers.push(n);
          last = j;
        } else if (!CONNECTORS.has(stream.raw[j])) break;
      }
      if (numbers.length > 0) {
        const codes = new Set<StageCode>();
        for (let n = Math.min(...numbers); n <= Math.max(...numbers); n++) codes.add(PHASE_STAGE[n]);
        effects = [clinical(), stage([...codes])];
        if (UNIT_WORDS.has(stream.raw[last + 1] ?? ''))
          effects.push(capability('clinical_trial_services'), capability('clinical_sites', 0.8));
      }
    } else if (
      SERIES_WORDS.has(word) &&
      r + 1 < stream.raw.length &&
      stream.sentence[r + 1] === stream.sentence[r]
    ) {
      const letter = SERIES_STAGES[stream.raw[r + 1]];
      if (letter) {
        effects = [round(letter)];
        last = r + 1;
      }
    }
    if (!effects) continue;
    for (let j = r; j <= last; j++) {
      const p = contentOf.get(j);
      if (p !== undefined) taken[p] = 1;
    }
    hits.push({ start: pos, length: 1, effects });
  }
  return hits;
}
