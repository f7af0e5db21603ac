/**
 * The CasefileApi as the preload exposes it, built over an `invoke` and a `subscribe`
 * function so it can be exercised without Electron. src/preload/index.ts passes
 * `ipcRenderer.invoke` and a wrapper over `ipcRenderer.on`.
 */
import {
  Channels,
  HostEvents,
  unwrapEnvelope,
  type AppInfo,
  type CasefileApi,
  type Channel,
  type Envelope,
  type HostEvent,
  type PickedFile,
  type PickImportOptions,
  type RollingBackup,
  type RollingBackupWrite,
  type RollingBackupWritten,
  type SaveExportRequest,
  type SaveExportResult,
} from '../shared/api'
import type { DocumentModel, DocumentSummary } from '../shared/corpus/document-model'
import { toBridgeError } from '../shared/host-error-bridge'

/** Sends one request to main and resolves with main's envelope (ipcRenderer.invoke's shape). */
export type Invoke = (channel: Channel, ...args: unknown[]) => Promise<unknown>

/**
 * Calls `listener` with no arguments each time main sends `event`, until the returned
 * function is called. The listener must never see the IPC event (it holds ipcRenderer).
 */
export type Subscribe = (event: HostEvent, listener: () => void) => () => void

/**
 * The api object: every request resolves with the envelope's value or rejects with an
 * Error tagged `[casefile:<code>]` (see shared/host-error-bridge.ts), including when IPC itself
 * fails. Channels without input send no argument. `onImportRequested` subscribes to a
 * `HostEvents` event and returns its disposer. It holds only functions, so nothing of
 * Electron (no ipcRenderer, no event) can reach the page through it.
 */
export function createCasefileApi(invoke: Invoke, subscribe: Subscribe): CasefileApi {
  const request = async <T>(channel: Channel, ...args: unknown[]): Promise<T> => {
    try {
      return unwrapEnvelope((await invoke(channel, ...args)) as Envelope<T>)
    } catch (error) {
      throw toBridgeError(error)
    }
  }
  // The page may hand anything across the bridge: refuse a non-function now rather than
  // throw inside IPC dispatch on the next event. Disposing twice is harmless.
  const on = (event: HostEvent, listener: () => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('a listener must be a function')
    let unsubscribe: (() => void) | null = subscribe(event, () => listener())
    return () => {
      unsubscribe?.()
      unsubscribe = null
    }
  }
  const api = {
    listDocuments: () => request<DocumentSummary[]>(Channels.listDocuments),
    getDocument: (id: string) => request<DocumentModel>(Channels.getDocument, id),
    getAppInfo: () => request<AppInfo>(Channels.getAppInfo),
    saveExport: (exportRequest: SaveExportRequest) =>
      request<SaveExportResult>(Channels.saveExport, exportRequest),
    writeRollingBackup: (backup: RollingBackupWrite) =>
      request<RollingBackupWritten>(Channels.writeRollingBackup, backup),
    listRollingBackups: () => request<RollingBackup[]>(Channels.listRollingBackups),
    readRollingBackup: (fileName: string) => request<string>(Channels.readRollingBackup, fileName),
    pickImportFiles: (options?: PickImportOptions) =>
      request<PickedFile[]>(Channels.pickImportFiles, options),
    onImportRequested: (listener: () => void) => on(HostEvents.importRequested, listener),
  } satisfies CasefileApi
  return api
}
