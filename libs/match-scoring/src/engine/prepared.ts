// The prepared form of a set of profiles: every feature a pair score needs, in typed arrays laid
// on SharedArrayBuffers so that worker threads read them without copying. Companies are indexed in
// id order, so comparing indexes is comparing ids (the stable tie-break).
import { CAPABILITY_COUNT, SECTORS } from '../codes.js';
import type { Weights } from '../weights.js';
import type { ScienceIndex } from './similarity.js';

const SECTOR_COUNT = SECTORS.length;

export const ROLE = { INVESTOR: 1, DISTRIBUTOR: 2, PROVIDER: 4 } as const;

export interface PreparedCore {
  count: number;
  /** 0 = QC, 1 = ON. */
  province: Uint8Array;
  /** Bit 1 = fr, bit 2 = en. */
  languages: Uint8Array;
  sectors: Uint32Array;
  areas: Uint32Array;
  modalities: Uint32Array;
  modalityFamily: Uint32Array;
  modalityClass: Uint8Array;
  /** SPECIES bits (engine/species.ts): people, animals or both. */
  species: Uint8Array;
  /** Bit n = stage of order n (1 discovery … 7 commercial): the lead program's, or those an investor funds. */
  stages: Uint8Array;
  partnershipTypes: Uint32Array;
  /**
   * Scopes the company says it does not serve ("we do not handle biologics", "no devices", "we do
   * not do seed"; text/exclusions.ts), less its own: modalities, areas, classes, stages (as above).
   */
  excludedModalities: Uint32Array;
  excludedAreas: Uint32Array;
  excludedClasses: Uint8Array;
  excludedStages: Uint8Array;
  role: Uint8Array;
  offerMask: Uint32Array;
  seekMask: Uint32Array;
  /** Offers that would meet any of the company's needs, fully or partly. */
  needReach: Uint32Array;
  /** Offers and needs read only from free text or implied, not tagged (for the reasons). */
  offerUntagged: Uint32Array;
  seekUntagged: Uint32Array;
  /** Confidence 0..1 of each capability, company-major: [i * C + c]. */
  offerWeight: Float32Array;
  seekWeight: Float32Array;
  /** What serving a partner's need is worth to the company. */
  gain: Float32Array;
  /** The strongest need the company states (tags or text), not implied by its kind: 0..1. */
  statedNeed: Float32Array;
  /** Company-major rows of `kindPrior` × ln(lift) of being helped by each sector (engine/kind-prior.ts). */
  kindLift: Float32Array;
  /** exp(kindLift), for a bound of the kind prior without an exp per pair (engine/pair-bound.ts). */
  kindFactor: Float64Array;
  /** Whether engine/pair-bound.ts bounds the pairs' scores: then rankIndex skips those that cannot rank. */
  boundsHold: boolean;
  /** The weights, as an array in the order of Object.keys(DEFAULT_WEIGHTS). */
  weights: Float64Array;
  /** The texts' science vectors, for the shared-science measure. */
  scienceIndex: ScienceIndex;
  /** The words' table the scores are lifted by (the model's, unless the bench leaves a set out). */
  liftTable: TermLiftTable;
  /** Company i's terms known to `liftTable` are liftTerm[liftStart[i] .. liftStart[i + 1]) (engine/term-lift.ts). */
  liftStart: Int32Array;
  liftTerm: Int32Array;
}

/**
 * A learned table of the words' evidence (engine/term-lift.ts) as scoring reads it: ln(lift) of
 * (seeker term, provider term) cells as sparse rows (by seeker term) and columns (by provider
 * term), on shared memory like the rest of the core.
 */
export interface TermLiftTable {
  /** The table's terms; a term's id is its index. */
  terms: readonly string[];
  rowStart: Int32Array;
  rowTerm: Int32Array;
  rowValue: Float32Array;
  colStart: Int32Array;
  colTerm: Int32Array;
  colValue: Float32Array;
}

export interface PreparedProfiles {
  modelVersion: string;
  weights: Readonly<Weights>;
  ids: string[];
  indexById: Map<string, number>;
  /** Company indexes of each province (0 = QC, 1 = ON), ascending. */
  byProvince: [Int32Array, Int32Array];
  core: PreparedCore;
}

export function shared<T extends Uint8Array | Uint32Array | Int32Array | Float32Array | Float64Array>(
  Ctor: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  return new Ctor(new SharedArrayBuffer(Math.max(1, length) * Ctor.BYTES_PER_ELEMENT));
}

export function allocateCore(
  count: number,
  scienceIndex: ScienceIndex,
  liftTable: TermLiftTable,
): PreparedCore {
  return {
    count,
    province: shared(Uint8Array, count),
    languages: shared(Uint8Array, count),
    sectors: shared(Uint32Array, count),
    areas: shared(Uint32Array, count),
    modalities: shared(Uint32Array, count),
    modalityFamily: shared(Uint32Array, count),
    modalityClass: shared(Uint8Array, count),
    species: shared(Uint8Array, count),
    stages: shared(Uint8Array, count),
    partnershipTypes: shared(Uint32Array, count),
    excludedModalities: shared(Uint32Array, count),
    excludedAreas: shared(Uint32Array, count),
    excludedClasses: shared(Uint8Array, count),
    excludedStages: shared(Uint8Array, count),
    role: shared(Uint8Array, count),
    offerMask: shared(Uint32Array, count),
    seekMask: shared(Uint32Array, count),
    needReach: shared(Uint32Array, count),
    offerUntagged: shared(Uint32Array, count),
    seekUntagged: shared(Uint32Array, count),
    offerWeight: shared(Float32Array, count * CAPABILITY_COUNT),
    seekWeight: shared(Float32Array, count * CAPABILITY_COUNT),
    gain: shared(Float32Array, count),
    statedNeed: shared(Float32Array, count),
    kindLift: shared(Float32Array, count * SECTOR_COUNT),
    kindFactor: shared(Float64Array, count * SECTOR_COUNT),
    boundsHold: false,
    weights: shared(Float64Array, 32),
    scienceIndex,
    liftTable,
    liftStart: shared(Int32Array, count + 1),
    liftTerm: shared(Int32Array, 0),
  };
}
