/**
 * The search dialog's requests in the search worker's terms, and its answers in the
 * dialog's: the only place that knows both shapes.
 */
import type {
  SearchResultHit,
  SearchResults,
  WorkerSearchOptions,
} from '../../indexing/search-protocol'
import type { FoundItem, SearchAnswer, SearchRequest } from './search-request'

export function workerOptions(request: SearchRequest): WorkerSearchOptions {
  const filters = {
    ...(request.docIds.length > 0 ? { docIds: request.docIds } : {}),
    ...(request.tags.length > 0 ? { tags: request.tags } : {}),
    ...(request.from !== undefined ? { from: request.from } : {}),
    ...(request.to !== undefined ? { to: request.to } : {}),
  }
  return {
    kinds: request.kinds,
    filters: Object.keys(filters).length > 0 ? filters : undefined,
    limit: request.limit,
    ...(request.perKind !== undefined ? { limitPerKind: request.perKind } : {}),
  }
}

export function foundOf(hit: SearchResultHit): FoundItem {
  const base = {
    id: hit.id,
    kind: hit.kind,
    docId: hit.docId,
    title: hit.title,
    snippet: hit.snippet,
  }
  const target = hit.target
  switch (target.kind) {
    case 'passage':
      return {
        ...base,
        docId: target.docId,
        at: { start: target.start, end: target.end },
        ...(target.para !== null ? { paragraph: target.para } : {}),
      }
    case 'highlight':
      return { ...base, id: target.highlightId, docId: target.docId }
    case 'event':
      return { ...base, id: target.id, timelineId: target.timelineId }
    case 'claim':
    case 'brief':
      return { ...base, id: target.id }
  }
}

export function answerOf(results: SearchResults): SearchAnswer {
  return { items: results.hits.map(foundOf), counts: results.counts, capped: results.capped }
}
