// Turns free text into comparable tokens: lower case, accents folded (« Thérapie » and "therapie"
// compare equal, and so do French and English spellings that differ only by accents), split on
// anything that is not a letter or digit, with sentence numbers so that a need stated in one
// sentence does not colour the next one. Function words are flagged, not dropped, so that phrase
// patterns skip them ("recrutement de patients" = "recrutement des patients") while the few rules
// that need them ("série A", "recherche un …") can still look at the raw neighbours.

const STOPWORDS = new Set(
  // French
  (
    'le la les l de des du d un une au aux a et ou en dans sur pour par avec chez ce cet cette ces se s sa son ' +
    'ses leur leurs notre nos votre vos qui que qu dont est sont etre y il elle nous vous ils elles on ne tout ' +
    'tous toute toutes tres afin ainsi entre vers j c n m t ' +
    // English
    'the an of and or to in on at for with by from our your their its is are be been as this that these those ' +
    'we us it which who whom into via per also can will would has have had was were such both any other'
  ).split(' '),
);

export interface TokenStream {
  /** Folded tokens, every word of the text, in order. */
  raw: string[];
  /** Whether the raw token was written in capitals (AI, IA, ALS …), for short ambiguous acronyms. */
  upper: boolean[];
  /** Sentence number of each raw token. */
  sentence: Int32Array;
  /** Indexes (into raw) of the content tokens: the raw tokens that are not function words. */
  content: number[];
}

export function foldText(text: string): string {
  return text
    .replace(/[œŒ]/g, (c) => (c === 'œ' ? 'oe' : 'OE'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

const LINK = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;
const MAY_HOLD_LINK = /https?:|www\.|@/i;

/** Text without its links and email addresses: a domain name says nothing of what a company does. */
export function stripLinks(text: string): string {
  return MAY_HOLD_LINK.test(text) ? text.replace(LINK, ' ') : text;
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

// A sentence ends at . ! ? ; or a line break / bullet, but not inside "2.5" or "inc.".
const SENTENCE_END = /[!?;\n\r•·]|\.(?=\s|$)/;
const WORD = /[\p{L}\p{N}]+/gu;

/** "in-license", "out-licensing": one word, or "in" (a function word) would be lost and "licensing" left. */
const LICENSING_DIRECTION = /\b(in|out)-(?=licen)/giu;

export function tokenize(text: string): TokenStream {
  const folded = foldText(stripLinks(text)).replace(LICENSING_DIRECTION, '$1');
  const raw: string[] = [];
  const upper: boolean[] = [];
  const sentences: number[] = [];
  const content: number[] = [];
  let sentence = 0;
  let last = 0;
  for (const match of folded.matchAll(WORD)) {
    const gap = folded.slice(last, match.index);
    if (raw.length > 0 && SENTENCE_END.test(gap)) sentence++;
    last = match.index + match[0].length;
    const word = match[0];
    const token = word.toLowerCase();
    raw.push(token);
    upper.push(word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word));
    sentences.push(sentence);
    if (!STOPWORDS.has(token)) content.push(raw.length - 1);
  }
  return { raw, upper, sentence: Int32Array.from(sentences), content };
}
