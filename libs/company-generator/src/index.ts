// @app/company-generator: deterministic, realistic Québec and Ontario member profiles in the
// import format, with planted partnerships for evaluating the matching engine.
export { generateCompanies, demoCompanies } from './generate.js';
export { generatePartneringSet, type PartneringOptions, type PartneringSet } from './partnering.js';
export { manufacturingOf, STAGE_ORDER, type Latent } from './archetypes.js';
export type { GenerateOptions, GeneratedSet, ImportCompany, PlantedPair } from './types.js';
export { toMatchProfile } from './match-profile.js';
