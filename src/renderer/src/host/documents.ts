/**
 * Documents from the host, fetched once per session and shared by every view (reader,
 * notebook, later claims and briefs). Bundled documents do not change while the app runs.
 */
import type { CasefileApi } from '@shared/api'
import type { DocumentModel } from '@shared/corpus/document-model'
import { useEffect, useState } from 'react'

const cache = new Map<string, Promise<DocumentModel>>()

/** The document with this id; a failed load is forgotten so the next call retries. */
export function loadDocument(host: CasefileApi, id: string): Promise<DocumentModel> {
  let pending = cache.get(id)
  if (!pending) {
    pending = host.getDocument(id).catch((error: unknown) => {
      cache.delete(id)
      throw error
    })
    cache.set(id, pending)
  }
  return pending
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
export function useDocumentLoads(host: CasefileApi, ids: readonly string[]): DocumentLoads {
  const [loaded, setLoaded] = useState(() => new Map<string, DocumentModel>())
  const key = [...new Set(ids)].sort().join('\n')
  // Failures are kept for the ids they were asked with: a new set of ids retries them.
  const [failed, setFailed] = useState<{ key: string; ids: ReadonlySet<string> }>({
    key: '',
    ids: NO_FAILURES,
  })
  useEffect(() => {
    let current = true
    for (const id of key ? key.split('\n') : []) {
      loadDocument(host, id).then(
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
  }, [host, key])
  const failedNow = failed.key === key ? failed.ids : NO_FAILURES
  const settled = (key ? key.split('\n') : []).every((id) => loaded.has(id) || failedNow.has(id))
  return { models: loaded, settled }
}

/**
 * The loaded documents among `ids`, keyed by id; documents that fail to load are left
 * out (callers show them as unavailable). Re-renders as each arrives.
 */
export function useDocumentModels(
  host: CasefileApi,
  ids: readonly string[],
): Map<string, DocumentModel> {
  return useDocumentLoads(host, ids).models
}
