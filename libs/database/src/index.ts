export * from './data-source.options.js';
export * from './database.module.js';
export * from './migration-runner.js';
export * from './migrations/index.js';
export * from './preflight.js';
export * from './prepared-query.js';
export * from './table-shape.js';
export * from './unit-of-work.js';
