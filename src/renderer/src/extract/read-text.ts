/**
 * A plain-text file (.txt) as blocks: paragraphs between blank lines, hard-wrapped lines
 * joined, and a heading only where the text marks one unmistakably.
 */
import type { DraftBlock } from '@shared/corpus/markdown-blocks'
import { emptyHints, type ExtractedDocument } from '@shared/import/extracted'
import { titleFromFileName } from '@shared/import/file-name-title'
import { foldWhitespace } from '@shared/import/fold-whitespace'
import {
  endsLikeSentence,
  openingHints,
  readsAsTitle,
  trailingFurnitureNotice,
  withoutTrailingFurniture,
} from '@shared/import/text-capture'
import { decodeTextFile } from './decode-text'
import { finishReading, type ReadOptions } from './read-options'

/** Lines longer than this (at the 90th percentile) mean one line per paragraph, not a hard wrap. */
const LONGEST_WRAP = 100
/** A break is a hard one when the next word would have fitted well inside the wrap width. */
const FITS_SHARE = 0.85
const BULLET = /^\s*[-*•‣◦–]\s+/
const NUMBERED = /^\s*\d{1,3}[.)]\s+/
const UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/
const HYPHEN_BREAK = /(\p{L}+)-$/u
const WORD_START = /^(\p{L}+)/u

/** How the lines of one file are laid out, decided once for the whole file. */
interface Layout {
  /** Lines are hard-wrapped at about `width` characters (else each line is a paragraph). */
  wrapped: boolean
  width: number
  /** Every word of the file, lower-case, to tell "inter-\nnational" from "well-\nknown". */
  words: Set<string>
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0
}

function layoutOf(text: string, lines: string[]): Layout {
  const lengths = lines.map((line) => line.trimEnd().length).filter((length) => length > 0)
  const width = percentile(lengths, 0.9)
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [])
  return { wrapped: width <= LONGEST_WRAP, width, words }
}

/** Splits the text into chunks of non-blank lines (blank lines and form feeds separate them). */
function chunksOf(lines: string[]): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) chunks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/**
 * Appends a line to the parts of a paragraph. A word broken by a hyphen at the end of a
 * line is joined without a space; the hyphen is dropped only when the whole word appears
 * unbroken elsewhere in the file and the hyphenated form does not ("inter-\nnational"
 * where "international" occurs), so "al-\nAdl" and "well-\nknown" keep theirs. Parts are
 * joined once at the end, so a paragraph of many lines costs no more than its length.
 */
function appendLine(parts: string[], next: string, layout: Layout): void {
  const head = (parts.pop() ?? '').trimEnd()
  const tail = next.trim()
  const broken = HYPHEN_BREAK.exec(head)
  const continued = WORD_START.exec(tail)
  if (broken?.[1] && continued?.[1] && !head.endsWith('--')) {
    const whole = `${broken[1]}${continued[1]}`.toLowerCase()
    const hyphenated = `${broken[1]}-${continued[1]}`.toLowerCase()
    const lowerNext = continued[1] === continued[1].toLowerCase()
    const dropHyphen = lowerNext && layout.words.has(whole) && !layout.words.has(hyphenated)
    parts.push(dropHyphen ? head.slice(0, -1) : head, tail)
  } else {
    parts.push(head, ' ', tail)
  }
}

/** Whether the break after `line` is a real line break, not where the text was wrapped. */
function hardBreak(line: string, next: string, layout: Layout): boolean {
  if (!layout.wrapped) return true
  if (HYPHEN_BREAK.test(line.trimEnd()) && WORD_START.test(next.trim())) return false
  const nextWord = next.trim().split(/\s/)[0] ?? ''
  return line.trimEnd().length + 1 + nextWord.length <= layout.width * FITS_SHARE
}

/** The blocks of one chunk: list items at bullets, new paragraphs at hard breaks. */
function chunkBlocks(lines: string[], layout: Layout): DraftBlock[] {
  const blocks: DraftBlock[] = []
  let kind: DraftBlock['kind'] = 'paragraph'
  let parts: string[] = []
  const flush = (): void => {
    const folded = foldWhitespace(parts.join(''))
    if (folded) blocks.push({ kind, level: 0, text: folded, marks: [] })
    parts = []
  }
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    const bullet = BULLET.exec(line)
    const startsBlock =
      previous === undefined ||
      bullet !== null ||
      NUMBERED.test(line) ||
      (kind === 'paragraph' && hardBreak(previous, line, layout)) ||
      (kind === 'listItem' && !layout.wrapped)
    if (startsBlock) {
      flush()
      kind = bullet ? 'listItem' : 'paragraph'
      parts = [bullet ? line.slice(bullet[0].length) : line]
    } else {
      appendLine(parts, line, layout)
    }
  })
  flush()
  return blocks
}

/** A single line standing alone at the top of the file that reads as a title. */
function looksLikeTitle(line: string): boolean {
  return readsAsTitle(line) && !BULLET.test(line) && !NUMBERED.test(line)
}

/** A short line standing alone in capitals ("REACTION IN ISLAMABAD"). */
function looksLikeCapitalsHeading(line: string): boolean {
  const text = foldWhitespace(line)
  const letters = text.match(/\p{L}/gu) ?? []
  return (
    letters.length >= 3 &&
    text.length <= 80 &&
    text === text.toUpperCase() &&
    text !== text.toLowerCase() &&
    !endsLikeSentence(text) &&
    !BULLET.test(line)
  )
}

function heading(line: string, level: number): DraftBlock {
  return { kind: 'heading', level, text: foldWhitespace(line), marks: [] }
}

/**
 * Blocks of a plain text, in reading order. Paragraphs are separated by blank lines; in a
 * hard-wrapped file (90% of lines at most 100 characters) the lines of a paragraph are
 * joined with a space, except after a line the next word would clearly have fitted on
 * (a byline, a dateline, an address), which ends the block. In a file that is not
 * hard-wrapped every line is a paragraph. A line starting with a bullet (-, *, •) is a
 * list item without its bullet; a numbered line starts a paragraph and keeps its number.
 * Headings only where marked unmistakably: a first line standing alone that reads as a
 * title (level 1), a line underlined with === or --- (level 1 or 2), and a short line
 * standing alone in capitals (level 2). Text is folded as Markdown blocks are.
 */
export function textToBlocks(text: string): { blocks: DraftBlock[]; title: string | null } {
  const lines = text.replace(/\f/g, '\n\n').split('\n')
  const layout = layoutOf(text, lines)
  const chunks = chunksOf(lines)
  const blocks: DraftBlock[] = []
  let title: string | null = null
  chunks.forEach((chunk, index) => {
    const [first, second] = chunk
    if (first === undefined) return
    if (second !== undefined && UNDERLINE.test(second) && !BULLET.test(first)) {
      blocks.push(heading(first, second.trim().startsWith('=') ? 1 : 2))
      blocks.push(...chunkBlocks(chunk.slice(2), layout))
    } else if (chunk.length === 1 && index === 0 && chunks.length > 1 && looksLikeTitle(first)) {
      blocks.push(heading(first, 1))
    } else if (chunk.length === 1 && index > 0 && looksLikeCapitalsHeading(first)) {
      blocks.push(heading(first, 2))
    } else {
      blocks.push(...chunkBlocks(chunk, layout))
    }
    if (index === 0 && blocks[0]?.kind === 'heading') title = blocks[0].text
  })
  return { blocks, title }
}

/**
 * Reads a .txt file: decoded as `decodeText` says (refusing what it refuses), split into
 * blocks as `textToBlocks` says, then the site's footer at the end of a captured page
 * left out (`withoutTrailingFurniture`). The title hint is the title under breadcrumbs
 * fused onto the first line, else a first line that reads as a title, else the file name
 * without its extension; the block stays in the text either way. A byline near the top
 * gives authors, and an outlet and date when it states them (`openingHints`). Notices:
 * the encoding used when it was not plain UTF-8, and the footer lines left out.
 */
export async function readText(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ExtractedDocument> {
  const decoded = decodeTextFile(bytes, fileName, options)
  const read = textToBlocks(decoded.text)
  const { kept: blocks, dropped } = withoutTrailingFurniture(read.blocks)
  const opening = openingHints(blocks)
  const { title: plainTitle, ...byline } = opening
  const furniture = trailingFurnitureNotice(dropped)
  return finishReading(
    {
      format: 'text',
      fileName,
      blocks,
      hints: {
        ...emptyHints(),
        ...byline,
        // A .txt saved from Markdown keeps its "# ": the title hint does not.
        title: plainTitle ?? read.title?.replace(/^#{1,6}\s+/, '') ?? titleFromFileName(fileName),
      },
      notices: [...(decoded.notice ? [decoded.notice] : []), ...(furniture ? [furniture] : [])],
      encoding: decoded.encoding,
    },
    options,
  )
}
