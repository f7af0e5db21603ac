/** The renderer's Vite config, shared by the Electron build and the web host build. */
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { UserConfig } from 'vite'

const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }

/** Renderer config; `build` overrides merge into the defaults, other keys replace them. */
export function rendererConfig(overrides: UserConfig = {}): UserConfig {
  const { build, ...rest } = overrides
  return {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react()],
    resolve: { alias: { '@shared': resolve('src/shared') } },
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: { target: 'chrome130', sourcemap: true, ...build },
    ...rest,
  }
}
