/**
 * The documents service: every document the analyst can read, listed and loaded once per
 * session and shared by every view. Today these are the host's bundled corpus; imported
 * documents (the IndexedDB `documents` table, issue 13) join them in `fetchList` and
 * `fetchDocument` below and nowhere else, so no view changes when they arrive.
 */
import type { CasefileApi } from '@shared/api'
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import type { AsyncState } from '../ui/useAsync'

/** The documents of one host for the session. */
export interface DocumentsService {
  /** The list as it stands: loading until {@link DocumentsService.loadList} is answered. */
  listState: () => AsyncState<DocumentSummary[]>
  /**
   * Asks for the list unless it has been asked for already. A failed list stays failed for
   * the session, as the app has always shown it: the analyst reloads to try again.
   */
  loadList: () => void
  /** Calls `onChange` whenever {@link DocumentsService.listState} changes; returns the disposer. */
  subscribe: (onChange: () => void) => () => void
  /** The document with this id, loaded once; a failed load is forgotten so the next call retries. */
  load: (id: string) => Promise<DocumentModel>
}

// The one place that says which documents exist: merge imported ones here (issue 13).
function fetchList(host: CasefileApi): Promise<DocumentSummary[]> {
  return host.listDocuments()
}

// The one place that loads a document: look imported ones up here (issue 13).
function fetchDocument(host: CasefileApi, id: string): Promise<DocumentModel> {
  return host.getDocument(id)
}

const LOADING: AsyncState<DocumentSummary[]> = { status: 'loading' }

function createDocumentsService(host: CasefileApi): DocumentsService {
  const models = new Map<string, Promise<DocumentModel>>()
  const listeners = new Set<() => void>()
  let list: AsyncState<DocumentSummary[]> = LOADING
  let asked = false
  const settle = (next: AsyncState<DocumentSummary[]>) => {
    list = next
    for (const listener of listeners) listener()
  }
  return {
    listState: () => list,
    loadList: () => {
      if (asked) return
      asked = true
      fetchList(host).then(
        (value) => settle({ status: 'ready', value }),
        (error: unknown) =>
          settle({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
    },
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    load: (id) => {
      let pending = models.get(id)
      if (!pending) {
        pending = fetchDocument(host, id).catch((error: unknown) => {
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
  if (!service) services.set(host, (service = createDocumentsService(host)))
  return service
}

/** The document with this id, from the session's cache; for code outside React (exports). */
export function loadDocument(host: CasefileApi, id: string): Promise<DocumentModel> {
  return documentsService(host).load(id)
}
