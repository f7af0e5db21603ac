import { describe, expect, it } from 'vitest'
import { mainWindowOptions, MIN_WINDOW_SIZE, WINDOW_BACKGROUND } from './window-options'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/out/preload/index.cjs', dark: false })

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
  })

  it('turns off experimental and Blink features and keeps dialogs safe', () => {
    expect(options.webPreferences).toMatchObject({ experimentalFeatures: false, safeDialogs: true })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })

  it('sets exactly the reviewed web preferences, so a new one needs a look', () => {
    // Anything added here (additionalArguments, enableBlinkFeatures, a partition, a
    // relaxed CSP switch) changes what the renderer may do; make it fail review here.
    expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual([
      'allowRunningInsecureContent',
      'contextIsolation',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'nodeIntegration',
      'nodeIntegrationInSubFrames',
      'nodeIntegrationInWorker',
      'preload',
      'safeDialogs',
      'sandbox',
      'webSecurity',
      'webviewTag',
    ])
  })

  it('starts hidden, titled, with a minimum size', () => {
    expect(options).toMatchObject({
      show: false,
      title: 'Casefile',
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    })
    expect(options.width).toBeGreaterThanOrEqual(MIN_WINDOW_SIZE.width)
    expect(options.height).toBeGreaterThanOrEqual(MIN_WINDOW_SIZE.height)
  })

  it('paints the theme background before the renderer does', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light)
    expect(mainWindowOptions({ preloadPath: 'p', dark: true }).backgroundColor).toBe(
      WINDOW_BACKGROUND.dark,
    )
  })
})
