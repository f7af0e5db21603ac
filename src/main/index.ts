/**
 * Electron main entry: registers the app:// scheme, hardens the session, loads the
 * corpus, registers IPC, sets the menu and opens the window. Logic lives in the pure modules beside
 * it; this file only wires them to Electron.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron'
import { HostEvents } from '../shared/api'
import { buildAppInfo } from './app-info'
import { loadCorpus } from './corpus/load-corpus'
import { saveDialogOptions, type ChooseSaveFile } from './exports/save-export'
import { hardenSession, hardenWebContents } from './harden'
import type { ChooseOpenFiles } from './import/pick-import-files'
import { registerIpc } from './ipc'
import { createChannelHandlers, createEnvelopeHandlers } from './ipc/channel-handlers'
import { bringForwardSteps } from './lifecycle/bring-forward'
import { userDataDirectory } from './lifecycle/user-data'
import { appMenuTemplate } from './menu/app-menu'
import { backupsDirectory, bundlePaths, corpusDirectory } from './paths'
import { APP_ENTRY_URL, APP_SCHEME } from './protocol/app-origin'
import { APP_SCHEME_PRIVILEGES } from './protocol/scheme-privileges'
import { serveBundleRequest } from './protocol/serve-bundle'
import { openExternalPrompt } from './security/external-links'
import { isAllowedSender, isExplicitDevMode, trustedDevServerOrigin } from './security/policy'
import { createMainWindow } from './window'

// Both must happen before `ready`. Main is ESM, so keep them synchronous and above any
// await: the app may become ready as soon as this module yields.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()
// Pinned before anything reads it, so no rename or product name can move the analyst's
// database; e2e tests give each run its own profile (and so its own empty IndexedDB).
const userData = userDataDirectory({
  appDataPath: app.getPath('appData'),
  override: process.env['CASEFILE_USER_DATA_DIR'],
  cwd: process.cwd(),
})
app.setPath('userData', userData)
app.setPath('sessionData', userData)

const log = (line: string) => console.warn(line)

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and leaves.
  app.quit()
} else {
  start()
}

function start(): void {
  const rendererUrl = process.env['ELECTRON_RENDERER_URL']
  const devServerOrigin = trustedDevServerOrigin({
    rendererUrl,
    isPackaged: app.isPackaged,
    devMode: isExplicitDevMode(process.env),
  })
  const trust = { devServerOrigin }
  if (rendererUrl && !devServerOrigin) {
    log(
      `[security] ignoring ELECTRON_RENDERER_URL=${rendererUrl}: only a local dev server, in an unpackaged app started by electron-vite dev, is trusted`,
    )
  }
  const entryUrl = trust.devServerOrigin && rendererUrl ? rendererUrl : APP_ENTRY_URL
  const paths = bundlePaths(import.meta.url)
  let mainWindow: BrowserWindow | null = null

  const openWindow = () => {
    mainWindow = createMainWindow(paths.preloadPath, entryUrl)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  }

  // Only the app's own window passes the IPC sender check, so it owns the dialog.
  const chooseSaveFile: ChooseSaveFile = async (request) => {
    const options = saveDialogOptions(request)
    const owner = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
    const result = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  const chooseOpenFiles: ChooseOpenFiles = async (options) => {
    const owner = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  }

  /** Puts the window in front of the analyst; false when it had to be created anew. */
  const bringForward = (): boolean => {
    const current = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
    const state = current && {
      destroyed: false,
      minimized: current.isMinimized(),
      visible: current.isVisible(),
    }
    for (const step of bringForwardSteps(app.isReady(), state)) {
      if (step === 'create') {
        openWindow()
        return false
      }
      if (!current) continue
      if (step === 'restore') current.restore()
      else if (step === 'show') current.show()
      else current.focus()
    }
    return true
  }

  // The page starts the import (its Open dialog goes through imports:pick), so the menu
  // only asks; events go to the app's own page and nowhere else.
  const requestImport = () => {
    // A window created just now (macOS keeps running windowless) is not listening yet.
    if (!bringForward() || !mainWindow) return
    if (!isAllowedSender(mainWindow.webContents.getURL(), trust)) return
    mainWindow.webContents.send(HostEvents.importRequested)
  }

  // An https link the page asked to open: the analyst sees where it goes and chooses.
  // One prompt at a time, so a page cannot stack them.
  let prompting = false
  const offerExternal = (href: string) => {
    if (prompting) return
    prompting = true
    const { openId, ...prompt } = openExternalPrompt(href)
    const owner = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
    const answer = owner ? dialog.showMessageBox(owner, prompt) : dialog.showMessageBox(prompt)
    answer
      .then(({ response }) => (response === openId ? shell.openExternal(href) : undefined))
      .catch((error: unknown) => log(`[security] could not open ${href}: ${String(error)}`))
      .finally(() => {
        prompting = false
      })
  }

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, trust, log, offerExternal),
  )

  // The single-instance lock sends a second launch here: show the analyst this window.
  app.on('second-instance', () => {
    bringForward()
  })

  // macOS apps stay running with no windows; elsewhere closing the last window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(() => {
      protocol.handle(APP_SCHEME, (request) => serveBundleRequest(paths.rendererDir, request))
      hardenSession(session.defaultSession, trust, log)

      const corpus = loadCorpus(
        corpusDirectory({
          isPackaged: app.isPackaged,
          appPath: app.getAppPath(),
          resourcesPath: process.resourcesPath,
        }),
        log,
      )
      console.info(`[corpus] loaded ${corpus.size} sources, skipped ${corpus.skipped.length}`)

      const info = buildAppInfo(app.getVersion(), process.versions)
      const handlers = createChannelHandlers({
        corpus,
        appInfo: () => info,
        chooseSaveFile,
        chooseOpenFiles,
        backupsDir: backupsDirectory(app.getPath('userData')),
      })
      registerIpc(
        createEnvelopeHandlers(handlers, {
          isAllowedSender: (url) => isAllowedSender(url, trust),
          onInternalError: (error) => console.error('[ipc] unexpected error:', error),
        }),
      )

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          appMenuTemplate(process.platform, { importDocuments: requestImport }),
        ),
      )
      openWindow()
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('[main] start-up failed:', error)
      app.exit(1)
    })
}
