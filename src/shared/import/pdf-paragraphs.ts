/**
 * Lines of a PDF page (already in reading order, one list per column) to paragraphs and
 * headings, then paragraphs cut by a column or page break joined again. PDFs store no
 * paragraphs: they are read from spacing, indentation, line length and font size.
 */
import type { PdfLine } from './pdf-lines'

/** What the body text of a document looks like: its font size and line spacing. */
export interface BodyMetrics {
  /** The most common font size, weighted by characters. */
  size: number
  /** Baseline-to-baseline distance between body lines, as a multiple of the size. */
  leading: number
}

/** A paragraph as read from one column of one page, before page breaks are mended. */
export interface PdfParagraph {
  kind: 'heading' | 'paragraph' | 'listItem'
  /** Font size of its first line. */
  size: number
  lines: string[]
  /** The 1-based page it starts on. */
  page: number
  /** Its first line is plain body text at the column's left edge: it may continue one. */
  openStart: boolean
  /** Its last line runs to the column's right edge: it may go on in the next column. */
  openEnd: boolean
}

/** A heading is set at least this much larger than the body. */
export const HEADING_RATIO = 1.15
/** A "heading" longer than this is a lede or a pull quote set large: a paragraph. */
const HEADING_MAX_LENGTH = 200

/**
 * The body's size (the median font size, each line weighted by its characters) and leading
 * (the median baseline gap between consecutive body-size lines, over the size; 1.2 when
 * no two body lines follow each other).
 */
export function bodyMetrics(segments: readonly PdfLine[][]): BodyMetrics {
  const sizes: Array<[number, number]> = []
  for (const lines of segments) {
    for (const line of lines) sizes.push([line.size, line.text.length])
  }
  const size = weightedMedian(sizes) ?? 10
  const ratios: number[] = []
  for (const lines of segments) {
    for (let index = 1; index < lines.length; index++) {
      const [above, below] = [lines[index - 1]!, lines[index]!]
      if (!isBodySize(above.size, size) || !isBodySize(below.size, size)) continue
      const ratio = (above.y - below.y) / size
      if (ratio > 0.8 && ratio < 3) ratios.push(ratio)
    }
  }
  const leading = weightedMedian(ratios.map((ratio) => [ratio, 1])) ?? 1.2
  return { size, leading }
}

function weightedMedian(values: Array<[number, number]>): number | null {
  const sorted = values.filter(([, weight]) => weight > 0).sort((a, b) => a[0] - b[0])
  const total = sorted.reduce((sum, [, weight]) => sum + weight, 0)
  if (total === 0) return null
  let seen = 0
  for (const [value, weight] of sorted) {
    seen += weight
    if (seen >= total / 2) return value
  }
  return null
}

function isBodySize(size: number, body: number): boolean {
  return size < body * HEADING_RATIO && size > body / HEADING_RATIO
}

function isHeadingSize(size: number, body: number): boolean {
  return size >= body * HEADING_RATIO
}

const LIST_MARKER = /^([•●▪◦‣○■□–*]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\((?:[ivx]+)\))\s/

/** True when a line opens a list item: "• ", "- ", "1. ", "2) ", "(a) ", "a. ". */
export function startsListItem(text: string): boolean {
  return LIST_MARKER.test(text) || /^- /.test(text)
}

/** True when text ends a sentence: . ! ? : ; or … , perhaps before a closing quote. */
export function endsSentence(text: string): boolean {
  return /[.!?:;…]["'”’»)\]]*$/.test(text)
}

/** Where a column's text starts and ends, from its body-size lines. */
interface ColumnEdges {
  left: number
  right: number
}

function columnEdges(lines: readonly PdfLine[], body: BodyMetrics): ColumnEdges {
  const bodyLines = lines.filter((line) => isBodySize(line.size, body.size))
  const measured = bodyLines.length > 0 ? bodyLines : lines
  return {
    left: Math.min(...measured.map((line) => line.x)),
    right: Math.max(...measured.map((line) => line.xEnd)),
  }
}

/**
 * True when a line stops short of the column's right edge: by more than 15% of the width
 * after a sentence's end, or by more than 40% anywhere (only a paragraph's last line does).
 */
function endsShort(line: PdfLine, edges: ColumnEdges): boolean {
  const width = edges.right - edges.left
  if (width <= 0) return false
  const shortBy = edges.right - line.xEnd
  return (shortBy > 0.15 * width && endsSentence(line.text)) || shortBy > 0.4 * width
}

/**
 * Reads the paragraphs of one column (its lines top to bottom). A new paragraph starts at
 * a change between heading and body size, a baseline gap over 1.4 times the body leading,
 * a list marker, a line indented past the one before (except inside a list item, whose
 * wrapped lines hang), or after a line that stops short of the right edge.
 */
export function columnParagraphs(
  lines: readonly PdfLine[],
  page: number,
  body: BodyMetrics,
): PdfParagraph[] {
  const edges = columnEdges(lines, body)
  const paragraphs: PdfParagraph[] = []
  let current: PdfParagraph | null = null
  let previous: PdfLine | null = null
  for (const line of lines) {
    if (!current || !previous || breaksBefore(previous, line, current, body, edges)) {
      current = startParagraph(line, page, body, edges)
      paragraphs.push(current)
    } else {
      current.lines.push(line.text)
    }
    current.openEnd =
      current.kind === 'paragraph' && (!endsShort(line, edges) || /[-\u00AD]$/.test(line.text))
    previous = line
  }
  // Only a column's first paragraph can continue one before it, and only its last go on.
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) paragraph.openStart = false
    if (index < paragraphs.length - 1) paragraph.openEnd = false
  })
  return paragraphs
}

function startParagraph(
  line: PdfLine,
  page: number,
  body: BodyMetrics,
  edges: ColumnEdges,
): PdfParagraph {
  const heading = isHeadingSize(line.size, body.size)
  const listItem = !heading && startsListItem(line.text)
  const kind = heading ? 'heading' : listItem ? 'listItem' : 'paragraph'
  const indented = line.x > edges.left + 0.8 * line.size
  return {
    kind,
    size: line.size,
    lines: [line.text],
    page,
    openStart: kind === 'paragraph' && !indented,
    openEnd: false,
  }
}

function breaksBefore(
  previous: PdfLine,
  line: PdfLine,
  current: PdfParagraph,
  body: BodyMetrics,
  edges: ColumnEdges,
): boolean {
  const heading = isHeadingSize(line.size, body.size)
  if (heading !== (current.kind === 'heading')) return true
  if (heading && Math.abs(line.size - current.size) > 0.5) return true
  const gap = previous.y - line.y
  const expected = body.leading * Math.max(previous.size, line.size)
  if (gap > expected * 1.4 + 0.5 || gap < 0.3 * line.size) return true
  if (heading) return false
  if (startsListItem(line.text)) return true
  if (current.kind !== 'listItem' && line.x > previous.x + 0.8 * line.size) return true
  return endsShort(previous, edges)
}

/**
 * Words of the document, lower case, compounds kept whole ("well-known") and also split:
 * what {@link joinLineTexts} consults before taking out a hyphen.
 */
export function collectWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>()
  for (const text of texts) {
    for (const match of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      words.add(match[0])
      if (match[0].includes('-')) for (const part of match[0].split('-')) words.add(part)
    }
  }
  return words
}

/** Prefixes whose hyphen stays when a line breaks after it: "self-", "well-", "ex-". */
const KEPT_HYPHEN_PREFIXES = new Set(['self', 'well', 'ill', 'ex', 'half', 'quasi'])

/**
 * Joins two lines of one paragraph. A soft hyphen at the end is always taken out. A hyphen
 * after a letter, before a lower-case letter, is taken out ("inter-" + "national") unless
 * the document spells the pair with a hyphen elsewhere and never without, or the first
 * part is a prefix that keeps its hyphen ("self-" + "evident"); then the hyphen stays and
 * no space is added; before a capital or a digit ("anti-" + "American", "COVID-" + "19")
 * the hyphen is part of the word and stays too. Otherwise the lines join with one space.
 */
export function joinLineTexts(first: string, second: string, words: ReadonlySet<string>): string {
  if (first.endsWith('\u00AD')) return first.slice(0, -1) + second
  const hyphenated = /(\p{L}+)[-\u2010]$/u.exec(first)
  if (hyphenated && /^[\p{Lu}\d]/u.test(second)) return first + second
  const next = /^(\p{Ll}+)/u.exec(second)
  if (!hyphenated || !next) return `${first} ${second}`
  const left = hyphenated[1]!.toLowerCase()
  const right = next[1]!
  const keepHyphen =
    KEPT_HYPHEN_PREFIXES.has(left) ||
    (words.has(`${left}-${right}`) && !words.has(`${left}${right}`))
  return keepHyphen ? first + second : first.slice(0, -1) + second
}

/** A block of the document, joined across column and page breaks. */
export interface PdfBlock {
  kind: 'heading' | 'paragraph' | 'listItem'
  level: number
  text: string
  page: number
}

/**
 * Joins paragraphs a column or page break cut in two, then numbers heading levels. Two
 * paragraphs join when the first runs to the right edge of its column (its last line is
 * not short), the second starts at the left edge of its column (not indented, not a
 * heading or list item), and either the first does not end a sentence or the second starts
 * in lower case. A full last line that ends a sentence, followed by a capital, stays a
 * break: splitting one paragraph loses nothing, joining two would. Headings are numbered
 * by size, largest level 1; a "heading" over 200 characters is a paragraph.
 */
export function mendParagraphs(
  paragraphs: readonly PdfParagraph[],
  words: ReadonlySet<string>,
): PdfBlock[] {
  const merged: PdfParagraph[] = []
  for (const paragraph of paragraphs) {
    const last = merged.at(-1)
    if (last && continues(last, paragraph)) {
      last.lines.push(...paragraph.lines)
      last.openEnd = paragraph.openEnd
    } else {
      merged.push({ ...paragraph, lines: [...paragraph.lines] })
    }
  }
  const headingSizes = [
    ...new Set(merged.filter((p) => p.kind === 'heading').map((p) => Math.round(p.size * 2) / 2)),
  ].sort((a, b) => b - a)
  return merged.map((paragraph) => {
    const text = paragraph.lines.reduce((joined, line) => joinLineTexts(joined, line, words))
    const heading = paragraph.kind === 'heading' && text.length <= HEADING_MAX_LENGTH
    const rank = headingSizes.indexOf(Math.round(paragraph.size * 2) / 2)
    return {
      kind: heading ? 'heading' : paragraph.kind === 'heading' ? 'paragraph' : paragraph.kind,
      level: heading ? Math.min(6, rank + 1) : 0,
      text,
      page: paragraph.page,
    }
  })
}

function continues(before: PdfParagraph, after: PdfParagraph): boolean {
  if (before.kind !== 'paragraph' || after.kind !== 'paragraph') return false
  if (!before.openEnd || !after.openStart) return false
  const lastLine = before.lines.at(-1) ?? ''
  const firstLine = after.lines[0] ?? ''
  return !endsSentence(lastLine) || /^\p{Ll}/u.test(firstLine)
}
