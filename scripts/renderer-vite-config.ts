/** The renderer's Vite config, shared by the Electron build and the web host build. */
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BuildOptions, Plugin, UserConfig } from 'vite'

const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }

/** Compile-time constants the renderer reads; vitest defines the same ones. */
export const appDefines = { __APP_VERSION__: JSON.stringify(pkg.version) }

/** Renderer config; `build` overrides merge into the defaults, other keys replace them. */
export function rendererConfig(overrides: UserConfig = {}): UserConfig {
  const { build, ...rest } = overrides
  return {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react(), devServerCsp()],
    resolve: { alias: { '@shared': resolve('src/shared') } },
    define: appDefines,
    // One stylesheet, loaded at start-up as before the split: a view's CSS can style the
    // reader too (entities.css paints names in the text), so none may wait for its chunk.
    build: withLibraryChunks({
      target: 'chrome130',
      sourcemap: true,
      cssCodeSplit: false,
      ...build,
    }),
    ...rest,
  }
}

const SEP = String.raw`[\\/]`
const NOT_SEP = String.raw`[^\\/]`
const packages = (names: string) => new RegExp(`${SEP}node_modules${SEP}(?:${names})${SEP}`)

/**
 * The big libraries only some views need, each in a chunk named for it, so
 * e2e/startup-chunks.spec.ts can tell that none loads before the reader is shown. Who
 * loads a chunk is still decided by who imports it: the app imports those views with
 * `import()` (app/lazy-views.ts).
 */
const LIBRARY_CHUNKS = [
  {
    name: 'markdown',
    test: packages(
      `unified|remark-${NOT_SEP}+|mdast-util-${NOT_SEP}+|micromark(?:-${NOT_SEP}+)?|hast-util-${NOT_SEP}+|vfile(?:-${NOT_SEP}+)?|unist-util-${NOT_SEP}+`,
    ),
  },
  { name: 'chrono', test: packages('chrono-node') },
  { name: 'd3', test: packages(`d3-${NOT_SEP}+`) },
  { name: 'pdfjs', test: packages('pdfjs-dist') },
]

/**
 * `build` with the library chunks named (the callers set no output options of their own),
 * and modules run in the order the source imports them. Split into chunks, a chunk the
 * entry imports would otherwise run whole before the entry's own first imports: zod would
 * build schemas before `zod-without-eval` turned its eval probe off, and code would run
 * before the Trusted Types policy exists (both "imported first" by main.tsx).
 */
function withLibraryChunks(build: BuildOptions): BuildOptions {
  const { rollupOptions = {}, ...rest } = build
  return {
    ...rest,
    rollupOptions: {
      ...rollupOptions,
      output: { codeSplitting: { groups: LIBRARY_CHUNKS }, strictExecutionOrder: true },
    },
  }
}

/**
 * The dev server (electron-vite dev, vite dev) injects an inline React Refresh preamble
 * and talks to its HMR socket; the strict CSP would block both. Relaxed only while
 * serving: built output keeps the strict policy from index.html.
 */
function devServerCsp(): Plugin {
  return {
    name: 'casefile-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  }
}
