export * from './connection-errors.js';
export * from './job-handler.decorator.js';
export * from './job-names.js';
export * from './job-queue.service.js';
export * from './queue.module.js';
export * from './redis-connection.js';
