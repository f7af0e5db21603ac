/**
 * A PDF's positioned text runs, page by page, to blocks in reading order: page furniture
 * dropped, columns read one after the other, paragraphs rebuilt and joined across column
 * and page breaks, headings told by size, each block with the page it starts on.
 */
import { findPageFurniture, furnitureNotice } from './page-furniture-pdf'
import { groupLines, readingSegments, type PdfLine, type PdfRun } from './pdf-lines'
import {
  bodyMetrics,
  collectWords,
  columnParagraphs,
  mendParagraphs,
  type PdfBlock,
  type PdfParagraph,
} from './pdf-paragraphs'

/** A PDF read into blocks, with what was dropped. */
export interface PdfLayout {
  blocks: PdfBlock[]
  /** Running header and footer lines dropped. */
  repeatedDropped: number
  /** Bare page numbers dropped. */
  pageNumbersDropped: number
  /** Sentences for the analyst about what was dropped (empty when nothing was). */
  notices: string[]
}

/**
 * Lays out a whole document from each page's runs (index 0 is page 1). Pure: the same runs
 * always give the same blocks.
 */
export function layoutPdfPages(pages: readonly (readonly PdfRun[])[]): PdfLayout {
  const furniture = findPageFurniture(pages.map((runs) => groupLines(runs)))
  const segmentsByPage: PdfLine[][][] = pages.map((runs, index) => {
    const droppedRuns = new Set<PdfRun>()
    for (const line of furniture.dropped[index] ?? []) {
      for (const run of line.runs) droppedRuns.add(run)
    }
    return readingSegments(runs.filter((run) => !droppedRuns.has(run)))
  })
  const metrics = bodyMetrics(segmentsByPage.flat())
  const paragraphs: PdfParagraph[] = []
  segmentsByPage.forEach((segments, index) => {
    for (const lines of segments) paragraphs.push(...columnParagraphs(lines, index + 1, metrics))
  })
  const words = collectWords(paragraphs.flatMap((paragraph) => paragraph.lines))
  const notice = furnitureNotice(furniture)
  return {
    blocks: mendParagraphs(paragraphs, words).filter((block) => block.text.length > 0),
    repeatedDropped: furniture.repeated,
    pageNumbersDropped: furniture.pageNumbers,
    notices: notice ? [notice] : [],
  }
}

/** Below this many characters per page on average, a PDF is taken for a scan. */
export const MIN_TEXT_PER_PAGE = 10

/**
 * True when a PDF has (next to) no text layer: no visible character at all, or fewer than
 * {@link MIN_TEXT_PER_PAGE} per page on average (a scan with a stray page number or a
 * stamp in its text layer is still a scan).
 */
export function looksScanned(charactersPerPage: readonly number[]): boolean {
  const total = charactersPerPage.reduce((sum, count) => sum + count, 0)
  if (total === 0) return true
  return total / Math.max(1, charactersPerPage.length) < MIN_TEXT_PER_PAGE
}

/** The visible (non-space) characters of a page's runs. */
export function visibleCharacters(runs: readonly PdfRun[]): number {
  return runs.reduce((sum, run) => sum + run.str.replace(/\s/g, '').length, 0)
}
