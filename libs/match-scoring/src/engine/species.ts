// Whose health a company works on: people, animals or both. A veterinary CRO, a livestock-vaccine
// plant or a pet-pharma distributor is rarely what a human-health company needs, and the other way
// round, so a pair with no species in common scores lower (DEFAULT_WEIGHTS.speciesMismatch).
// Kinds that serve anyone (funds, law firms, institutes) count as both.

export const SPECIES = { HUMAN: 1, ANIMAL: 2 } as const;

const HUMAN_SECTORS = ['biopharma', 'medtech', 'diagnostics', 'digital_health', 'hospital', 'natural_health'];
const ANY_SPECIES_SECTORS = ['investor', 'professional_services', 'research_institute', 'industrial_biotech'];

/** `writesOfAnimals`: the company's text speaks of veterinary work (lexicon effect 'animal'). */
export function speciesMask(sectors: readonly string[], writesOfAnimals: boolean): number {
  if (sectors.some((s) => ANY_SPECIES_SECTORS.includes(s))) return SPECIES.HUMAN | SPECIES.ANIMAL;
  const animals = writesOfAnimals || sectors.includes('animal_health');
  const people = !animals || sectors.some((s) => HUMAN_SECTORS.includes(s));
  return (animals ? SPECIES.ANIMAL : 0) | (people ? SPECIES.HUMAN : 0);
}
