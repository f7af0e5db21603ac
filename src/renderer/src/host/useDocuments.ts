/**
 * The documents service for components: the list, one document, or a set of documents,
 * each from the session's cache, so every view sees the same documents without props.
 */
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useAsync, type AsyncState } from '../ui/useAsync'
import { documentsService, type DocumentsService } from './documents'
import { useHost } from './host-context'

/** The documents service of the app's host. */
export function useDocumentsService(): DocumentsService {
  return documentsService(useHost())
}

/** The list of documents with its loading or error state; asks for it on first use. */
export function useDocuments(): AsyncState<DocumentSummary[]> {
  const service = useDocumentsService()
  useEffect(() => service.loadList(), [service])
  return useSyncExternalStore(service.subscribe, service.listState)
}

/** The list as it stands, without asking for it (for hooks that only follow changes). */
function useListState(service: DocumentsService): AsyncState<DocumentSummary[]> {
  return useSyncExternalStore(service.subscribe, service.listState)
}

const NO_DOCUMENTS: readonly DocumentSummary[] = []

/**
 * The listed documents, or none while the list loads or when it failed (the library says
 * why); the same array until the list changes, so it can be a memo dependency.
 */
export function useDocumentSummaries(): readonly DocumentSummary[] {
  const list = useDocuments()
  return list.status === 'ready' ? list.value : NO_DOCUMENTS
}

/**
 * What changes when an imported document among `ids` is re-imported or edited (its rev
 * and details), so that views holding it load it again; empty for bundled documents.
 */
function importedVersions(list: AsyncState<DocumentSummary[]>, ids: readonly string[]): string {
  if (list.status !== 'ready') return ''
  const wanted = new Set(ids)
  return list.value
    .filter((doc) => doc.meta.imported && wanted.has(doc.meta.id))
    .map((doc) => `${doc.rev} ${JSON.stringify(doc.meta)}`)
    .join('\n')
}

/**
 * The document with this id as it loads; null when `id` is null (nothing to open). An
 * imported document is loaded again when its text or details change.
 */
export function useDocument(id: string | null): AsyncState<DocumentModel> | null {
  const service = useDocumentsService()
  const list = useListState(service)
  const version = id === null ? '' : importedVersions(list, [id])
  return useAsync(id === null ? null : `${id}\n${version}`, () => service.load(id ?? ''))
}

export interface DocumentLoads {
  /** The loaded documents among the ids asked for, keyed by id. */
  models: Map<string, DocumentModel>
  /** Every id asked for has loaded or failed to: no more documents will arrive. */
  settled: boolean
}

const NO_FAILURES: ReadonlySet<string> = new Set()

/**
 * The documents among `ids` as they load, and whether all of them have answered. A view
 * that would otherwise build twice (once without a source's ¶ numbers, again once it
 * arrives) waits for `settled`; a document that fails to load counts as answered, so one
 * broken source cannot hold a view back for ever.
 */
export function useDocumentLoads(ids: readonly string[]): DocumentLoads {
  const service = useDocumentsService()
  const [loaded, setLoaded] = useState(() => new Map<string, DocumentModel>())
  const key = [...new Set(ids)].sort().join('\n')
  const version = importedVersions(useListState(service), ids)
  // Failures are kept for the ids they were asked with: a new set of ids retries them.
  const [failed, setFailed] = useState<{ key: string; ids: ReadonlySet<string> }>({
    key: '',
    ids: NO_FAILURES,
  })
  useEffect(() => {
    let current = true
    for (const id of key ? key.split('\n') : []) {
      service.load(id).then(
        (doc) => {
          if (!current) return
          setLoaded((previous) =>
            previous.get(id) === doc ? previous : new Map(previous).set(id, doc),
          )
        },
        () => {
          if (!current) return
          setFailed((previous) => ({
            key,
            ids: new Set(previous.key === key ? previous.ids : []).add(id),
          }))
        },
      )
    }
    return () => {
      current = false
    }
    // `version` is not read inside: a change to it asks the service for the new models.
  }, [service, key, version])
  const failedNow = failed.key === key ? failed.ids : NO_FAILURES
  const settled = (key ? key.split('\n') : []).every((id) => loaded.has(id) || failedNow.has(id))
  return { models: loaded, settled }
}

/**
 * The loaded documents among `ids`, keyed by id; documents that fail to load are left
 * out (callers show them as unavailable). Re-renders as each arrives.
 */
export function useDocumentModels(ids: readonly string[]): Map<string, DocumentModel> {
  return useDocumentLoads(ids).models
}
