/**
 * A brief's Sources list: each source in full (every author, how its date is known, its
 * genre), where a citation names it as briefly as it can.
 */
import type { DocumentMeta } from '../corpus/document-model'
import { formatPartialDate } from '../dates/partial-date'
import { citationAuthors, citationName } from './citation'

/** What a quote cites when its document is no longer in the library. */
export const UNKNOWN_SOURCE = 'Unknown source'

/** Every author: "Fakhar, S., Abdullah, M., Ahmad, H.M. and Jameel, R."; "" for none. */
export function bibliographyAuthors(authors: readonly string[]): string {
  const names = authors.map(citationName).filter(Boolean)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** "c. Feb 2024 (inferred)", "3 Feb 2024", "n.d." */
export function bibliographyDate(meta: DocumentMeta): string {
  if (!meta.published) return 'n.d.'
  const date = formatPartialDate(meta.published)
  return meta.published.basis === 'inferred' ? `${date} (inferred)` : date
}

/**
 * "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight,
 * c. Feb 2024 (inferred), analysis". Unknown parts are left out, not invented.
 */
export function bibliographyEntry(meta: DocumentMeta): string {
  return [
    bibliographyAuthors(meta.authors),
    `'${meta.title}'`,
    meta.outlet ?? '',
    bibliographyDate(meta),
    meta.genre,
  ]
    .filter(Boolean)
    .join(', ')
}

/** How a date-conflict line names a source: its authors as cited, else its title. */
export function sourceShortName(meta: DocumentMeta | undefined): string {
  if (!meta) return UNKNOWN_SOURCE
  return citationAuthors(meta.authors) || `'${meta.title}'`
}
