export * from './startup.js';
