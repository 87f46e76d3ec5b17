// Lint rules: ESLint's and typescript-eslint's recommended sets, type-aware where it pays
// (floating promises are bugs in a server).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
