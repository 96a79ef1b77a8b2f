import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const clientDir = dirname(fileURLToPath(import.meta.url));

// Typed against the schema the server emits at the repository root (npm run schema:emit).
const config: CodegenConfig = {
  overwrite: true,
  schema: resolve(clientDir, '../schema.graphql'),
  documents: [resolve(clientDir, 'src/**/*.{ts,tsx}'), `!${resolve(clientDir, 'src/gql/**')}`],
  generates: {
    [resolve(clientDir, 'src/gql') + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        defaultScalarType: 'unknown',
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          Decimal: 'string',
        },
      },
    },
  },
};

export default config;
