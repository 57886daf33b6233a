export * from './arrange.js';
export { maxWeightBMatching, type WeightedEdge } from './b-matching.js';
export { mutualFit } from './mutual-fit.js';
