/**
 * What the search dialog asks of the index and what it gets back, and where a result
 * leads. The index itself runs in a worker (indexing/, served by host/search-service);
 * the dialog only sees these shapes.
 */
import type { SearchKind } from '@shared/search/search-index'
import type { Snippet } from '@shared/search/snippet'
import type { Route, TextSpan } from '../../nav/routes'

/** The kinds in the order the dialog groups them, with their group titles. */
export const KIND_ORDER: readonly SearchKind[] = ['passage', 'highlight', 'claim', 'event', 'brief']

export const KIND_TITLES: Record<SearchKind, string> = {
  passage: 'Passages',
  highlight: 'Highlights and notes',
  claim: 'Claims',
  event: 'Timeline events',
  brief: 'Briefs',
}

/** One search as the dialog asks it. */
export interface SearchRequest {
  text: string
  /** Only these kinds; every kind when empty. */
  kinds: readonly SearchKind[]
  /** Only records of these sources; any when empty. */
  docIds: readonly string[]
  /** Only records with one of these tags; any when empty. */
  tags: readonly string[]
  /** Dated at or after / at or before (epoch ms). */
  from?: number
  to?: number
  limit: number
  /** At most this many of each kind (results grouped by kind). */
  perKind?: number
}

/** One result, ready to show and open. */
export interface FoundItem {
  id: string
  kind: SearchKind
  docId?: string
  /** The source's title for passages and highlights; the claim, event or brief's own. */
  title: string
  snippet: Snippet
  /** Where in the source a passage's first hit is. */
  at?: TextSpan
  /** A passage's paragraph number, shown as "¶ 12". */
  paragraph?: number
  /** An event's timeline. */
  timelineId?: string
}

/** The answer to one request. */
export interface SearchAnswer {
  items: FoundItem[]
  /** How many records of each kind match (before the limit). */
  counts: Partial<Record<SearchKind, number>>
  /** Whether the counts stopped at a cap (then each is "at least"). */
  capped?: boolean
}

/** Where opening a result goes, or null when it cannot be opened (an event with no timeline). */
export function routeOfFound(item: FoundItem): Route | null {
  switch (item.kind) {
    case 'passage':
      if (!item.docId) return null
      return item.at
        ? { view: 'reader', docId: item.docId, highlightId: null, at: item.at }
        : { view: 'reader', docId: item.docId, highlightId: null }
    case 'highlight':
      return item.docId ? { view: 'reader', docId: item.docId, highlightId: item.id } : null
    case 'claim':
      return { view: 'claim', claimId: item.id }
    case 'event':
      return item.timelineId
        ? { view: 'timelines', timelineId: item.timelineId, eventId: item.id }
        : null
    case 'brief':
      return { view: 'briefs', briefId: item.id }
  }
}

/** The results grouped by kind, in {@link KIND_ORDER}, each keeping the index's order. */
export interface FoundGroup {
  kind: SearchKind
  items: FoundItem[]
  /** How many match in all (may exceed what is shown). */
  total: number
}

/**
 * Groups `answer` for the list: at most `perGroup` items a group when every kind is
 * shown (a "show all" per group narrows to it), all of them when one kind is chosen.
 */
export function groupFound(answer: SearchAnswer, perGroup: number): FoundGroup[] {
  const byKind = new Map<SearchKind, FoundItem[]>()
  for (const item of answer.items) {
    const list = byKind.get(item.kind)
    if (list) list.push(item)
    else byKind.set(item.kind, [item])
  }
  const groups: FoundGroup[] = []
  for (const kind of KIND_ORDER) {
    const items = byKind.get(kind)
    if (!items) continue
    groups.push({
      kind,
      items: items.slice(0, perGroup),
      total: Math.max(answer.counts[kind] ?? 0, items.length),
    })
  }
  return groups
}

/** A day typed in a date field ("2024-01-18") as the first or last instant of that day. */
export function dayBound(day: string, edge: 'start' | 'end'): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return undefined
  const start = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (Number.isNaN(start)) return undefined
  return edge === 'start' ? start : start + 86_399_999
}
