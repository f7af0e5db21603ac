/**
 * The app's places, kept in the URL hash so reloads and restarts return to them and
 * links (from the notebook, later from claims and briefs) can point at a passage.
 */

export type Route =
  { view: 'reader'; docId: string | null; highlightId: string | null } | { view: 'notebook' }

/** Parses `#/doc/<id>`, `#/doc/<id>/h/<highlightId>` and `#/notebook`; anything else is the reader. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(safeDecode)
  if (parts[0] === 'notebook') return { view: 'notebook' }
  if (parts[0] === 'doc' && parts[1]) {
    return {
      view: 'reader',
      docId: parts[1],
      highlightId: parts[2] === 'h' && parts[3] ? parts[3] : null,
    }
  }
  return { view: 'reader', docId: null, highlightId: null }
}

/** The hash for a route; the inverse of parseRoute. */
export function routeHash(route: Route): string {
  if (route.view === 'notebook') return '#/notebook'
  if (!route.docId) return '#/'
  const doc = `#/doc/${encodeURIComponent(route.docId)}`
  return route.highlightId ? `${doc}/h/${encodeURIComponent(route.highlightId)}` : doc
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
