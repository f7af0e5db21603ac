/** The renderer's Vite config, shared by the Electron build and the web host build. */
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, UserConfig } from 'vite'

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
    build: { target: 'chrome130', sourcemap: true, ...build },
    ...rest,
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
