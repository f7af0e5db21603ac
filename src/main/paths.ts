/**
 * Where the built pieces sit relative to the built main file, and where the corpus sits
 * in development and in a packaged app. Pure path arithmetic, no Electron.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The built renderer folder and preload file. */
export interface BundlePaths {
  /** `out/renderer`: what app:// serves. */
  rendererDir: string
  /** `out/preload/index.cjs`: a single CJS file, as a sandboxed preload must be. */
  preloadPath: string
}

/**
 * Paths of the renderer and preload builds, given the main bundle's own URL
 * (`import.meta.url` of out/main/index.js; main is ESM, so there is no __dirname).
 * Valid in `electron-vite dev` too, which also builds main and preload into out/.
 */
export function bundlePaths(mainFileUrl: string): BundlePaths {
  const mainDir = dirname(fileURLToPath(mainFileUrl))
  return {
    rendererDir: join(mainDir, '..', 'renderer'),
    preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
  }
}

/** What `corpusDirectory` needs to know about the running app. */
export interface CorpusLocation {
  isPackaged: boolean
  /** `app.getAppPath()`: the project root in development. */
  appPath: string
  /** `process.resourcesPath`: the packaged app's resources folder. */
  resourcesPath: string
}

/**
 * `resources/corpus` under the project in development; `corpus` under the packaged
 * app's resources folder otherwise, which is where the packager must copy
 * resources/corpus (e.g. electron-builder `extraResources: [{ from: 'resources/corpus',
 * to: 'corpus' }]`), outside the asar archive.
 */
export function corpusDirectory(location: CorpusLocation): string {
  return location.isPackaged
    ? join(location.resourcesPath, 'corpus')
    : join(location.appPath, 'resources', 'corpus')
}

/**
 * `<userData>/backups`: where the automatic rolling backups go, a folder of their own so
 * pruning old backups can never meet Chromium's profile files.
 */
export function backupsDirectory(userDataPath: string): string {
  return join(userDataPath, 'backups')
}
