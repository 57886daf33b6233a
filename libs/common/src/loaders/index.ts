export * from './request-loader.js';
