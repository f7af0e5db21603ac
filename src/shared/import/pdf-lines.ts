/**
 * PDF text runs (what pdfjs gives for each text-showing operation, with its position) to
 * lines, and a page's runs to reading segments (one per column, top to bottom).
 * Coordinates are PDF user space: `x` grows rightwards, `y` is the baseline and grows
 * upwards, so the top of a page has the largest `y`.
 */

/** One positioned piece of text on a page, as pdfjs reports it. */
export interface PdfRun {
  str: string
  /** Left edge of the run. */
  x: number
  /** Baseline of the run (grows upwards). */
  y: number
  width: number
  /** The run's height: its font size, near enough. */
  height: number
  fontName: string
}

/** A visual line: runs sharing a baseline, left to right, with their joined text. */
export interface PdfLine {
  text: string
  x: number
  xEnd: number
  y: number
  /** The font size of the line: the height of its longest run. */
  size: number
  runs: PdfRun[]
}

/** Ligatures some PDFs store as one glyph: spelled out so words can be searched. */
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
}

/** NFC text with ligatures spelled out and whitespace runs folded to one space. */
export function cleanRunText(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (char) => LIGATURES[char] ?? char)
    .normalize('NFC')
    .replace(/[\s\u00A0]+/g, ' ')
}

/** The runs worth laying out: some visible text and a finite position. */
export function visibleRuns(runs: readonly PdfRun[]): PdfRun[] {
  return runs.filter(
    (run) =>
      run.str.trim().length > 0 &&
      Number.isFinite(run.x) &&
      Number.isFinite(run.y) &&
      Number.isFinite(run.width),
  )
}

/**
 * Groups runs into lines, top line first. A run joins a line when its baseline is within
 * half a font size of the line's (so superscript note markers stay on their line).
 */
export function groupLines(runs: readonly PdfRun[]): PdfLine[] {
  const sorted = visibleRuns(runs).sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PdfRun[][] = []
  let current: PdfRun[] = []
  let baseline = 0
  let size = 0
  for (const run of sorted) {
    const tolerance = 0.5 * Math.max(size, runHeight(run), 1)
    if (current.length > 0 && Math.abs(run.y - baseline) <= tolerance) {
      current.push(run)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [run]
    baseline = run.y
    size = runHeight(run)
  }
  if (current.length > 0) groups.push(current)
  return groups.map(toLine)
}

function runHeight(run: PdfRun): number {
  return Math.abs(run.height)
}

function toLine(runs: PdfRun[]): PdfLine {
  const ordered = [...runs].sort((a, b) => a.x - b.x)
  const main = ordered.reduce((best, run) => (run.str.length > best.str.length ? run : best))
  return {
    text: joinRuns(ordered),
    x: Math.min(...ordered.map((run) => run.x)),
    xEnd: Math.max(...ordered.map((run) => run.x + run.width)),
    y: main.y,
    size: runHeight(main),
    runs: ordered,
  }
}

/**
 * Joins the runs of one line, left to right. A space goes between two runs when neither
 * brings one and the gap between them is wider than a fifth of the font size (narrower gaps
 * are kerning inside a word), or the second is a raised note marker.
 */
export function joinRuns(ordered: readonly PdfRun[]): string {
  let text = ''
  let previousEnd = Number.NEGATIVE_INFINITY
  let previous: PdfRun | null = null
  for (const run of ordered) {
    const piece = cleanRunText(run.str)
    const gap = run.x - previousEnd
    const needsSpace =
      text.length > 0 &&
      !text.endsWith(' ') &&
      !piece.startsWith(' ') &&
      (gap > 0.2 * Math.max(runHeight(run), 1) || (previous !== null && isRaised(run, previous)))
    text += (needsSpace ? ' ' : '') + piece
    previousEnd = Math.max(previousEnd, run.x + run.width)
    previous = run
  }
  return text.replace(/ {2,}/g, ' ').trim()
}

/** A smaller run set above the baseline of the run before: a note marker, kept a word apart. */
function isRaised(run: PdfRun, before: PdfRun): boolean {
  return runHeight(run) < 0.8 * runHeight(before) && run.y > before.y + 0.15 * runHeight(before)
}

/** A vertical gap between two columns of text, as an x range. */
export interface Gutter {
  left: number
  right: number
}

const BIN = 1

/**
 * Finds the gutter of a two-column page: the widest vertical strip, at least 6 units wide
 * and in the middle 60% of the text's width, that almost no run crosses, with at least three
 * lines wholly on each side and each side at least a quarter of the text's width. Runs that
 * do cross it (a title over both columns, a running header) may be up to a quarter of all.
 * Null for a single column.
 */
export function findGutter(runs: readonly PdfRun[]): Gutter | null {
  const body = visibleRuns(runs)
  if (body.length < 6) return null
  const minX = Math.min(...body.map((run) => run.x))
  const maxX = Math.max(...body.map((run) => run.x + run.width))
  const span = maxX - minX
  if (span <= 0) return null
  const bins = new Array<number>(Math.ceil(span / BIN) + 1).fill(0)
  for (const run of body) {
    const from = Math.floor((run.x - minX) / BIN)
    const to = Math.ceil((run.x + run.width - minX) / BIN)
    for (let bin = Math.max(0, from); bin < Math.min(bins.length, to); bin++) bins[bin]! += 1
  }
  const allowance = Math.max(1, Math.floor(body.length * 0.1))
  const lowest = Math.floor((0.2 * span) / BIN)
  const highest = Math.ceil((0.8 * span) / BIN)
  let best: Gutter | null = null
  let start = -1
  for (let bin = lowest; bin <= highest + 1; bin++) {
    const open = bin <= highest && (bins[bin] ?? 0) <= allowance
    if (open && start < 0) start = bin
    if (!open && start >= 0) {
      const candidate = { left: minX + start * BIN, right: minX + bin * BIN }
      const wider = !best || candidate.right - candidate.left > best.right - best.left
      if (candidate.right - candidate.left >= 6 && wider && splitsColumns(body, candidate, span)) {
        best = candidate
      }
      start = -1
    }
  }
  return best
}

function splitsColumns(runs: readonly PdfRun[], gutter: Gutter, span: number): boolean {
  const left = runs.filter((run) => run.x + run.width <= gutter.left + 0.5)
  const right = runs.filter((run) => run.x >= gutter.right - 0.5)
  const crossing = runs.length - left.length - right.length
  if (crossing > runs.length * 0.25) return false
  const distinctLines = (side: PdfRun[]): number => new Set(side.map((r) => Math.round(r.y))).size
  if (distinctLines(left) < 3 || distinctLines(right) < 3) return false
  const extent = (side: PdfRun[]): number =>
    Math.max(...side.map((r) => r.x + r.width)) - Math.min(...side.map((r) => r.x))
  return extent(left) >= span * 0.25 && extent(right) >= span * 0.25
}

/**
 * Splits a page's runs into segments in reading order, each a list of lines top to bottom.
 * One column: one segment. Two columns: lines crossing the gutter (titles, full-width
 * figures' captions) cut the page into bands; each band is read left column, then right
 * column, and each crossing line is a segment of its own between bands.
 */
export function readingSegments(runs: readonly PdfRun[]): PdfLine[][] {
  const gutter = findGutter(runs)
  if (!gutter) return [groupLines(runs)].filter((lines) => lines.length > 0)
  const body = visibleRuns(runs)
  const isLeft = (run: PdfRun): boolean => run.x + run.width <= gutter.left + 0.5
  const isRight = (run: PdfRun): boolean => run.x >= gutter.right - 0.5
  const spanning = groupLines(body.filter((run) => !isLeft(run) && !isRight(run)))
  const bandOf = (run: PdfRun): number =>
    spanning.filter((line) => line.y > run.y + 0.5 * Math.max(line.size, 1)).length
  const segments: PdfLine[][] = []
  let previousSpanning: PdfLine[] | null = null
  for (let band = 0; band <= spanning.length; band++) {
    const inBand = body.filter((run) => (isLeft(run) || isRight(run)) && bandOf(run) === band)
    for (const column of [groupLines(inBand.filter(isLeft)), groupLines(inBand.filter(isRight))]) {
      if (column.length === 0) continue
      segments.push(column)
      previousSpanning = null
    }
    const crossing = spanning[band]
    if (!crossing) continue
    if (previousSpanning) previousSpanning.push(crossing)
    else {
      previousSpanning = [crossing]
      segments.push(previousSpanning)
    }
  }
  return segments
}
