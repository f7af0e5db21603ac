/**
 * The documents service: every document the analyst can read, listed and loaded once per
 * session and shared by every view: the host's bundled corpus, then the documents the
 * analyst imported (the IndexedDB `documents` table), which join the list the moment
 * they are added, edited or deleted. No view knows which kind a document is, except by
 * `meta.imported` (the library's badge).
 */
import type { CasefileApi } from '@shared/api'
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { summarizeDocument } from '@shared/corpus/parse-document'
import { liveQuery } from 'dexie'
import { db } from '../db'
import type { CasefileDatabase } from '../db/database'
import { importedDocuments } from '../db/documents'
import type { AsyncState } from '../ui/useAsync'

/** The documents of one host for the session. */
export interface DocumentsService {
  /** The list as it stands: loading until {@link DocumentsService.loadList} is answered. */
  listState: () => AsyncState<DocumentSummary[]>
  /**
   * Asks for the list unless it has been asked for already. A failed bundled list stays
   * failed for the session, as the app has always shown it: the analyst reloads to retry.
   */
  loadList: () => void
  /** Calls `onChange` whenever {@link DocumentsService.listState} changes; returns the disposer. */
  subscribe: (onChange: () => void) => () => void
  /** The document with this id, loaded once; a failed load is forgotten so the next call retries. */
  load: (id: string) => Promise<DocumentModel>
}

/** Where imported documents come from: the database, or a stand-in in tests. */
export interface ImportedShelf {
  /** The imported document with this id, or undefined. */
  get: (id: string) => Promise<DocumentModel | undefined>
  /** Calls `onChange` with every imported document now and after each change. */
  watch: (
    onChange: (documents: DocumentModel[]) => void,
    onError: (error: unknown) => void,
  ) => () => void
}

/** The imported documents in `database`, watched live (another tab's imports too). */
export function databaseShelf(database: CasefileDatabase): ImportedShelf {
  return {
    get: async (id) => (await database.documents.get(id))?.document,
    watch: (onChange, onError) => {
      const subscription = liveQuery(() => importedDocuments(database)).subscribe({
        next: (records) => onChange(records.map((record) => record.document)),
        error: onError,
      })
      return () => subscription.unsubscribe()
    },
  }
}

const LOADING: AsyncState<DocumentSummary[]> = { status: 'loading' }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createDocumentsService(host: CasefileApi, shelf: ImportedShelf): DocumentsService {
  const models = new Map<string, Promise<DocumentModel>>()
  const listeners = new Set<() => void>()
  let list: AsyncState<DocumentSummary[]> = LOADING
  let bundled: AsyncState<DocumentSummary[]> = LOADING
  let imported: DocumentModel[] | null = null
  let asked = false

  const publish = () => {
    if (bundled.status !== 'ready') list = bundled
    else if (imported)
      list = { status: 'ready', value: [...bundled.value, ...imported.map(summarizeDocument)] }
    else return
    for (const listener of listeners) listener()
  }

  const receiveImported = (documents: DocumentModel[]) => {
    const gone = new Set(imported?.map((doc) => doc.meta.id))
    for (const doc of documents) {
      gone.delete(doc.meta.id)
      // The newest text and details replace what the session had loaded.
      models.set(doc.meta.id, Promise.resolve(doc))
    }
    for (const id of gone) models.delete(id)
    imported = documents
    publish()
  }

  return {
    listState: () => list,
    loadList: () => {
      if (asked) return
      asked = true
      host.listDocuments().then(
        (value) => {
          bundled = { status: 'ready', value }
          publish()
        },
        (error: unknown) => {
          bundled = { status: 'error', message: messageOf(error) }
          publish()
        },
      )
      // Storage that cannot be read is reported by the app's database status; the bundled
      // corpus stays readable meanwhile.
      shelf.watch(receiveImported, () => receiveImported([]))
    },
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    load: (id) => {
      let pending = models.get(id)
      if (!pending) {
        pending = shelf
          .get(id)
          // Storage that cannot be read must not keep the bundled corpus from opening.
          .catch(() => undefined)
          .then((doc) => doc ?? host.getDocument(id))
          .catch((error: unknown) => {
            models.delete(id)
            throw error
          })
        models.set(id, pending)
      }
      return pending
    },
  }
}

const services = new WeakMap<CasefileApi, DocumentsService>()

/** The documents service over `host`: one per host, so its caches last the session. */
export function documentsService(host: CasefileApi): DocumentsService {
  let service = services.get(host)
  if (!service) services.set(host, (service = createDocumentsService(host, databaseShelf(db))))
  return service
}

/** The document with this id, from the session's cache; for code outside React (exports). */
export function loadDocument(host: CasefileApi, id: string): Promise<DocumentModel> {
  return documentsService(host).load(id)
}
