/**
 * Preload: exposes `window.casefile` (a CasefileApi) and nothing else. Runs sandboxed, so
 * it is bundled to one CJS file that requires only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createCasefileApi } from './create-api'

// Wrapped, not passed bare: the page must never hold ipcRenderer, its methods or an
// IpcRendererEvent (whose `sender` is ipcRenderer), so listeners are called with nothing.
const api = createCasefileApi(
  (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  (event, listener) => {
    const forward = () => listener()
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
)

contextBridge.exposeInMainWorld('casefile', api)
