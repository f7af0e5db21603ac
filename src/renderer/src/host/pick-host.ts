/**
 * Picks the renderer's CasefileApi at start-up: the Electron preload's bridge when it is
 * there, else the web host. Nothing else in the renderer knows where it runs.
 */
import type { CasefileApi } from '@shared/api'
import { CASEFILE_API_METHODS } from '@shared/api-methods'
import { hostErrorFromBridge } from '@shared/host-error-bridge'
import { createWebHost } from './web-host'

declare global {
  interface Window {
    /** Exposed by src/preload in Electron; absent in a plain browser. */
    casefile?: CasefileApi
  }
}

export function pickHost(): CasefileApi {
  return isBridge(window.casefile) ? withHostErrors(window.casefile) : createWebHost()
}

/**
 * Whether `value` is the preload's bridge: every method there, as a function. Not merely
 * truthy: an element with `id="casefile"` is `window.casefile` too (DOM clobbering).
 */
export function isBridge(value: unknown): value is CasefileApi {
  if (typeof value !== 'object' || value === null || value instanceof Node) return false
  const api = value as Record<string, unknown>
  return CASEFILE_API_METHODS.every((method) => typeof api[method] === 'function')
}

/**
 * contextBridge keeps only an error's message; this restores the HostError (and its
 * code) that the preload encoded in it, so both hosts reject the same way.
 */
function withHostErrors(bridge: CasefileApi): CasefileApi {
  const recover = (error: unknown): never => {
    throw hostErrorFromBridge(error)
  }
  return {
    listDocuments: () => bridge.listDocuments().catch(recover),
    getDocument: (id) => bridge.getDocument(id).catch(recover),
    getAppInfo: () => bridge.getAppInfo().catch(recover),
    saveExport: (request) => bridge.saveExport(request).catch(recover),
    writeRollingBackup: (request) => bridge.writeRollingBackup(request).catch(recover),
    listRollingBackups: () => bridge.listRollingBackups().catch(recover),
    readRollingBackup: (fileName) => bridge.readRollingBackup(fileName).catch(recover),
    pickImportFiles: (options) => bridge.pickImportFiles(options).catch(recover),
    onImportRequested: (listener) => bridge.onImportRequested(listener),
  }
}
