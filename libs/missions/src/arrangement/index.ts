export * from './arrange.js';
export { maxWeightBMatching, type WeightedEdge } from './b-matching.js';
