// Modalities that are close enough for a provider to be half-useful (a biologics plant for a
// vaccine, an imaging firm for a device maker), and the broad classes — drugs, devices, digital and
// natural health products — that regulatory, market access, distribution and investment partners
// specialise in.
import { MODALITIES, MODALITY_INDEX, type ModalityCode } from '../codes.js';

const FAMILIES: ModalityCode[][] = [
  ['biologics', 'vaccines', 'peptides', 'rna'],
  ['cell_therapy', 'gene_therapy', 'rna'],
  ['small_molecule', 'peptides', 'drug_delivery', 'radiopharmaceuticals'],
  ['medical_device', 'imaging', 'biomaterials', 'in_vitro_diagnostic'],
  ['in_vitro_diagnostic', 'genomics'],
  ['ai_ml', 'imaging', 'genomics'],
];

const CLASSES: Record<ModalityCode, number> = {
  small_molecule: 1,
  biologics: 1,
  cell_therapy: 1,
  gene_therapy: 1,
  rna: 1,
  vaccines: 1,
  radiopharmaceuticals: 1,
  peptides: 1,
  drug_delivery: 1,
  medical_device: 2,
  in_vitro_diagnostic: 2,
  imaging: 2,
  biomaterials: 2,
  ai_ml: 4,
  genomics: 4,
};

/** familyOf[m]: bitmask of the modalities in any family of modality m (m included). */
const FAMILY_OF = MODALITIES.map((m) => {
  let mask = 1 << MODALITY_INDEX.get(m)!;
  for (const family of FAMILIES)
    if (family.includes(m)) for (const f of family) mask |= 1 << MODALITY_INDEX.get(f)!;
  return mask >>> 0;
});

export function modalityFamilyMask(modalities: number): number {
  let mask = 0;
  for (let i = 0; i < FAMILY_OF.length; i++) if (modalities & (1 << i)) mask |= FAMILY_OF[i];
  return mask >>> 0;
}

const CLASS_BITS: Record<string, number> = { drug: 1, device: 2, digital: 4, natural: 8 };
/** The class of products of the sectors that make them (a service provider's sector tells none). */
const SECTOR_CLASSES: Record<string, number> = {
  biopharma: 1,
  medtech: 2,
  diagnostics: 2,
  digital_health: 4,
  natural_health: 8,
};

/** Bitmask of the classes named in text (ProductClass codes). */
export function productClassMask(classes: Iterable<string>): number {
  let mask = 0;
  for (const c of classes) mask |= CLASS_BITS[c] ?? 0;
  return mask;
}

/** Bitmask of the classes of products the sectors make. */
export function sectorClassMask(sectors: readonly string[]): number {
  let mask = 0;
  for (const s of sectors) mask |= SECTOR_CLASSES[s] ?? 0;
  return mask;
}

/** Bitmask of the classes (1 drug, 2 device, 4 digital) of a modality mask. */
export function modalityClassMask(modalities: number): number {
  let mask = 0;
  MODALITIES.forEach((m, i) => {
    if (modalities & (1 << i)) mask |= CLASSES[m];
  });
  return mask;
}
