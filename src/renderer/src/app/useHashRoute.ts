/**
 * The open source lives in the URL hash (`#/doc/<id>`), so a reload or a restart of the
 * window reopens the same place, and later a citation can link straight to it.
 */
import { useCallback, useSyncExternalStore } from 'react'

const PREFIX = '#/doc/'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function readDocId(): string | null {
  const hash = window.location.hash
  if (!hash.startsWith(PREFIX)) return null
  const id = decodeURIComponent(hash.slice(PREFIX.length))
  return id.length > 0 ? id : null
}

/** The id of the source named in the URL, and a function that opens another. */
export function useHashRoute(): { docId: string | null; openDoc: (id: string) => void } {
  const docId = useSyncExternalStore(subscribe, readDocId)
  const openDoc = useCallback((id: string) => {
    const hash = PREFIX + encodeURIComponent(id)
    if (window.location.hash !== hash) window.location.hash = hash
  }, [])
  return { docId, openDoc }
}
