import { foldText, isStopword } from '../text/normalize.js';
import { AREA_LEXICON } from './areas.lexicon.js';
import { BUSINESS_LEXICON } from './business.lexicon.js';
import { DEVELOPMENT_LEXICON } from './development.lexicon.js';
import { MODALITY_LEXICON } from './modalities.lexicon.js';
import { STAGE_LEXICON } from './stages.lexicon.js';

// Content phrases are matched without their function words. A phrase that keeps a single word
// then matches that word everywhere: "in market" became every "market" (a commercial stage),
// "in licens*" every "licensing" (a need to in-license), "health it" every "health".
const NARROWED_ON_PURPOSE = new Set([
  'car t', // CAR-T: "car" alone is not English a profile writes
  'tcr t',
  'de novo',
  'marquage ce',
  'to commercialize',
  'in silico',
  'in vivo',
  'rs de',
  'our pipeline',
  'notre pipeline',
  'en examen',
]);

describe('the content lexicon', () => {
  it('has no phrase that narrows to one common word once its function words are skipped', () => {
    const narrowed = [AREA_LEXICON, BUSINESS_LEXICON, DEVELOPMENT_LEXICON, MODALITY_LEXICON, STAGE_LEXICON]
      .flat()
      .flatMap((group) => group.terms.split('|').map((term) => term.trim()))
      .filter((term) => {
        const words = foldText(term.toLowerCase())
          .split(/[^\p{L}\p{N}*^]+/u)
          .filter(Boolean);
        const kept = words.filter((w) => !isStopword(w.replace(/[*^]/g, '')));
        return kept.length === 1 && words.length > 1;
      })
      .filter((term) => !NARROWED_ON_PURPOSE.has(term));
    expect(narrowed).toEqual([]);
  });
});
