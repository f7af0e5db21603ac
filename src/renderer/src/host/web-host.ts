/**
 * CasefileApi for the web host: the corpus as static JSON beside index.html (emitted at
 * build time by scripts/vite-plugin-corpus.ts), fetched with relative URLs so the site
 * works from any folder a server puts it in. Exports are browser downloads; automatic
 * backups live in a second IndexedDB database (web-backups.ts); files to import come from
 * the browser's file chooser (web-file-picker.ts).
 */
import type { AppInfo, CasefileApi, SaveExportResult } from '@shared/api'
import { HostError } from '@shared/api'
import { documentIdSchema, saveExportRequestSchema } from '@shared/api-schemas'
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { APP_IDENTITY } from './app-identity'
import { createWebBackupStore, type WebBackupStore } from './web-backups'
import { createWebFilePicker, type PickFiles } from './web-file-picker'
import { downloadBlob, exportBlob } from './web-download'

async function fetchJson<T>(path: string, what: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(new URL(path, document.baseURI))
  } catch {
    throw new HostError('internal', `Could not load ${what}: the web host did not answer.`)
  }
  if (response.status === 404) throw new HostError('not-found', `There is no ${what}.`)
  if (!response.ok) {
    throw new HostError('internal', `Could not load ${what} (HTTP ${response.status}).`)
  }
  return (await response.json()) as T
}

/**
 * Builds the web host's API. `backups` keeps the automatic backups (a second IndexedDB
 * database by default); `pickFiles` asks for files to import (the browser's chooser).
 */
export function createWebHost(
  backups: WebBackupStore = createWebBackupStore(),
  pickFiles: PickFiles = createWebFilePicker(),
): CasefileApi {
  let index: Promise<DocumentSummary[]> | null = null
  const listDocuments = () => {
    // A failed load is not cached, so the next call tries again.
    index ??= fetchJson<DocumentSummary[]>('corpus/index.json', 'list of sources').catch(
      (error) => {
        index = null
        throw error
      },
    )
    return index
  }
  return {
    listDocuments,
    async getDocument(id) {
      if (!documentIdSchema.safeParse(id).success) {
        throw new HostError('invalid-input', `“${id}” is not a source id.`)
      }
      // Ask the index first: an unknown id is answered without a request that would 404.
      if (!(await listDocuments()).some((doc) => doc.meta.id === id)) {
        throw new HostError('not-found', `There is no source “${id}”.`)
      }
      return fetchJson<DocumentModel>(`corpus/${id}.json`, `source “${id}”`)
    },
    async getAppInfo(): Promise<AppInfo> {
      const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1]
      return {
        ...APP_IDENTITY,
        host: 'web',
        runtime: chrome ? { chromium: chrome } : { browser: navigator.userAgent },
      }
    },
    async saveExport(request): Promise<SaveExportResult> {
      // The same checks as the desktop app, so an export that works here works there.
      const parsed = saveExportRequestSchema.safeParse(request)
      if (!parsed.success) {
        const problem = parsed.error.issues[0]?.message ?? 'the request was not valid'
        throw new HostError('invalid-input', `The export could not be saved: ${problem}.`)
      }
      const { fileName, content, format } = parsed.data
      downloadBlob(exportBlob(content, format), fileName)
      return { saved: true, fileName }
    },
    writeRollingBackup: (request) => backups.write(request),
    listRollingBackups: () => backups.list(),
    readRollingBackup: (fileName) => backups.read(fileName),
    pickImportFiles: (options) => pickFiles(options),
    // A page has no menu bar of its own to ask from: the page's Import button starts it.
    onImportRequested: () => () => {},
  }
}
