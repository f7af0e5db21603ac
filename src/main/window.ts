/** Creates the main window. */
import { BrowserWindow, nativeTheme } from 'electron'
import { mainWindowOptions } from './window-options'

/**
 * Opens the Casefile window on `entryUrl` and shows it once the first paint is ready
 * (no blank flash). A failed load is logged, not thrown: the window stays and the
 * analyst can reload.
 */
export function createMainWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath, dark: nativeTheme.shouldUseDarkColors }),
  )
  window.once('ready-to-show', () => window.show())
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error(`[window] could not load ${entryUrl}:`, error)
  })
  return window
}
