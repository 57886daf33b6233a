// The terms a profile's text is about, for the shared-science measure: every content word stemmed
// by the Snowball stemmer of its language (French text with the French one, English with the
// English one), accents folded after stemming, and French stems mapped onto the English stem of
// the same domain word, so that « anticorps monoclonaux » and "monoclonal antibodies" give the
// same terms. Words inside a negation ("we do not manufacture", « nous ne fabriquons pas ») are
// left out, and so are links and email addresses, which say nothing about the science.
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { BILINGUAL_WORDS } from '../lexicon/bilingual.lexicon.js';
import type { MatchProfile } from '../types.js';
import { foldText, stripLinks } from './normalize.js';

const STOP_WORDS = new Set(
  // French
  (
    'le la les l de des du d un une au aux a à et ou en dans sur pour par avec chez ce cet cette ces se s sa son ' +
    'ses leur leurs notre nos votre vos qui que qu dont est sont être etre y il elle nous vous ils elles on ne ' +
    'tout tous toute toutes très tres afin ainsi entre vers j c n m t plus moins aussi comme depuis lors dès ' +
    'ont été avons avez fait faire peut peuvent doit notamment leurs celle celui ceux être ' +
    'société entreprise compagnie inc ltée ltee corp cie solution solutions offrons proposons canada canadien ' +
    'canadienne québec quebec montréal montreal ontario toronto ' +
    // English
    'the an of and or to in on at for with by from our your their its is are be been as this that these those ' +
    'we us it which who whom into via per also can will would has have had was were such both any other ' +
    'more most over under than through across within based well new one two three all each its ' +
    'company companies inc ltd corp corporation limited solution solutions offer offers provide provides ' +
    'providing canada canadian quebec ontario toronto montreal'
  ).split(' '),
);
const NEGATORS = new Set([
  'not',
  'no',
  'without',
  'never',
  'nor',
  'pas',
  'sans',
  'jamais',
  'aucun',
  'aucune',
  'ni',
]);
/** Words a negation reaches after its negator. */
const NEGATION_REACH = 4;
const CLAUSE_END = /[.;:!?,\n•]/;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Stems already computed, per language: profiles repeat the same words, and stemming is the cost. */
const STEMS = { fr: new Map<string, string>(), en: new Map<string, string>() };
const STEM_CACHE_LIMIT = 200_000;

const FRENCH_TO_ENGLISH = new Map<string, string>();
for (const [fr, en] of BILINGUAL_WORDS) {
  const target = stemOf(en, 'en');
  for (const word of fr.split('|')) FRENCH_TO_ENGLISH.set(stemOf(word, 'fr'), target);
}

function stemOf(word: string, language: 'fr' | 'en'): string {
  const cache = STEMS[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = computeStem(word, language);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

function computeStem(word: string, language: 'fr' | 'en'): string {
  const lower = word.toLowerCase();
  // Acronyms, codes and numbers (GLP-1, CAR-T, KRAS, 3D) are kept whole.
  if (/\d/.test(lower) || lower.includes('-') || lower.length <= 3) return foldText(lower);
  return foldText(language === 'fr' ? stemFrench(lower) : stemEnglish(lower));
}

/** The science terms of one text, with their counts (stems; French mapped onto English). */
export function scienceTerms(text: string, language: 'fr' | 'en', into = new Map<string, number>()) {
  let negated = 0;
  let last = 0;
  const clean = stripLinks(text);
  for (const match of clean.matchAll(WORD)) {
    // A negation ends with its clause.
    if (CLAUSE_END.test(clean.slice(last, match.index))) negated = 0;
    last = match.index + match[0].length;
    const word = match[0].toLowerCase();
    if (NEGATORS.has(word) || word === "n't") {
      negated = NEGATION_REACH;
      continue;
    }
    if (STOP_WORDS.has(word) || STOP_WORDS.has(foldText(word))) continue;
    if (negated > 0) {
      negated--;
      continue;
    }
    if (word.length < 2 || /^\d+$/.test(word)) continue;
    let term = stemOf(word, language);
    if (language === 'fr') term = FRENCH_TO_ENGLISH.get(term) ?? term;
    into.set(term, (into.get(term) ?? 0) + 1);
  }
  return into;
}

/** The science terms of a profile's description and seeking text, both languages. */
export function profileTerms(profile: MatchProfile): Map<string, number> {
  const terms = new Map<string, number>();
  for (const field of [profile.description, profile.seeking]) {
    if (field.fr) scienceTerms(field.fr, 'fr', terms);
    if (field.en) scienceTerms(field.en, 'en', terms);
  }
  return terms;
}
