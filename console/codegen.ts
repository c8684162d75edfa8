import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The console's operations (`src/**\/*.graphql`) typed against the committed supergraph. An operation that the
 * supergraph no longer accepts fails here, and `npm run console:codegen:check` fails on stale generated files.
 */
const config: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
