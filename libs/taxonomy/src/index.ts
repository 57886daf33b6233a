export * from './taxonomy.data.js';
export * from './taxonomy.js';
