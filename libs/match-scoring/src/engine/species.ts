// Whose health or growth a company works on: people, animals, crops. A veterinary CRO, a
// livestock-vaccine plant or a pet-pharma distributor is rarely what a human-health company needs,
// nor a farm inoculant maker, and the other way round, so a pair with no species in common scores
// lower (DEFAULT_WEIGHTS.speciesMismatch). Kinds that serve anyone (funds, law firms, institutes)
// count as all.

export const SPECIES = { HUMAN: 1, ANIMAL: 2, PLANT: 4 } as const;
const ALL_SPECIES = SPECIES.HUMAN | SPECIES.ANIMAL | SPECIES.PLANT;

const HUMAN_SECTORS = ['biopharma', 'medtech', 'diagnostics', 'digital_health', 'hospital', 'natural_health'];
const ANY_SPECIES_SECTORS = ['investor', 'professional_services', 'research_institute'];

/**
 * `writesOfAnimals`, `writesOfCrops`: the company's text speaks of veterinary work or of crops
 * (lexicon effect 'species'). An industrial biotech serves anyone unless it writes of crops: then
 * farms are its market (and people only if it is also in a human-health sector).
 */
export function speciesMask(
  sectors: readonly string[],
  writesOfAnimals: boolean,
  writesOfCrops: boolean,
): number {
  if (sectors.some((s) => ANY_SPECIES_SECTORS.includes(s))) return ALL_SPECIES;
  const animals = writesOfAnimals || sectors.includes('animal_health');
  const humanSector = sectors.some((s) => HUMAN_SECTORS.includes(s));
  if (sectors.includes('industrial_biotech')) {
    if (!writesOfCrops) return ALL_SPECIES;
    return SPECIES.PLANT | (animals ? SPECIES.ANIMAL : 0) | (humanSector ? SPECIES.HUMAN : 0);
  }
  const people = !animals || humanSector;
  return (animals ? SPECIES.ANIMAL : 0) | (people ? SPECIES.HUMAN : 0);
}
