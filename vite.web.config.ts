import { resolve } from 'node:path'
import { defaultClientConditions, defineConfig } from 'vite'
import { rendererConfig } from './scripts/renderer-vite-config'
import { corpusPlugin } from './scripts/vite-plugin-corpus'

/**
 * The web host: the renderer as a static site with the corpus as JSON, in out/web
 * (CASEFILE_WEB_OUT moves it, so two checkouts' test runs do not overwrite each other).
 */
export default defineConfig(() => {
  const base = rendererConfig({
    build: { outDir: resolve(process.env.CASEFILE_WEB_OUT ?? 'out/web'), emptyOutDir: true },
  })
  return {
    ...base,
    // The import worker has no DOM: a package's `worker` build (decode-named-character-reference,
    // under the Markdown reader) must win over its `browser` build, which needs `document`.
    resolve: { ...base.resolve, conditions: ['worker', ...defaultClientConditions] },
    plugins: [...(base.plugins ?? []), corpusPlugin()],
  }
})
