// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Module boundaries from DESIGN.md, enforced per folder.
 * @param {{ group: string[], message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: restrict([
      {
        group: ['electron', 'node:*', 'dexie', 'react', 'react-dom'],
        message: 'src/shared is pure: no Electron, Node, Dexie or React.',
      },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**'],
        message: 'src/shared imports nothing from main, preload or renderer.',
      },
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        { group: ['electron', 'node:*'], message: 'The renderer never imports Electron or Node.' },
        {
          group: ['**/main/**', '**/preload/**'],
          message: 'The renderer talks to its host only through CasefileApi.',
        },
      ]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([
      {
        group: ['**/renderer/**', 'react', 'react-dom', 'dexie'],
        message: 'Main never imports the renderer.',
      },
    ]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      {
        group: ['**/renderer/**', '**/main/**', 'node:*'],
        message: 'The preload is a thin facade over IPC.',
      },
    ]),
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
)
