import { defineConfig } from 'electron-vite'
import { defaultClientConditions, type UserConfig } from 'vite'
import { resolve } from 'node:path'
import { rendererConfig } from './scripts/renderer-vite-config'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but electron: bundle it as one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: withWorkerConditions(
    rendererConfig({
      build: {
        outDir: resolve('out/renderer'),
        rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      },
    }),
  ),
})

/**
 * The import worker has no DOM: a package's `worker` build (decode-named-character-reference,
 * under the Markdown reader) must win over its `browser` build, which needs `document`.
 */
function withWorkerConditions(config: UserConfig): UserConfig {
  return {
    ...config,
    resolve: { ...config.resolve, conditions: ['worker', ...defaultClientConditions] },
  }
}
