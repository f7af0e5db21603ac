/**
 * The documents service: every document the analyst can read, listed and loaded once per
 * session and shared by every view: the host's bundled corpus, then the documents the
 * analyst imported (the IndexedDB `documents` table), which join the list the moment
 * they are added, edited or deleted. No view knows which kind a document is, except by
 * `meta.imported` (the library's badge).
 */
import type { CasefileApi } from '@shared/api'
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { Dexie, type ObservabilitySet } from 'dexie'
import { db } from '../db'
import { changedIds } from '../db/changed-ids'
import type { CasefileDatabase } from '../db/database'
import { StoredDocumentError, summaryOfRow, type DocumentRow } from '../db/document-rows'
import { importedDocuments, isDocumentRow, readImportedDocument } from '../db/documents'
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
  /**
   * The list once it is ready (asking for it if need be); rejects when it cannot be read.
   * For work that must see the whole library, not the empty list of a page still loading.
   */
  listed: () => Promise<DocumentSummary[]>
  /** Calls `onChange` whenever {@link DocumentsService.listState} changes; returns the disposer. */
  subscribe: (onChange: () => void) => () => void
  /** The document with this id, loaded once; a failed load is forgotten so the next call retries. */
  load: (id: string) => Promise<DocumentModel>
  /**
   * The document with this id, as {@link load} has it, else read without keeping it: a
   * pass over the whole library (finding names in 10,000 documents) must not hold every
   * text for the session.
   */
  read: (id: string) => Promise<DocumentModel>
}

/** Where imported documents come from: the database, or a stand-in in tests. */
export interface ImportedShelf {
  /** The imported document with this id, or undefined. */
  get: (id: string) => Promise<DocumentModel | undefined>
  /**
   * Calls `onChange` with every imported document's row (details, rev, sizes) now and
   * after each change; an unchanged row is the same object as before.
   */
  watch: (onChange: (rows: DocumentRow[]) => void, onError: (error: unknown) => void) => () => void
}

function byAddedAt(a: DocumentRow, b: DocumentRow): number {
  return a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The imported documents in `database`, watched live (another tab's imports too). Their
 * rows (no text) are read once; after that, Dexie's `storagemutated` event (this tab's
 * commits, and other tabs' through Dexie's broadcast) says which rows a write changed, and
 * only those are read again, so unchanged documents keep their objects. Reads run one
 * after another, so a later change is never overtaken by an earlier read.
 */
export function databaseShelf(database: CasefileDatabase): ImportedShelf {
  return {
    get: (id) => readImportedDocument(database, id),
    watch: (onChange, onError) => {
      const part = `idb://${database.name}/documents/`
      let rows = new Map<string, DocumentRow>()
      /** Rows to read: every one, or those ids. */
      let stale: Set<string> | 'all' = 'all'
      let reading = false
      let stopped = false

      const read = async () => {
        if (reading || stopped) return
        reading = true
        try {
          while (!stopped && (stale === 'all' || stale.size > 0)) {
            if (stale === 'all') {
              stale = new Set()
              const all = await importedDocuments(database)
              rows = new Map(all.map((row) => [row.id, row]))
              continue
            }
            const ids = [...stale]
            stale.clear()
            const next = new Map(rows)
            const read = await database.documents.bulkGet(ids)
            ids.forEach((id, i) => {
              const row = read[i]
              if (row && isDocumentRow(row)) next.set(id, row)
              else next.delete(id)
            })
            rows = next
          }
          if (!stopped) onChange([...rows.values()].sort(byAddedAt))
        } catch (error) {
          // What was to be read is not known to be read: the next change reads all.
          stale = 'all'
          if (!stopped) onError(error)
        } finally {
          reading = false
        }
      }

      const mutated = (parts: ObservabilitySet) => {
        const tree = parts[part]
        if (!tree || stopped) return
        const ids = stale === 'all' ? [] : changedIds(tree)
        if (ids === null) stale = 'all'
        else if (stale !== 'all') for (const id of ids) stale.add(id)
        void read()
      }

      Dexie.on('storagemutated', mutated)
      void read()
      return () => {
        stopped = true
        Dexie.on('storagemutated').unsubscribe(mutated)
      }
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
  let imported: DocumentRow[] | null = null
  let asked = false
  // The shelf hands unchanged rows back as the same objects, and so do their summaries.
  const summaries = new WeakMap<DocumentRow, DocumentSummary>()
  const summaryOf = (row: DocumentRow) => {
    let summary = summaries.get(row)
    if (!summary) summaries.set(row, (summary = summaryOfRow(row)))
    return summary
  }

  const publish = () => {
    if (bundled.status !== 'ready') list = bundled
    else if (imported)
      list = { status: 'ready', value: [...bundled.value, ...imported.map(summaryOf)] }
    else return
    for (const listener of listeners) listener()
  }

  /** The document from the database if imported there, else from the host. */
  const fetch = (id: string): Promise<DocumentModel> =>
    shelf
      .get(id)
      .catch((error: unknown) => {
        // A text that does not match its details is said as such, never replaced by a
        // "not found"; storage that cannot be read must not keep the bundled corpus from
        // opening.
        if (error instanceof StoredDocumentError) throw error
        return undefined
      })
      .then((doc) => doc ?? host.getDocument(id))

  const receiveImported = (rows: DocumentRow[]) => {
    const before = new Map(imported?.map((row) => [row.id, row]))
    for (const row of rows) {
      const old = before.get(row.id)
      before.delete(row.id)
      if (old === row) continue
      const loaded = models.get(row.id)
      // New details on the text the session has: the text is kept. New text: read again.
      // The loaded text's own rev decides (the list's may have gone and come back between
      // two reads of the shelf: a re-import and its undo).
      if (loaded && old?.rev === row.rev) {
        const next = loaded
          .then((doc) => (doc.rev === row.rev ? { ...doc, meta: row.meta } : fetch(row.id)))
          .catch((error: unknown) => {
            if (models.get(row.id) === next) models.delete(row.id)
            throw error
          })
        models.set(row.id, next)
      } else models.delete(row.id)
    }
    for (const id of before.keys()) models.delete(id)
    imported = rows
    publish()
  }

  const loadList = () => {
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
  }

  return {
    listState: () => list,
    loadList,
    listed: () => {
      loadList()
      return new Promise((resolve, reject) => {
        const settle = () => {
          if (list.status === 'loading') return false
          if (list.status === 'ready') resolve(list.value)
          else reject(new Error(list.message))
          return true
        }
        if (settle()) return
        listeners.add(function once() {
          if (settle()) listeners.delete(once)
        })
      })
    },
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    read: (id) => models.get(id) ?? fetch(id),
    load: (id) => {
      let pending = models.get(id)
      if (!pending) {
        pending = fetch(id).catch((error: unknown) => {
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
