// Lint rules: ESLint's and typescript-eslint's recommended sets, type-aware where it pays
// (floating promises are bugs in a server), and the SPA's module boundaries.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The SPA's one-way flow, as bulletproof-react draws it: app → features → shared code. A feature
// imports no other feature (what two features need is shared code); shared code imports neither
// features nor the app. Every feature folder gets its zone, so a new one is covered at once.
const spa = 'frontend/src';
const features = readdirSync(`${import.meta.dirname}/${spa}/features`);
const sharedFolders = ['api', 'components', 'config', 'hooks', 'lib', 'stores'];
const spaBoundaries = [
  ...features.map((feature) => ({
    target: `${spa}/features/${feature}`,
    from: `${spa}/features`,
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move what both need to shared code.',
  })),
  { target: `${spa}/features`, from: `${spa}/app`, message: 'Features do not import the app.' },
  {
    target: sharedFolders.map((folder) => `${spa}/${folder}`),
    from: [`${spa}/features`, `${spa}/app`],
    message: 'Shared code does not import features or the app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.waymark/',
      'coverage/',
      'e2e/artifacts/',
      '.tmp/',
      'test-results/',
      'playwright-report/',
      'frontend/dist/',
      // Written by `npm run codegen` from schema.graphql and the documents in frontend/src.
      'frontend/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: spaBoundaries },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'frontend/codegen/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
