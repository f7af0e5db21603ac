/**
 * Human wording for document metadata that is honest about what is unknown: an analyst
 * must never mistake an inferred or missing fact for a stated one.
 */
import { formatPartialDate } from '../dates/partial-date'
import type { DocumentMeta, PublishedDate } from './document-model'

/** "outlet not stated" when the source does not name one. */
export function describeOutlet(outlet: string | null): string {
  return outlet ?? 'outlet not stated'
}

/**
 * The publication date at its precision, saying when it is inferred:
 * "3 Feb 2024", "c. Feb 2024 (inferred from the text)", "date not stated".
 */
export function describePublished(published: PublishedDate | null): string {
  if (!published) return 'date not stated'
  const date = formatPartialDate(published)
  return published.basis === 'inferred' ? `${date} (inferred from the text)` : date
}

/**
 * Authors for a compact line: "A", "A and B", "A, B and C", or "A et al." beyond
 * `max` names; "author not stated" for none.
 */
export function describeAuthors(authors: readonly string[], max = 3): string {
  if (authors.length === 0) return 'author not stated'
  if (authors.length > max) return `${authors[0]} et al.`
  if (authors.length === 1) return authors[0] ?? ''
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`
}

/** Everything searchable about a document's metadata, lower-cased, for text filters. */
export function metaSearchText(meta: DocumentMeta): string {
  return [
    meta.title,
    ...meta.authors,
    describeOutlet(meta.outlet),
    meta.genre,
    describePublished(meta.published),
  ]
    .join(' \u0000 ')
    .toLocaleLowerCase()
}
