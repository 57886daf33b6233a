import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed schema.graphql: no server is needed. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
