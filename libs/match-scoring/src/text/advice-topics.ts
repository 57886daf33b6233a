// What an adviser is wanted for is the advice's topic, not another need: "counsel on licensing the
// algorithm from the university" wants IP counsel, not a licence, an algorithm or a university;
// « de l'aide pour notre dossier de CTA » wants regulatory help, not trials. The topic runs from
// the word after the adviser ("on", "for", « sur », « pour ») to the next list item ("and", « et »)
// or the end of the sentence: "IP counsel for our patents and a CDMO" still wants a CDMO.
import type { Effect } from '../lexicon/lexicon.types.js';

/** Capabilities that are advice: what they are wanted for is their topic. */
const ADVISORY = new Set(['ip_legal', 'regulatory_affairs', 'market_access']);
/** Words that open an advice's topic. */
const TOPIC_WORDS = new Set([
  'on',
  'about',
  'regarding',
  'for',
  'with',
  'sur',
  'concernant',
  'pour',
  'quant',
  'en',
]);
/** How many content words may stand between the adviser and its topic word ("regulatory support for"). */
const ADVISER_GAP = 1;

/**
 * A topic keeps areas, modalities and stages (they still describe the company), not capabilities;
 * a round named there ("counsel for our Series A") is not a need for investors either.
 */
export const TOPIC_ONLY = new Set<Effect['kind']>(['cap', 'cro', 'mfg', 'clinical', 'preclinical']);

export const isAdvice = (e: Effect) => e.kind === 'cap' && ADVISORY.has(e.code);

/** Follows one sentence: where an advice's topic starts, and whether a phrase falls in it. */
export class AdviceTopic {
  private adviserEnd = -100;
  private topicFrom = -1;

  /** An advisory phrase wanted in the sentence ends at this content position. */
  adviser(effects: readonly Effect[], need: boolean, endsAt: number): void {
    if (need && effects.some(isAdvice)) this.adviserEnd = endsAt;
  }

  /** A function word at content position `at` (the next content word's): it may open the topic. */
  word(raw: string, at: number): void {
    if (TOPIC_WORDS.has(raw) && at - 1 - this.adviserEnd <= ADVISER_GAP && at > this.adviserEnd)
      this.topicFrom = at;
  }

  /** Whether a phrase at `at` is the topic; a list item started after the topic word ends it. */
  holds(at: number, conjunctionAt: number): boolean {
    return this.topicFrom >= 0 && at >= this.topicFrom && conjunctionAt < this.topicFrom;
  }

  reset(): void {
    this.adviserEnd = -100;
    this.topicFrom = -1;
  }
}
