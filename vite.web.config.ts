import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { rendererConfig } from './scripts/renderer-vite-config'
import { corpusPlugin } from './scripts/vite-plugin-corpus'

/** The web host: the renderer as a static site with the corpus as JSON, in out/web. */
export default defineConfig(() => {
  const base = rendererConfig({ build: { outDir: resolve('out/web'), emptyOutDir: true } })
  return { ...base, plugins: [...(base.plugins ?? []), corpusPlugin()] }
})
