import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import house from './scripts/eslint/house-rules.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'apps/web/dist/',
      'apps/web/src/graphql/generated/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  { files: ['apps/web/src/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  // The layering rules (CONTRIBUTING.md). Import cycles are checked by scripts/check-cycles.mjs.
  {
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts'],
    plugins: { house },
    rules: { 'house/public-index-only': 'error' },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      'apps/web/**',
      '**/*.spec.ts',
      '**/*.repository.ts',
      '**/*.entity.ts',
      '**/*.module.ts',
      '**/*.table.ts',
      '**/*.sql.ts',
      '**/migrations/**',
      // The database infrastructure itself: the data source, migrations, UnitOfWork, health, start-up.
      'libs/database/**',
      'libs/runtime/**',
      'apps/api/src/bootstrap.ts',
      'apps/api/src/health/**',
      'apps/cli/src/commands/migration.commands.ts',
    ],
    plugins: { house },
    rules: { 'house/sql-in-repositories': 'error' },
  },
  {
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    // Generated model tables (written by the benches, see their headers) are data, not code to read.
    ignores: ['**/*.spec.ts', 'libs/match-scoring/src/model/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
);
