/**
 * Preload: exposes `window.casefile` (a CasefileApi) and nothing else. Runs sandboxed, so
 * it is bundled to one CJS file that requires only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createCasefileApi } from './create-api'

// Wrapped, not passed bare: the page must never hold ipcRenderer or its methods.
const api = createCasefileApi((channel, ...args) => ipcRenderer.invoke(channel, ...args))

contextBridge.exposeInMainWorld('casefile', api)
