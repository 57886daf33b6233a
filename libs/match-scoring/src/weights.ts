// The model's tunable numbers. A stored score keeps MODEL_VERSION and these weights, so a reader
// can tell which model made it; change the version whenever a rule or a default changes.

export const MODEL_VERSION = 'complementarity-science-2026.12.07g';

export const DEFAULT_WEIGHTS = Object.freeze({
  /** Confidence of a capability, area or modality read from free text rather than tagged. */
  text: 0.8,
  /** Share of that confidence given to an offer read from the clients a company looks for. */
  clientOffer: 0.8,
  /** Confidence of a need or offer implied by the company's kind and stage, never stated. */
  implied: 0.4,
  /** Soft-or of several met needs: the 2nd and 3rd best add this share of what is left. */
  secondNeed: 0.5,
  thirdNeed: 0.1,
  /** What serving a partner's need is worth to a provider (CRO, CDMO, investor …) and to others. */
  providerGain: 1,
  peerGain: 0.6,
  areaUnknown: 0.7,
  areaMismatch: 0.45,
  modalityFamily: 0.55,
  modalityUnknown: 0.7,
  modalityMismatch: 0.25,
  stageNear: 0.5,
  stageUnknown: 0.75,
  stageFar: 0.2,
  /** A trial provider whose phases are two or more from the developer's (a phase I unit, a phase 3 need). */
  stageServiceFar: 0.8,
  /** Multiplier when the two companies share no working language. */
  languageBarrier: 0.85,
  /** Multiplier when one works only on people's health and the other only on animals' (engine/species.ts). */
  speciesMismatch: 0.5,
  /** Look-alikes are competitors: up to this share is taken off when they offer the same things. */
  competition: 0.35,
  /** Share of the score given to plain affinity (shared areas, partnership types, modalities). */
  affinity: 0.1,
  /** Share of the score given to shared science (the cosine of the two texts' science terms). */
  science: 0.4,
  /** The cosine at which two profiles count as sharing their science fully. */
  scienceFull: 0.375,
  /** What shared science is worth, as a share of the above, to a pair with nothing to trade. */
  scienceAlone: 0.5,
  /** Share of a one-way lens score taken from the pair score (see pair-score.ts). */
  lensMutual: 0.8,
  /** Share of a provider's client gain left out of its THEY_OFFER lens when it states needs of its own. */
  clientLens: 1,
  /** Share of a client's worth left out of the lens's mutual part for a provider stating needs. */
  mutualClientCut: 0.5,
  /** How far both lenses lean on which kinds of companies usually help which: lift^kindPrior. */
  kindPrior: 0.15,
  /** Share of the pair score given to the better of its two one-way values (engine/pair-score.ts). */
  oneWayShare: 0.2,
  /** How far the lenses lean on the words' learned evidence (engine/term-lift.ts). */
  termLift: 6,
  /** The same for the pair score, by both ways' evidence added; real partnerships pull it less far (docs/matching.md). */
  termLiftFeed: 2,
});

export type Weights = { -readonly [K in keyof typeof DEFAULT_WEIGHTS]: number };

/** The order in which weights are laid in PreparedCore.weights (shared with worker threads). */
export const WEIGHT_NAMES = Object.keys(DEFAULT_WEIGHTS) as Array<keyof Weights>;
