/**
 * Page furniture in a PDF: running headers and footers (the same line at the top or bottom
 * of many pages, page numbers inside it allowed to vary) and bare page numbers. Reading
 * them as text would break paragraphs that run across pages and litter every search.
 */
import type { PdfLine } from './pdf-lines'

/** How deep into a page, from its top and from its bottom, furniture is looked for. */
export const FURNITURE_DEPTH = 3

const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^\d{1,4}$/,
  /^[([]\d{1,4}[)\]]$/,
  /^[-–—‒]\s*\d{1,4}\s*[-–—‒]$/,
  /^(page|p\.|pg\.?|seite|página|pagina)\s*\d{1,4}(\s*(of|\/|de|von|di)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(\/|of)\s*\d{1,4}$/i,
  /^(?=[ivxlc])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i,
]

/**
 * True for a line that is nothing but a page number: "7", "- 7 -", "[7]", "Page 7",
 * "Page 7 of 30", "7 / 30", "vii". Only meaningful for a line at a page's edge.
 */
export function isPageNumberText(text: string): boolean {
  const trimmed = text.trim()
  return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(trimmed))
}

/**
 * The text a running header or footer is recognised by: lower case, whitespace folded and
 * every run of digits one `#`, so "Annual report 2023 · page 4" and "... page 5" match.
 */
export function furnitureKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

/** What was found on each page and how much of each kind. */
export interface FurnitureFound {
  /** Per page, the lines that are furniture. */
  dropped: Set<PdfLine>[]
  /** Running headers or footers dropped (lines). */
  repeated: number
  /** Bare page numbers dropped. */
  pageNumbers: number
}

/** How many pages a line must recur on to count as a running header or footer. */
export function repeatThreshold(pageCount: number): number {
  return pageCount <= 3 ? 2 : 3
}

/**
 * Finds the furniture of a document from each page's lines (top line first). From each
 * edge inwards, up to {@link FURNITURE_DEPTH} lines, a line is furniture when it is a bare
 * page number or its {@link furnitureKey} sits at that same edge on at least
 * {@link repeatThreshold} pages; the walk stops at the first line that is neither, so body
 * text is never taken from between furniture lines.
 */
export function findPageFurniture(pages: readonly PdfLine[][]): FurnitureFound {
  const threshold = repeatThreshold(pages.length)
  const topCounts = edgeCounts(pages.map((lines) => lines.slice(0, FURNITURE_DEPTH)))
  const bottomCounts = edgeCounts(pages.map((lines) => lines.slice(-FURNITURE_DEPTH)))
  const found: FurnitureFound = { dropped: [], repeated: 0, pageNumbers: 0 }
  for (const lines of pages) {
    const dropped = new Set<PdfLine>()
    const walk = (edge: PdfLine[], counts: Map<string, number>): void => {
      for (const line of edge) {
        if (dropped.has(line)) continue
        if (isPageNumberText(line.text)) {
          found.pageNumbers += 1
        } else if (isRepeated(line, counts, threshold)) {
          found.repeated += 1
        } else {
          return
        }
        dropped.add(line)
      }
    }
    walk(lines.slice(0, FURNITURE_DEPTH), topCounts)
    walk(lines.slice(-FURNITURE_DEPTH).reverse(), bottomCounts)
    found.dropped.push(dropped)
  }
  return found
}

function isRepeated(line: PdfLine, counts: Map<string, number>, threshold: number): boolean {
  const key = furnitureKey(line.text)
  return key.replace(/[#\W_]/g, '').length >= 2 && (counts.get(key) ?? 0) >= threshold
}

/** On how many pages each key occurs among the given edge lines (once per page). */
function edgeCounts(edges: readonly PdfLine[][]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const edge of edges) {
    for (const key of new Set(edge.map((line) => furnitureKey(line.text)))) {
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

/** A notice for the analyst saying what was dropped, or null when nothing was. */
export function furnitureNotice(
  found: Pick<FurnitureFound, 'repeated' | 'pageNumbers'>,
): string | null {
  const parts: string[] = []
  if (found.repeated > 0) {
    parts.push(`${found.repeated} running header or footer line${found.repeated === 1 ? '' : 's'}`)
  }
  if (found.pageNumbers > 0) {
    parts.push(`${found.pageNumbers} page number${found.pageNumbers === 1 ? '' : 's'}`)
  }
  return parts.length === 0 ? null : `Dropped ${parts.join(' and ')} repeated at page edges.`
}
