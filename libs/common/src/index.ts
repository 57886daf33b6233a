export * from './errors/index.js';
export * from './graphql/index.js';
export * from './http/index.js';
export * from './i18n/index.js';
export * from './pagination/index.js';
export * from './loaders/index.js';
export * from './privacy/personal-data.port.js';
export * from './associations-time-zone.js';
