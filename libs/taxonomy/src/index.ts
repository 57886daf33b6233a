export * from './taxonomy.data.js';
