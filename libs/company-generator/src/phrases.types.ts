// The shape of a phrasing set: how a company says what it offers (whole sentences) and what it
// needs (noun phrases dropped into need frames), in French and English. Placeholders: {area} a
// disease, {product} the company's product, {stage} its stage, {phase} the next trial phase.

export type Bilingual = { fr: string[]; en: string[] };

export interface PhraseSet {
  offer: Record<string, Bilingual>;
  need: Record<string, Bilingual>;
  /** Sentences around a need: {need} is replaced by a need phrase. */
  needFrame: Bilingual;
  /** Opening sentence of a description, by company kind. */
  intro: Record<string, Bilingual>;
}
