/**
 * One search as the worker answers it: exact and prefix matches first, then (for words of
 * five letters or more, when the exact matches do not fill the results shown) matches an
 * edit or two away that were not found exactly, so a typo never outranks the real
 * spelling; counts per kind; and for each hit shown, its title, a snippet with the hits
 * marked and where it opens, from the stored record.
 */
import type { IndexedRecord } from '@shared/search/records-of'
import { allowedEdits } from '@shared/search/search-engine'
import type { SearchFilters, SearchHit, SearchIndex, SearchKind } from '@shared/search/search-index'
import { findHits, makeSnippet, termMatcher } from '@shared/search/snippet'
import { queryWords } from '@shared/search/tokenise'
import {
  COUNT_CAP,
  type ResultTarget,
  type SearchResultHit,
  type SearchResults,
  type WorkerSearchOptions,
} from './search-protocol'

/** Hits shown when the caller does not say. */
const DEFAULT_LIMIT = 50

/** A search whose hits are chosen; their records are read next. */
export interface ChosenHits {
  query: string
  hits: (SearchHit & { fuzzy: boolean })[]
  counts: Record<SearchKind, number>
  capped: boolean
  /** The typo pass is wanted and was not run (see {@link chooseHits}' `typos`). */
  wantsTypos: boolean
}

function noCounts(): Record<SearchKind, number> {
  return { passage: 0, highlight: 0, claim: 0, event: 0, brief: 0 }
}

/** Filters with an empty list of sources or tags meaning any (as "no filter", not "none"). */
function withoutEmptyLists(filters: SearchFilters): SearchFilters {
  const { docIds, tags, ...rest } = filters
  return {
    ...rest,
    ...(docIds && docIds.length > 0 ? { docIds } : {}),
    ...(tags && tags.length > 0 ? { tags } : {}),
  }
}

/** Whether any word of the query may be matched an edit or two away. */
function wantsFuzzy(query: string): boolean {
  return queryWords(query).some(
    (word) => allowedEdits(word.term) > 0 || word.parts.some((part) => allowedEdits(part) > 0),
  )
}

/**
 * The hits to show for `query`, best first: every exact (or prefix) match before any
 * fuzzy one, at most `limit` in all and `limitPerKind` of a kind, with the number of
 * matches of each kind among the first {@link COUNT_CAP}. Matches an edit or two away are
 * looked for only when the exact ones do not fill `limit`: they would not be shown, and
 * their candidates' postings are what a restored index must read first. With `typos`
 * false that pass is not run, and `wantsTypos` says whether it would have been (the
 * caller reads what it needs, then asks again). Synchronous: it only reads the index.
 */
export function chooseHits(
  index: SearchIndex,
  query: string,
  options: WorkerSearchOptions,
  typos = true,
): ChosenHits {
  const base = {
    prefix: true,
    kinds: options.kinds,
    filters: options.filters && withoutEmptyLists(options.filters),
    limit: COUNT_CAP,
  }
  const limit = options.limit ?? DEFAULT_LIMIT
  const exact = index.search(query, { ...base, fuzzy: false })
  let all: (SearchHit & { fuzzy: boolean })[] = exact.map((hit) => ({ ...hit, fuzzy: false }))
  let capped = exact.length >= COUNT_CAP
  const wantsTypos = exact.length < limit && wantsFuzzy(query)
  if (wantsTypos && typos) {
    const found = new Set(exact.map((hit) => hit.id))
    const fuzzy = index.search(query, { ...base, fuzzy: true })
    capped = fuzzy.length >= COUNT_CAP
    for (const hit of fuzzy) {
      if (!found.has(hit.id)) all.push({ ...hit, fuzzy: true })
    }
    all = all.slice(0, COUNT_CAP)
  }
  const counts = noCounts()
  for (const hit of all) counts[hit.kind]++
  const perKind = options.limitPerKind ?? Infinity
  const shown = noCounts()
  const hits: ChosenHits['hits'] = []
  for (const hit of all) {
    if (hits.length >= limit) break
    if (shown[hit.kind] >= perKind) continue
    shown[hit.kind]++
    hits.push(hit)
  }
  return { query, hits, counts, capped, wantsTypos: wantsTypos && !typos }
}

/** Where a hit opens: a passage at its first marked word in the document's text. */
function targetOf(
  record: IndexedRecord,
  firstHit: { start: number; end: number } | undefined,
): ResultTarget {
  const docId = record.docId ?? ''
  switch (record.kind) {
    case 'passage': {
      const blockStart = record.blockStart ?? 0
      const start = blockStart + (firstHit?.start ?? 0)
      const end = firstHit ? blockStart + firstHit.end : start
      return { kind: 'passage', docId, start, end, para: record.para ?? null }
    }
    case 'highlight':
      return { kind: 'highlight', docId, highlightId: record.id }
    case 'event':
      return { kind: 'event', id: record.id, timelineId: record.timelineId ?? '' }
    case 'claim':
    case 'brief':
      return { kind: record.kind, id: record.id }
  }
}

/**
 * The results for the chosen hits, given their stored records (in the same order; a
 * record that could not be read is left out).
 */
export function describeHits(
  chosen: ChosenHits,
  records: readonly (IndexedRecord | undefined)[],
): SearchResults {
  const exactly = termMatcher(chosen.query, { prefix: true })
  const loosely = termMatcher(chosen.query, { prefix: true, fuzzy: true })
  const hits: SearchResultHit[] = []
  chosen.hits.forEach((hit, i) => {
    const record = records[i]
    if (!record) return
    const matcher = hit.fuzzy ? loosely : exactly
    const first = record.kind === 'passage' ? findHits(record.text, matcher)[0] : undefined
    hits.push({
      kind: hit.kind,
      id: hit.id,
      docId: hit.docId,
      title: record.label,
      snippet: makeSnippet(record.text, matcher),
      target: targetOf(record, first),
      fuzzy: hit.fuzzy,
    })
  })
  return { query: chosen.query, hits, counts: chosen.counts, capped: chosen.capped }
}

/** No results: for a query with no words. */
export function noResults(query: string): SearchResults {
  return { query, hits: [], counts: noCounts(), capped: false }
}
