import { Foundation1764133200000 } from './1764133200000-foundation.js';
import { CompaniesAndAccounts1764133300000 } from './1764133300000-companies-and-accounts.js';

/** Every migration, oldest first: bundled as classes so the compiled app needs no file globbing. */
export const MIGRATIONS = [Foundation1764133200000, CompaniesAndAccounts1764133300000];
