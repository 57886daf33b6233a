// Dense numeric indexes for the taxonomy codes, so that a company's features fit in bitmasks and
// typed arrays (one bit or one slot per code) and a pair is compared with a few integer operations.
import { TAXONOMY } from '@app/taxonomy';

export type CapabilityCode = keyof typeof TAXONOMY.capabilities.codes;
export type AreaCode = keyof typeof TAXONOMY.therapeuticAreas;
export type ModalityCode = keyof typeof TAXONOMY.modalities;
export type StageCode = keyof typeof TAXONOMY.stages;
export type SectorCode = keyof typeof TAXONOMY.sectors;
export type PartnershipTypeCode = keyof typeof TAXONOMY.partnershipTypes;

export const CAPABILITIES = Object.keys(TAXONOMY.capabilities.codes) as CapabilityCode[];
export const AREAS = Object.keys(TAXONOMY.therapeuticAreas) as AreaCode[];
export const MODALITIES = Object.keys(TAXONOMY.modalities) as ModalityCode[];
export const SECTORS = Object.keys(TAXONOMY.sectors) as SectorCode[];
export const PARTNERSHIP_TYPES = Object.keys(TAXONOMY.partnershipTypes) as PartnershipTypeCode[];
/** Stages by their `order` (0 = not applicable, 1 = discovery … 7 = commercial). */
export const STAGES_BY_ORDER: StageCode[] = (Object.keys(TAXONOMY.stages) as StageCode[]).sort(
  (a, b) => TAXONOMY.stages[a].order - TAXONOMY.stages[b].order,
);

export const CAPABILITY_COUNT = CAPABILITIES.length;

function indexOf<T extends string>(codes: readonly T[]): Map<string, number> {
  return new Map(codes.map((code, i) => [code, i]));
}

export const CAPABILITY_INDEX = indexOf(CAPABILITIES);
export const AREA_INDEX = indexOf(AREAS);
export const MODALITY_INDEX = indexOf(MODALITIES);
export const SECTOR_INDEX = indexOf(SECTORS);
export const PARTNERSHIP_TYPE_INDEX = indexOf(PARTNERSHIP_TYPES);

/** Index of a capability code; throws on a code outside the taxonomy (a bug in a table, not input). */
export function cap(code: CapabilityCode): number {
  return CAPABILITY_INDEX.get(code)!;
}

export function stageOrder(code: string | null | undefined): number {
  if (!code || !(code in TAXONOMY.stages)) return 0;
  return TAXONOMY.stages[code as StageCode].order;
}

/** Bitmask of the known codes in `codes` (unknown codes are ignored). */
export function maskOf(codes: Iterable<string> | undefined, index: Map<string, number>): number {
  let mask = 0;
  if (codes)
    for (const code of codes) {
      const i = index.get(code);
      if (i !== undefined) mask |= 1 << i;
    }
  return mask >>> 0;
}

export function bitsOf(mask: number): number[] {
  const out: number[] = [];
  for (let m = mask >>> 0, i = 0; m !== 0; m >>>= 1, i++) if (m & 1) out.push(i);
  return out;
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
