// `npm run codegen`: typed GraphQL documents for the SPA, from the committed schema.graphql and
// the `graphql(...)` documents in frontend/src. The output (frontend/src/gql/) is committed so a
// fresh clone typechecks without running this.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['frontend/src/**/*.{ts,tsx}', '!frontend/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'frontend/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        importExtension: '.ts',
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          Decimal: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
    // For Apollo's cache: the members of each union and interface.
    'frontend/src/gql/possible-types.ts': {
      plugins: ['./frontend/codegen/possible-types.mjs'],
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
