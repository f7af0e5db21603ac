/**
 * The CasefileApi as the preload exposes it, built over an `invoke` function so it can
 * be exercised without Electron. src/preload/index.ts passes `ipcRenderer.invoke`.
 */
import {
  Channels,
  unwrapEnvelope,
  type AppInfo,
  type CasefileApi,
  type Channel,
  type Envelope,
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
 * The api object: every method resolves with the envelope's value or rejects with an
 * Error tagged `[casefile:<code>]` (see shared/host-error-bridge.ts), including when IPC itself
 * fails. Channels without input send no argument. It holds only functions, so nothing
 * of Electron (no ipcRenderer, no event) can reach the page through it.
 */
export function createCasefileApi(invoke: Invoke): CasefileApi {
  const request = async <T>(channel: Channel, ...args: unknown[]): Promise<T> => {
    try {
      return unwrapEnvelope((await invoke(channel, ...args)) as Envelope<T>)
    } catch (error) {
      throw toBridgeError(error)
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
  } satisfies CasefileApi
  return api
}
