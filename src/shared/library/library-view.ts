/** Sorting and filtering the library of sources, independent of how it is shown. */
import { describeAuthors, metaSearchText } from '../corpus/describe-meta'
import type { DocumentSummary } from '../corpus/document-model'
import { partialDateSortKey } from '../dates/partial-date'
import { compareText } from '../sorting/text-order'

export type LibrarySort = 'date-desc' | 'date-asc' | 'title-asc'

export const LIBRARY_SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'title-asc', label: 'Title A–Z' },
]

/**
 * Documents whose metadata contains every whitespace-separated term of `query`
 * (case-insensitive, any order), sorted. Undated documents sort last either way; ties
 * break on title so the order is stable.
 */
export function libraryView(
  docs: readonly DocumentSummary[],
  query: string,
  sort: LibrarySort,
): DocumentSummary[] {
  const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const matching = docs.filter((doc) => {
    const haystack = metaSearchText(doc.meta)
    return terms.every((term) => haystack.includes(term))
  })
  return matching.sort((a, b) => compareDocs(a, b, sort))
}

function compareDocs(a: DocumentSummary, b: DocumentSummary, sort: LibrarySort): number {
  const byTitle = compareText(a.meta.title, b.meta.title)
  if (sort === 'title-asc') return byTitle || compareText(authors(a), authors(b))
  const aKey = a.meta.published ? partialDateSortKey(a.meta.published) : null
  const bKey = b.meta.published ? partialDateSortKey(b.meta.published) : null
  if (aKey === null || bKey === null) {
    if (aKey === bKey) return byTitle
    return aKey === null ? 1 : -1
  }
  const byDate = sort === 'date-asc' ? aKey - bKey : bKey - aKey
  return byDate || byTitle
}

function authors(doc: DocumentSummary): string {
  return describeAuthors(doc.meta.authors)
}
