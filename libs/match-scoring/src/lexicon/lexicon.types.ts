// The shape of the bilingual domain lexicon: groups of phrases (French and English, any
// inflection) that all mean the same thing, and what finding one of them in a text tells.
import type { AreaCode, CapabilityCode, ModalityCode, StageCode } from '../codes.js';

export type Cue =
  | 'need' // "we seek", « nous cherchons »: what follows is wanted from a partner
  | 'offer' // "we offer", « nous offrons »: what follows is brought to a partner
  | 'weakOffer' // "we have", « nous sommes »: an offer after a need in a description, not in a seeking text
  | 'weakNeed' // "looking to", « cherchons à »: a need only when an acquiring verb follows
  | 'acquire' // "find", "partner", « trouver », « s'associer »: confirms a weak need
  | 'negation' // "not", « sans », « aucun »: the next few words are not claimed
  | 'service' // "we run", « réalisons », "clients": trial and study mentions are a service on offer
  | 'self' // "our lead candidate", « actuellement »: trial mentions are the company's own program
  | 'neutral' // "to meet the needs of our clients": a need word that states no need
  | 'client' // "sponsors", « promoteurs »: who is sought is a client, so what follows is the client's need
  | 'party' // "developers", « entreprises »: a client only when a needing word follows ("startups preparing …")
  | 'needing' // "needing", "preparing", « qui ont besoin »: turns a party just named into a client
  | 'raising' // "we are raising", « nous préparons », « boucler »: a funding round in the sentence is wanted
  | 'conjunction'; // "and", « et »: what follows is another item, not the context of the one before

export type Effect =
  /**
   * A capability; `side` forces the direction ("in-license" is always a need), and 'needOnly'
   * counts it only when stated as a need (a developer citing hospitals offers no sites).
   */
  | { kind: 'cap'; code: CapabilityCode; weight: number; side?: CapabilitySide }
  /** Manufacturing whose kind depends on the modality (« lots cliniques de notre anticorps »). */
  | { kind: 'mfg'; weight: number }
  /** A contract research organisation: preclinical when the sentence is about preclinical studies, else trials. */
  | { kind: 'cro'; weight: number }
  /** A clinical study or phase: a need for trial services in a need, a service only with a service cue. */
  | { kind: 'clinical'; weight: number }
  /** The same for preclinical studies. */
  | { kind: 'preclinical'; weight: number }
  | { kind: 'area'; code: AreaCode; weight: number }
  | { kind: 'mod'; code: ModalityCode; weight: number }
  | { kind: 'stage'; codes: StageCode[]; weight: number }
  /** A funding round: the stage it implies, and a need for equity when stated as a need. */
  | { kind: 'round'; codes: StageCode[]; weight: number }
  /** A broad class of products without a modality ("therapeutics", « santé numérique »). */
  | { kind: 'productClass'; code: ProductClass }
  /** A care unit ("stroke centres", « départements »): wanted for a study, a need for sites. */
  | { kind: 'careUnit' }
  /**
   * Whose health or growth the company works on, when not people's: veterinary work ("livestock",
   * « santé animale ») or crops (« grandes cultures », inoculants).
   */
  | { kind: 'species'; code: 'animal' | 'plant' }
  /** A study named without its kind ("registry", « essai »): what a care unit may be wanted for. */
  | { kind: 'study' }
  | { kind: 'cue'; cue: Cue };

/** `terms`: phrases separated by "|"; a word ending in * matches as a prefix; ^ requires capitals. */
export interface LexiconGroup {
  terms: string;
  effects: Effect[];
}

/**
 * 'institution': a need when wanted; when it opens a description's sentence (« Centre hospitalier
 * universitaire : … », "Network of six research clinics"), the company says what it is, an offer.
 * 'serviceOnly': a need when wanted, an offer only with service words ("we prepare clients' CTA
 * filings"); otherwise the company's own status ("Health Canada Class II", « homologation en cours »).
 * 'hostOnly': a need when wanted, an offer only in a hospital's or research institute's description
 * (ExtractOptions.provider 'sites'); in anyone else's, a word about its origins or partners.
 */
/** The classes of products regulatory, market access, distribution and investment partners specialise in. */
export type ProductClass = 'drug' | 'device' | 'digital' | 'natural';

export type CapabilitySide = 'offer' | 'seek' | 'needOnly' | 'institution' | 'serviceOnly' | 'hostOnly';

export const capability = (code: CapabilityCode, weight = 1, side?: CapabilitySide): Effect =>
  side ? { kind: 'cap', code, weight, side } : { kind: 'cap', code, weight };
export const area = (code: AreaCode, weight = 1): Effect => ({ kind: 'area', code, weight });
export const modality = (code: ModalityCode, weight = 1): Effect => ({ kind: 'mod', code, weight });
export const stage = (codes: StageCode[], weight = 1): Effect => ({ kind: 'stage', codes, weight });
export const round = (codes: StageCode[], weight = 1): Effect => ({ kind: 'round', codes, weight });
export const manufacturing = (weight = 1): Effect => ({ kind: 'mfg', weight });
export const cro = (weight = 1): Effect => ({ kind: 'cro', weight });
export const clinical = (weight = 1): Effect => ({ kind: 'clinical', weight });
export const preclinical = (weight = 1): Effect => ({ kind: 'preclinical', weight });
export const productClass = (code: ProductClass): Effect => ({ kind: 'productClass', code });
export const careUnit = (): Effect => ({ kind: 'careUnit' });
export const species = (code: 'animal' | 'plant'): Effect => ({ kind: 'species', code });
export const study = (): Effect => ({ kind: 'study' });
export const cue = (c: Cue): Effect => ({ kind: 'cue', cue: c });

/** A group whose terms all carry the same effects. */
export const group = (terms: string, ...effects: Effect[]): LexiconGroup => ({ terms, effects });
