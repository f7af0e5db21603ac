/**
 * Citations in the house style: "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability',
 * The Diplomatic Insight, c. Feb 2024, ¶3", or "…, p. 7" for a source with pages (see
 * passage-locator.ts). Precision and uncertainty of dates are kept.
 */
import type { DocumentMeta } from '../corpus/document-model'
import { formatPassageLocator, type PassageSpan } from '../corpus/passage-locator'
import { formatPartialDate } from '../dates/partial-date'

const HONORIFICS = /^(dr|prof|mr|mrs|ms|sir|gen|col|maj|capt)\.?$/i

/**
 * "Samiha Yousaf" → "Yousaf, S."; "F.M. Shakil" → "Shakil, F.M."; "Dr. Muhammad
 * Abdullah" → "Abdullah, M." (honorifics dropped). A single name stays as it is.
 */
export function citationName(name: string): string {
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((part) => part && !HONORIFICS.test(part))
  if (parts.length <= 1) return parts[0] ?? name.trim()
  const surname = parts[parts.length - 1]
  const initials = parts
    .slice(0, -1)
    .flatMap((given) => given.split('.').filter(Boolean))
    .map((given) => `${given[0]?.toLocaleUpperCase()}.`)
    .join('')
  return `${surname}, ${initials}`
}

/** "A, X." / "A, X. and B, Y." / "A, X. et al." for three or more; "" for none. */
export function citationAuthors(authors: readonly string[]): string {
  if (authors.length === 0) return ''
  if (authors.length >= 3) return `${citationName(authors[0] ?? '')} et al.`
  return authors.map(citationName).join(' and ')
}

/**
 * A full citation. Parts that are not known are left out rather than invented; a
 * missing date reads "n.d." because a citation without any date misleads.
 */
export function formatCitation(meta: DocumentMeta, span: PassageSpan | null): string {
  const parts = [
    citationAuthors(meta.authors),
    `'${meta.title}'`,
    meta.outlet ?? '',
    meta.published ? formatPartialDate(meta.published) : 'n.d.',
    formatPassageLocator(span),
  ]
  return parts.filter(Boolean).join(', ')
}

/** “quote” (citation): what "copy quote with citation" puts on the clipboard. */
export function quoteWithCitation(
  quote: string,
  meta: DocumentMeta,
  span: PassageSpan | null,
): string {
  return `“${quote}” (${formatCitation(meta, span)})`
}
