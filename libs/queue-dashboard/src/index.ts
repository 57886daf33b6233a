export * from './queue-dashboard.module.js';
