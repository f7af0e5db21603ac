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

/**
 * The loaded documents among `ids`, keyed by id; documents that fail to load are left
 * out (callers show them as unavailable). Re-renders as each arrives.
 */
export function useDocumentModels(
  host: CasefileApi,
  ids: readonly string[],
): Map<string, DocumentModel> {
  const [loaded, setLoaded] = useState(() => new Map<string, DocumentModel>())
  const key = [...new Set(ids)].sort().join('\n')
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
        () => undefined,
      )
    }
    return () => {
      current = false
    }
  }, [host, key])
  return loaded
}
