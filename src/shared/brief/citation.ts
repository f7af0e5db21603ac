/**
 * Citations in the house style: "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability',
 * The Diplomatic Insight, c. Feb 2024, ¶3". Precision and uncertainty of dates are kept.
 */
import type { Block, DocumentMeta } from '../corpus/document-model'
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

/** The paragraphs a passage covers, as ¶ numbers; null when it touches only headings. */
export interface ParagraphSpan {
  first: number
  last: number
}

/**
 * The ¶ numbers of the blocks that [start, end) touches, ignoring headings and the
 * separators between blocks. Blocks are in text order, so the first one is found by
 * binary search: a side list labels thousands of highlights.
 */
export function paragraphSpan(
  blocks: readonly Block[],
  start: number,
  end: number,
): ParagraphSpan | null {
  const stop = Math.max(end, start + 1)
  let low = 0
  let high = blocks.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (blocks[mid]!.end <= start) low = mid + 1
    else high = mid
  }
  let first: number | null = null
  let last: number | null = null
  for (let i = low; i < blocks.length && blocks[i]!.start < stop; i++) {
    const para = blocks[i]!.para
    if (para === null) continue
    first ??= para
    last = para
  }
  return first === null || last === null ? null : { first, last }
}

/** "¶3" or "¶3–4"; "" without a span. */
export function formatParagraphSpan(span: ParagraphSpan | null): string {
  if (!span) return ''
  return span.first === span.last ? `¶${span.first}` : `¶${span.first}–${span.last}`
}

/**
 * A full citation. Parts that are not known are left out rather than invented; a
 * missing date reads "n.d." because a citation without any date misleads.
 */
export function formatCitation(meta: DocumentMeta, span: ParagraphSpan | null): string {
  const parts = [
    citationAuthors(meta.authors),
    `'${meta.title}'`,
    meta.outlet ?? '',
    meta.published ? formatPartialDate(meta.published) : 'n.d.',
    formatParagraphSpan(span),
  ]
  return parts.filter(Boolean).join(', ')
}

/** “quote” (citation): what "copy quote with citation" puts on the clipboard. */
export function quoteWithCitation(
  quote: string,
  meta: DocumentMeta,
  span: ParagraphSpan | null,
): string {
  return `“${quote}” (${formatCitation(meta, span)})`
}
