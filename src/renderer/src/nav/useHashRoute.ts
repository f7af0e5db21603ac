/**
 * The current route from the URL hash, and navigation. A reload or restart of the window
 * returns to the same place.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseRoute, routeHash, type Route } from './routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** Navigates to a route (a new history entry, so Back returns). */
export function navigate(route: Route): void {
  const hash = routeHash(route)
  if (window.location.hash !== hash) window.location.hash = hash
}

/** The route in the URL hash (re-rendering when it changes), and opening a source. */
export function useHashRoute(): { route: Route; openDoc: (id: string) => void } {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const route = useMemo(() => parseRoute(hash), [hash])
  const openDoc = useCallback(
    (id: string) => navigate({ view: 'reader', docId: id, highlightId: null }),
    [],
  )
  return { route, openDoc }
}
