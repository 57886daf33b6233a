export * from './page-args.js';
export * from './connection.types.js';
