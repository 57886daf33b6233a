export * from './types.js';
export { validateInstance, type ValidationOutcome } from './validate-instance.js';
export { solveSchedule, type SolveTrace } from './solve.js';
export { verifySchedule } from './verify.js';
export { Prng } from './prng.js';
export { lowerBounds, type LowerBoundReport, type PriorityBound } from './bounds-report.js';
export { idleGaps, type IdleGaps } from './idle-gaps.js';
