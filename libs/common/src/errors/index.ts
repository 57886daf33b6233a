export * from './api-error-code.js';
export * from './app.exception.js';
export * from './field-problems.js';
