/**
 * Electron main entry: registers the app:// scheme, hardens the session, loads the
 * corpus, registers IPC, sets the menu and opens the window. Logic lives in the pure modules beside
 * it; this file only wires them to Electron.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron'
import { HostEvents } from '../shared/api'
import { buildAppInfo } from './app-info'
import { loadCorpus } from './corpus/load-corpus'
import { saveDialogOptions, type ChooseSaveFile } from './exports/save-export'
import { hardenSession, hardenWebContents } from './harden'
import type { ChooseOpenFiles } from './import/pick-import-files'
import { registerIpc } from './ipc'
import { createChannelHandlers, createEnvelopeHandlers } from './ipc/channel-handlers'
import { appMenuTemplate } from './menu/app-menu'
import { backupsDirectory, bundlePaths, corpusDirectory } from './paths'
import { APP_ENTRY_URL, APP_SCHEME } from './protocol/app-origin'
import { APP_SCHEME_PRIVILEGES } from './protocol/scheme-privileges'
import { serveBundleRequest } from './protocol/serve-bundle'
import { isAllowedSender, trustedDevServerOrigin } from './security/policy'
import { createMainWindow } from './window'

// Both must happen before `ready`. Main is ESM, so keep them synchronous and above any
// await: the app may become ready as soon as this module yields.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()
// e2e tests give each run its own profile (and so its own empty IndexedDB).
const userDataOverride = process.env['CASEFILE_USER_DATA_DIR']
if (userDataOverride) app.setPath('userData', userDataOverride)

const log = (line: string) => console.warn(line)

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and leaves.
  app.quit()
} else {
  start()
}

function start(): void {
  const rendererUrl = process.env['ELECTRON_RENDERER_URL']
  const trust = { devServerOrigin: trustedDevServerOrigin(rendererUrl, app.isPackaged) }
  if (rendererUrl && !trust.devServerOrigin) {
    log(`[security] ignoring ELECTRON_RENDERER_URL=${rendererUrl}: not a local dev server`)
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

  // The page starts the import (its Open dialog goes through imports:pick), so the menu
  // only asks; events go to the app's own page and nowhere else.
  const requestImport = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      // macOS keeps running windowless: bring the window back; its page is not listening yet.
      openWindow()
      return
    }
    if (!isAllowedSender(mainWindow.webContents.getURL(), trust)) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    mainWindow.webContents.send(HostEvents.importRequested)
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trust, log))

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
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
