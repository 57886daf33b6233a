// Which manufacturing capability a modality needs: an antibody or a vaccine needs a biologics
// plant, a small molecule or a synthetic peptide a chemistry plant, a cell or gene therapy its own
// kind of facility, a device or a diagnostic kit a device manufacturer.
import type { CapabilityCode, ModalityCode } from '../codes.js';

export const MANUFACTURING_BY_MODALITY: Partial<Record<ModalityCode, Array<[CapabilityCode, number]>>> = {
  biologics: [['gmp_biologics', 1]],
  vaccines: [['gmp_biologics', 1]],
  rna: [
    ['gmp_biologics', 0.9],
    ['cell_gene_manufacturing', 0.6],
  ],
  peptides: [
    ['gmp_small_molecule', 1],
    ['gmp_biologics', 0.6],
  ],
  small_molecule: [['gmp_small_molecule', 1]],
  radiopharmaceuticals: [['gmp_small_molecule', 0.9]],
  drug_delivery: [['gmp_small_molecule', 0.8]],
  cell_therapy: [['cell_gene_manufacturing', 1]],
  gene_therapy: [['cell_gene_manufacturing', 1]],
  medical_device: [['device_manufacturing', 1]],
  in_vitro_diagnostic: [['device_manufacturing', 0.9]],
  imaging: [['device_manufacturing', 0.7]],
  biomaterials: [['device_manufacturing', 0.8]],
};

/** Every manufacturing capability (the kinds of plant the modalities above need). */
export const MANUFACTURING_CODES: ReadonlySet<string> = new Set(
  Object.values(MANUFACTURING_BY_MODALITY).flatMap((made) => made!.map(([code]) => code)),
);

/**
 * The manufacturing capabilities (with confidence) for the modalities named in the same sentence,
 * else for the company's known modalities; empty when neither says.
 */
export function manufacturingFor(
  sentenceModalities: Record<string, number>,
  knownModalities: readonly string[],
): Array<[CapabilityCode, number]> {
  const named = Object.keys(sentenceModalities);
  const modalities = named.length > 0 ? named : knownModalities;
  // A PET tracer or a radioligand is imaging made as a drug, not an imaging device.
  const tracers = modalities.includes('radiopharmaceuticals');
  const out = new Map<CapabilityCode, number>();
  for (const m of modalities) {
    if (tracers && m === 'imaging') continue;
    const scale = named.length > 0 ? Math.max(0.7, sentenceModalities[m]) : 0.9;
    for (const [code, w] of MANUFACTURING_BY_MODALITY[m as ModalityCode] ?? []) {
      out.set(code, Math.max(out.get(code) ?? 0, w * scale));
    }
  }
  return [...out];
}
