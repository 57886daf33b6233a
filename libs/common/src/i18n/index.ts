export * from './locale.js';
export * from './common.messages.js';
