/**
 * The main window's construction options, kept pure so the security settings are
 * asserted by a test rather than trusted to review.
 */
import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * Window background before the renderer paints, per theme, so a dark-mode analyst does
 * not get a white flash. Keep in step with the renderer's page background.
 */
export const WINDOW_BACKGROUND = { light: '#f7f5f0', dark: '#181715' } as const

/** Below this the reader and its margin no longer fit side by side. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const

/** Inputs of `mainWindowOptions`. */
export interface MainWindowInputs {
  preloadPath: string
  /** `nativeTheme.shouldUseDarkColors`. */
  dark: boolean
}

/**
 * Options for the one Casefile window: hidden until ready-to-show, titled "Casefile",
 * with a minimum size, a theme background, and a renderer that is context-isolated,
 * sandboxed, without Node, with web security on, no `<webview>`, no insecure content and
 * no navigation by dropping a file on it.
 */
export function mainWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Casefile',
    width: 1280,
    height: 840,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: inputs.dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: inputs.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
    },
  }
}
