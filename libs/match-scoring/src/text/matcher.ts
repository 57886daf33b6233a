// Compiles the lexicon into lookup tables and finds its phrases in a token stream: the longest
// phrase wins at each position (« essais cliniques de phase II » before « essais »), a word written
// with * matches any word it starts (oncolog* → oncologie, oncology, oncological), and among
// single words the most specific pattern wins (hepatit* over hepato*).
import type { Effect, LexiconGroup } from '../lexicon/lexicon.types.js';
import { foldText, isStopword } from './normalize.js';

interface PatternWord {
  text: string;
  prefix: boolean;
  upper: boolean;
}

interface Entry {
  words: PatternWord[];
  effects: Effect[];
  /** Tie-break among equally long matches: exact words beat prefixes, longer prefixes beat shorter. */
  specificity: number;
}

export interface CompiledLexicon {
  exact: Map<string, Entry[]>;
  /** Prefix patterns by their first three letters. */
  prefixes: Map<string, Entry[]>;
}

export interface Hit {
  /** Position of the first matched token in the stream that was scanned. */
  start: number;
  /** Number of tokens matched. */
  length: number;
  effects: Effect[];
}

function parseWord(word: string): PatternWord {
  const upper = word.startsWith('^');
  const bare = word.replace(/^\^/, '');
  const prefix = bare.endsWith('*');
  return { text: bare.replace(/\*$/, ''), prefix, upper };
}

/** `skipStopwords`: true for content phrases (function words are not in the scanned stream). */
export function compileLexicon(groups: LexiconGroup[], skipStopwords: boolean): CompiledLexicon {
  const byPattern = new Map<string, Entry>();
  for (const g of groups) {
    for (const term of g.terms.split('|')) {
      const words = foldText(term.trim().toLowerCase())
        .split(/[^\p{L}\p{N}*^]+/u)
        .filter((w) => w.length > 0)
        .filter((w) => !skipStopwords || !isStopword(w.replace(/[*^]/g, '')))
        .map(parseWord);
      if (words.length === 0) continue;
      const key = words.map((w) => `${w.upper ? '^' : ''}${w.text}${w.prefix ? '*' : ''}`).join(' ');
      const existing = byPattern.get(key);
      if (existing) {
        existing.effects.push(...g.effects.filter((e) => !existing.effects.includes(e)));
        continue;
      }
      const specificity = words.reduce((s, w) => s + (w.prefix ? w.text.length : 100), 0);
      byPattern.set(key, { words, effects: [...g.effects], specificity });
    }
  }
  const exact = new Map<string, Entry[]>();
  const prefixes = new Map<string, Entry[]>();
  for (const entry of byPattern.values()) {
    const first = entry.words[0];
    const table = first.prefix ? prefixes : exact;
    const key = first.prefix ? first.text.slice(0, 3) : first.text;
    if (first.prefix && first.text.length < 3) throw new Error(`lexicon prefix too short: ${first.text}*`);
    const list = table.get(key) ?? [];
    list.push(entry);
    table.set(key, list);
  }
  return { exact, prefixes };
}

function wordMatches(word: PatternWord, token: string, upper: boolean): boolean {
  if (word.upper && !upper) return false;
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/**
 * Finds the phrases of `lexicon` in `tokens` (a phrase never spans two sentences). Positions in
 * `skip` are already taken by another rule and start no phrase.
 */
export function scan(
  lexicon: CompiledLexicon,
  tokens: string[],
  upper: boolean[],
  sentence: ArrayLike<number>,
  skip?: Uint8Array,
): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (skip?.[i]) {
      i++;
      continue;
    }
    const token = tokens[i];
    let best: Entry | undefined;
    let bestLength = 0;
    const consider = (entries: Entry[] | undefined) => {
      if (!entries) return;
      for (const entry of entries) {
        const n = entry.words.length;
        if (n < bestLength || (n === bestLength && best && entry.specificity <= best.specificity)) continue;
        if (i + n > tokens.length || sentence[i + n - 1] !== sentence[i]) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = wordMatches(entry.words[j], tokens[i + j], upper[i + j]);
        if (ok) {
          best = entry;
          bestLength = n;
        }
      }
    };
    consider(lexicon.exact.get(token));
    if (token.length >= 3) consider(lexicon.prefixes.get(token.slice(0, 3)));
    if (best) {
      hits.push({ start: i, length: bestLength, effects: best.effects });
      i += bestLength;
    } else i++;
  }
  return hits;
}
