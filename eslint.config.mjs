import nx from '@nx/eslint-plugin';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import { depConstraints } from './tools/eslint/module-boundaries.mjs';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  ...vue.configs['flat/recommended'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', 'data/**', 'tmp/**', '**/vite.config.*.timestamp*'],
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['**/*.ts', '**/*.vue', '**/*.mts', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints,
        },
      ],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.vue'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Command-line output, tools and tests write to the console on purpose.
    files: ['apps/cli/**', 'tools/**', '**/*.spec.ts', 'apps/admin-e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.vue'],
    // Layout is the formatter's business; lint keeps to correctness and accessibility.
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // Build and test configuration share workspace tooling by relative path; it is not product code.
    files: ['**/vitest.config.mts', '**/vite.config.mts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
