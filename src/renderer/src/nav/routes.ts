/**
 * The app's places, kept in the URL hash so reloads and restarts return to them and
 * links (from the notebook, claims and briefs) can point at a passage or a claim.
 */

/** A span of a document's canonical text, [start, end) in UTF-16 code units. */
export interface TextSpan {
  start: number
  end: number
}

export type Route =
  | {
      view: 'reader'
      docId: string | null
      highlightId: string | null
      /** A passage to scroll to and flash (a search hit, an entity's mention). */
      at?: TextSpan
    }
  | { view: 'notebook' }
  | { view: 'claims' }
  | { view: 'claim'; claimId: string }
  | { view: 'matrix'; claimIds: string[] }
  | { view: 'timelines'; timelineId: string | null; eventId: string | null }
  | { view: 'briefs'; briefId: string | null }
  | { view: 'entities'; entityId: string | null }
  | { view: 'sources' }
  /** Two passages side by side (a shared passage, a quote and its other wording). */
  | { view: 'compare'; a: DocSpan; b: DocSpan }

/** A span of one document's canonical text. */
export interface DocSpan extends TextSpan {
  docId: string
}

/** The top bar's sections; a claim's page belongs to Claims, a comparison to Sources. */
export type Section =
  'reader' | 'notebook' | 'claims' | 'matrix' | 'timelines' | 'briefs' | 'entities' | 'sources'

/** The top-bar section a route belongs to. */
export function sectionOf(route: Route): Section {
  if (route.view === 'claim') return 'claims'
  if (route.view === 'compare') return 'sources'
  return route.view
}

/**
 * Parses `#/doc/<id>`, `#/doc/<id>/h/<highlightId>`, `#/doc/<id>/at/<start>-<end>`,
 * `#/notebook`, `#/claims`,
 * `#/claims/<id>`, `#/matrix/<id>,<id>`, `#/timelines`, `#/timelines/<id>` and
 * `#/timelines/<id>/e/<eventId>`, `#/briefs`, `#/briefs/<id>`, `#/entities` and
 * `#/entities/<id>`, `#/sources` and `#/compare/<id>/<start>-<end>/<id>/<start>-<end>`
 * (a comparison missing a side is the sources overview); anything else is the reader.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(safeDecode)
  if (parts[0] === 'notebook') return { view: 'notebook' }
  if (parts[0] === 'claims')
    return parts[1] ? { view: 'claim', claimId: parts[1] } : { view: 'claims' }
  if (parts[0] === 'matrix') {
    return { view: 'matrix', claimIds: (parts[1] ?? '').split(',').filter(Boolean) }
  }
  if (parts[0] === 'timelines') {
    return {
      view: 'timelines',
      timelineId: parts[1] || null,
      eventId: parts[1] && parts[2] === 'e' && parts[3] ? parts[3] : null,
    }
  }
  if (parts[0] === 'briefs') return { view: 'briefs', briefId: parts[1] || null }
  if (parts[0] === 'entities') return { view: 'entities', entityId: parts[1] || null }
  if (parts[0] === 'sources') return { view: 'sources' }
  if (parts[0] === 'compare') {
    const a = parseSpan(parts[2] ?? '')
    const b = parseSpan(parts[4] ?? '')
    if (!parts[1] || !parts[3] || !a || !b) return { view: 'sources' }
    return { view: 'compare', a: { docId: parts[1], ...a }, b: { docId: parts[3], ...b } }
  }
  if (parts[0] === 'doc' && parts[1]) {
    const route: Route = {
      view: 'reader',
      docId: parts[1],
      highlightId: parts[2] === 'h' && parts[3] ? parts[3] : null,
    }
    const at = parts[2] === 'at' ? parseSpan(parts[3] ?? '') : null
    return at ? { ...route, at } : route
  }
  return { view: 'reader', docId: null, highlightId: null }
}

/** The hash for a route; the inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'notebook':
      return '#/notebook'
    case 'claims':
      return '#/claims'
    case 'claim':
      return `#/claims/${encodeURIComponent(route.claimId)}`
    case 'matrix':
      return route.claimIds.length
        ? `#/matrix/${route.claimIds.map(encodeURIComponent).join(',')}`
        : '#/matrix'
    case 'timelines': {
      if (!route.timelineId) return '#/timelines'
      const timeline = `#/timelines/${encodeURIComponent(route.timelineId)}`
      return route.eventId ? `${timeline}/e/${encodeURIComponent(route.eventId)}` : timeline
    }
    case 'briefs':
      return route.briefId ? `#/briefs/${encodeURIComponent(route.briefId)}` : '#/briefs'
    case 'entities':
      return route.entityId ? `#/entities/${encodeURIComponent(route.entityId)}` : '#/entities'
    case 'sources':
      return '#/sources'
    case 'compare': {
      const side = (s: DocSpan) => `${encodeURIComponent(s.docId)}/${s.start}-${s.end}`
      return `#/compare/${side(route.a)}/${side(route.b)}`
    }
    case 'reader': {
      if (!route.docId) return '#/'
      const doc = `#/doc/${encodeURIComponent(route.docId)}`
      if (route.highlightId) return `${doc}/h/${encodeURIComponent(route.highlightId)}`
      return route.at ? `${doc}/at/${route.at.start}-${route.at.end}` : doc
    }
  }
}

/** "120-134" as a span; anything else (reversed, negative, not numbers) is none. */
function parseSpan(text: string): TextSpan | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(text)
  if (!match) return null
  const start = Number(match[1])
  const end = Number(match[2])
  return end > start ? { start, end } : null
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
