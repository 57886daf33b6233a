export * from './date.scalar.js';
export * from './date-time.scalar.js';
export * from './json.scalar.js';
export * from './error.filter.js';
export * from './to-client-error.js';
export * from './viewer.decorators.js';
export * from './kept-answers.js';
