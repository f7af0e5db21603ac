/**
 * How `npm run package` turns the electron-vite build (out/) into installers for Linux,
 * Windows and macOS, with electron-builder. Packaging needs the Electron build of each
 * target platform, which electron-builder downloads at package time; nothing here is
 * needed to install, build or test the project.
 */
import type { Configuration } from 'electron-builder'

/**
 * Electron fuses, flipped in the packaged binary before it is signed, so the operating
 * system's signature check guards them: the shipped app cannot be turned back into a
 * general-purpose Node runtime or debugged into, and runs only the code in its own,
 * integrity-checked app.asar.
 */
export const ELECTRON_FUSES = {
  /** ELECTRON_RUN_AS_NODE is ignored: the binary cannot be used as `node` to run other code. */
  runAsNode: false,
  /** Cookies on disk are encrypted with the OS key store (the app keeps none, but cheap). */
  enableCookieEncryption: true,
  /** NODE_OPTIONS and NODE_EXTRA_CA_CERTS are ignored: no `--require` of an attacker's file. */
  enableNodeOptionsEnvironmentVariable: false,
  /** --inspect and SIGUSR1 cannot attach a debugger to the main process. */
  enableNodeCliInspectArguments: false,
  /**
   * app.asar's header hash is checked at start-up (macOS and Windows; Linux has no
   * check yet); electron-builder embeds the hash. A patched archive will not start.
   */
  enableEmbeddedAsarIntegrityValidation: true,
  /** Only app.asar is loaded: no `app/` folder beside it can replace the checked archive. */
  onlyLoadAppFromAsar: true,
  /** One V8 snapshot for every process, as Electron ships it. */
  loadBrowserProcessSpecificV8Snapshot: false,
  /** file:// pages get no more than a browser gives them: the app serves app:// only. */
  grantFileProtocolExtraPrivileges: false,
} as const

/** Where the packages go: under out/, which git ignores and the app's files never include. */
export const PACKAGE_OUTPUT_DIR = 'out/packages'

/**
 * What goes into app.asar: the built main, preload and renderer and package.json (for
 * `main` and the version), without source maps. electron-builder adds the production
 * dependencies from node_modules itself (main loads them at run time); sources, tests,
 * the web host's build and everything else stay out.
 */
export const APP_FILES = [
  'out/main/**',
  'out/preload/**',
  'out/renderer/**',
  'package.json',
  '!**/*.map',
]

const config: Configuration = {
  appId: 'org.casefile.desktop',
  productName: 'Casefile',
  copyright: 'Copyright © Casefile contributors',
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  directories: { output: PACKAGE_OUTPUT_DIR, buildResources: 'packaging' },
  files: APP_FILES,
  // Outside the archive, where src/main/paths.ts corpusDirectory() looks when packaged.
  extraResources: [{ from: 'resources/corpus', to: 'corpus', filter: ['**/*'] }],
  asar: true,
  // No native modules: nothing to rebuild, and no compiler or headers download.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronFuses: { ...ELECTRON_FUSES },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'tar.gz', arch: ['x64'] },
    ],
    executableName: 'casefile',
    category: 'Office',
    synopsis: 'An offline workbench for analysts',
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling must never take the analyst's database and backups with it.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  publish: null,
}

export default config
