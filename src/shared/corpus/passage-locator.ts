/**
 * Where a passage is in its source, the one rule every citation and label follows: by
 * page ("p. 7", "pp. 7–8") for a document whose blocks carry pages (read from a PDF), by
 * paragraph ("¶3", "¶3–4") otherwise. A paged source is cited by page alone, as APA and
 * Chicago do: its reader has the pages, and Casefile's ¶ count appears nowhere in the PDF.
 */
import type { Block } from './document-model'

/** The pages a passage's paragraphs start on, first and last (1-based). */
export interface PageSpan {
  first: number
  last: number
}

/** The paragraphs a passage covers, as ¶ numbers, and their pages when the source has pages. */
export interface PassageSpan {
  first: number
  last: number
  /**
   * Absent for documents without pages (the bundled corpus, text imports), so their spans
   * and citations are what they were before pages existed.
   */
  pages?: PageSpan
}

/**
 * The paragraphs that [start, end) touches, ignoring headings and the separators between
 * blocks, with the pages those paragraphs start on; null when it touches only headings.
 * Pages come from the paragraphs alone, so one ¶ span always has one locator: a footnote
 * shared by a ¶ span never needs two page labels. A block records only the page it starts
 * on, so a passage in a paragraph that runs onto the next page is cited at the page where
 * that paragraph starts. Pages are given only when both end paragraphs have one.
 * Blocks are in text order, so the first one is found by binary search: a side list
 * labels thousands of highlights.
 */
export function passageSpan(
  blocks: readonly Block[],
  start: number,
  end: number,
): PassageSpan | null {
  const stop = Math.max(end, start + 1)
  let low = 0
  let high = blocks.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (blocks[mid]!.end <= start) low = mid + 1
    else high = mid
  }
  let first: Block | undefined
  let last: Block | undefined
  for (let i = low; i < blocks.length && blocks[i]!.start < stop; i++) {
    const block = blocks[i]!
    if (block.para === null) continue
    first ??= block
    last = block
  }
  if (!first || !last || first.para === null || last.para === null) return null
  const span: PassageSpan = { first: first.para, last: last.para }
  if (first.page !== undefined && last.page !== undefined) {
    span.pages = { first: first.page, last: last.page }
  }
  return span
}

/** "p. 7": one page as citations and the reader's margin name it. */
export function formatPage(page: number): string {
  return `p. ${page}`
}

/**
 * "p. 7" or "pp. 7–8" when the span has pages, else "¶3" or "¶3–4"; "" without a span.
 * Every view, citation and export labels passages with this, never by itself.
 */
export function formatPassageLocator(span: PassageSpan | null): string {
  if (!span) return ''
  const { pages } = span
  if (pages) {
    return pages.first === pages.last ? formatPage(pages.first) : `pp. ${pages.first}–${pages.last}`
  }
  return span.first === span.last ? `¶${span.first}` : `¶${span.first}–${span.last}`
}

/**
 * The reader's page mark for `blocks[index]`: "p. 7" when the block is the first to start
 * on its page, so a page cited as "p. 7" can be found in the text; undefined otherwise
 * and for blocks without a page. A page that begins inside a paragraph gets no mark, as
 * no block starts on it.
 */
export function pageMark(blocks: readonly Block[], index: number): string | undefined {
  const page = blocks[index]?.page
  if (page === undefined || blocks[index - 1]?.page === page) return undefined
  return formatPage(page)
}
