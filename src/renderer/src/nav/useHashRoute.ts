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

/**
 * Goes to `route` and puts the focus in its main region once it shows, as the skip link
 * would: the caller (the palette, the search dialog) may have been a control of the view
 * just left. A view that focuses something of its own (the reader at a passage) wins:
 * the main region is focused first, in the frame after the route changes.
 */
export function goTo(route: Route): void {
  const focusMain = () =>
    document.querySelector<HTMLElement>('main[tabindex]')?.focus({ preventScroll: true })
  if (window.location.hash === routeHash(route)) return focusMain()
  window.addEventListener('hashchange', () => requestAnimationFrame(focusMain), { once: true })
  navigate(route)
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
