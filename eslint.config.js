// @ts-check
import { readdirSync } from 'node:fs'
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

const RENDERER = 'src/renderer/src'

/** What no renderer file may import (repeated per folder: a later block replaces the rule). */
const RENDERER_PATTERNS = [
  { group: ['electron', 'node:*'], message: 'The renderer never imports Electron or Node.' },
  {
    group: ['**/main/**', '**/preload/**'],
    message: 'The renderer talks to its host only through CasefileApi.',
  },
]

/** Import patterns for the renderer's folders, by the folder name in the import's path. */
const folder = (/** @type {string} */ name) => [`**/${name}`, `**/${name}/**`]

const NO_APP = {
  group: folder('app'),
  message: 'Nothing imports app/: it is the shell that composes everything else.',
}
const NO_FEATURES = {
  group: folder('features'),
  message: 'Only app/ composes features; move the shared piece to ui/, host/ or db/.',
}

/**
 * The direction inside the renderer: app -> features -> (nav, host, ui, db) -> shared;
 * extract/ (the import worker's format readers) -> shared; indexing/ (the search and
 * entity workers and their clients) -> db -> shared, used by host/ and features.
 * main.tsx, the entry point, mounts the shell and is the one file above app/.
 * @type {{ files: string[], patterns: { group: string[], message: string }[] }[]}
 */
const LAYERS = [
  { files: [`${RENDERER}/features/**`], patterns: [NO_APP] },
  {
    files: [`${RENDERER}/host/**`],
    patterns: [
      NO_APP,
      NO_FEATURES,
      { group: folder('nav'), message: 'host/ serves every view and knows no routes.' },
    ],
  },
  {
    files: [`${RENDERER}/nav/**`],
    patterns: [
      NO_APP,
      NO_FEATURES,
      {
        group: [...folder('host'), ...folder('db'), ...folder('ui')],
        message: 'nav/ is the routes alone: it needs no services, storage or components.',
      },
    ],
  },
  {
    files: [`${RENDERER}/ui/**`],
    patterns: [
      NO_APP,
      NO_FEATURES,
      {
        group: [...folder('host'), ...folder('db'), ...folder('nav')],
        message: 'ui/ is presentational and generic: data and places come in through props.',
      },
    ],
  },
  {
    files: [`${RENDERER}/extract/**`],
    patterns: [
      NO_APP,
      NO_FEATURES,
      {
        group: [...folder('host'), ...folder('db'), ...folder('ui'), ...folder('nav')],
        message: 'extract/ runs in the import worker: it reads files with shared/ alone.',
      },
      {
        group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'],
        message: 'extract/ runs in the import worker: no React, no database.',
      },
    ],
  },
  {
    files: [`${RENDERER}/indexing/**`],
    patterns: [
      NO_APP,
      NO_FEATURES,
      {
        group: [...folder('host'), ...folder('ui'), ...folder('nav')],
        message:
          'indexing/ runs in the search and entity workers: it reads the database with db/ and shared/ alone.',
      },
      {
        group: ['react', 'react-dom', 'react-dom/*', 'dexie-react-hooks'],
        message: 'indexing/ runs in workers: no React.',
      },
    ],
  },
  {
    files: [`${RENDERER}/db/**`],
    patterns: [
      NO_APP,
      NO_FEATURES,
      {
        group: [...folder('host'), ...folder('ui'), ...folder('nav')],
        message: 'db/ is storage: it imports only shared/ (and Dexie).',
      },
    ],
  },
]

/**
 * Runtime imports one feature may take from another, each for a reason. Type imports
 * are always allowed. An entry is a feature folder, or a module in it.
 * @type {Record<string, string[]>}
 */
const FEATURE_IMPORTS = {
  // The reader is the reading surface: the passage tools of highlights, claims and
  // timelines (toolbar, popovers, side panel) act on its selection; an imported
  // source's own actions (details, re-import, delete) sit in its header; the passages
  // it shares with other sources are listed in its side panel.
  reader: ['highlights', 'claims', 'timelines', 'import', 'reuse'],
  // The library is where documents arrive: its button and drop zone start an import.
  library: ['import'],
}

const FEATURES = readdirSync(new URL(`./${RENDERER}/features`, import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One block per feature and folder depth: a relative import that climbs out of the
 * feature and into a sibling folder is another feature (the shared layers sit one level
 * higher, so they climb further).
 */
const featureBoundaries = FEATURES.flatMap((feature) =>
  [0, 1, 2, 3].map((depth) => {
    const own = [feature, ...(FEATURE_IMPORTS[feature] ?? [])].map((allowed) =>
      allowed.includes('/') ? `${escape(allowed)}$` : `${escape(allowed)}/`,
    )
    return {
      files: [`${RENDERER}/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: /** @type {import('eslint').Linter.RulesRecord} */ ({
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(?:\\.\\./){${depth + 1}}(?!${own.join('|')})[^./][^/]*/`,
                allowTypeImports: true,
                message:
                  'Features do not import other features (types aside): move the shared piece to ui/, host/ or db/, or allow it in FEATURE_IMPORTS with the reason.',
              },
            ],
          },
        ],
      }),
    }
  }),
)

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
      ...restrict(RENDERER_PATTERNS),
    },
  },
  ...LAYERS.map(({ files, patterns }) => ({
    files,
    rules: restrict([...RENDERER_PATTERNS, ...patterns]),
  })),
  {
    files: [`${RENDERER}/features/*.{ts,tsx}`],
    rules: restrict([
      ...RENDERER_PATTERNS,
      NO_APP,
      {
        group: ['./*/**'],
        message: 'The helpers at the features root serve every feature and import none.',
      },
    ]),
  },
  ...featureBoundaries,
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
