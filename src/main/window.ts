/** Creates the main window. */
import { BrowserWindow, dialog, nativeTheme } from 'electron'
import { renderProcessGoneMessage } from './crash/render-process-gone'
import { mainWindowOptions } from './window-options'

/**
 * Opens the Casefile window on `entryUrl` and shows it once the first paint is ready
 * (no blank flash). A failed load is logged, not thrown: the window stays and the
 * analyst can reload. A renderer that crashes is offered a reload (nothing saved is lost).
 */
export function createMainWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath, dark: nativeTheme.shouldUseDarkColors }),
  )
  window.once('ready-to-show', () => window.show())
  window.webContents.on('render-process-gone', (_event, details) => {
    const gone = renderProcessGoneMessage(details.reason, details.exitCode)
    if (!gone || window.isDestroyed()) return
    void dialog
      .showMessageBox(window, { type: 'error', ...gone, defaultId: 0, cancelId: 1, noLink: true })
      .then(({ response }) => {
        if (window.isDestroyed()) return
        if (response === 0) window.webContents.reload()
        else window.close()
      })
  })
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error(`[window] could not load ${entryUrl}:`, error)
  })
  return window
}
