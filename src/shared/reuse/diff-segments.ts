/**
 * One side of a word diff as runs of text to render: the text as written (its spacing and
 * punctuation kept), cut where the words that differ begin and end, each run saying how it
 * differs. The first text's side shows what was deleted or changed away; the second's what
 * was inserted or changed in.
 */
import type { DiffWord, WordDiffPart } from './word-diff'

/** How a run of one side differs from the other side. */
export type SegmentMark = 'same' | 'deleted' | 'inserted' | 'changed'

/** A run of text of one side, [start, end) of that side's text. */
export interface DiffSegment {
  text: string
  mark: SegmentMark
  start: number
  end: number
}

/**
 * The runs of `text` (the text side `side` of `parts` was cut from) covering it whole:
 * unmarked text between and around the differing words is `same`. A differing run spans
 * from its first word's start to its last word's end, so the spaces inside it are marked
 * with it and those around it are not. `offset` is where `text` starts in the text the
 * words' offsets are into (a quote's start, for a diff in canonical offsets); words outside
 * `text` are left out.
 */
export function diffSegments(
  text: string,
  parts: readonly WordDiffPart[],
  side: 'a' | 'b',
  offset = 0,
): DiffSegment[] {
  const marked: { start: number; end: number; mark: SegmentMark }[] = []
  for (const part of parts) {
    let words: readonly DiffWord[] = []
    let mark: SegmentMark = 'same'
    if (part.kind === 'changed') {
      words = side === 'a' ? part.a : part.b
      mark = 'changed'
    } else if (part.kind === 'deleted' && side === 'a') {
      words = part.a
      mark = 'deleted'
    } else if (part.kind === 'inserted' && side === 'b') {
      words = part.b
      mark = 'inserted'
    }
    const first = words[0]
    const last = words[words.length - 1]
    if (!first || !last) continue
    const start = Math.max(0, first.start - offset)
    const end = Math.min(text.length, last.end - offset)
    if (end > start) marked.push({ start, end, mark })
  }
  const segments: DiffSegment[] = []
  let at = 0
  const push = (start: number, end: number, mark: SegmentMark) => {
    if (end > start) segments.push({ text: text.slice(start, end), mark, start, end })
  }
  for (const run of marked) {
    if (run.start < at) continue
    push(at, run.start, 'same')
    push(run.start, run.end, run.mark)
    at = run.end
  }
  push(at, text.length, 'same')
  return segments
}

/** How many words differ on each side: for "4 words changed" summaries and tests. */
export function diffCounts(parts: readonly WordDiffPart[]): {
  deleted: number
  inserted: number
  changed: number
} {
  let deleted = 0
  let inserted = 0
  let changed = 0
  for (const part of parts) {
    if (part.kind === 'deleted') deleted += part.a.length
    else if (part.kind === 'inserted') inserted += part.b.length
    else if (part.kind === 'changed') changed += Math.max(part.a.length, part.b.length)
  }
  return { deleted, inserted, changed }
}

/** A passage with a little of the text around it, for reading it in place. */
export interface PassageInContext {
  before: string
  passage: string
  after: string
}

/**
 * The passage [start, end) of `text` with up to `around` characters either side, cut at a
 * word boundary, "…" marking a cut; context stops at a blank line (another block) so it
 * stays within the passage's paragraphs.
 */
export function passageInContext(
  text: string,
  start: number,
  end: number,
  around = 160,
): PassageInContext {
  let from = Math.max(0, start - around)
  const blockBefore = text.lastIndexOf('\n\n', start)
  if (blockBefore >= from) from = blockBefore + 2
  let to = Math.min(text.length, end + around)
  const blockAfter = text.indexOf('\n\n', end)
  if (blockAfter >= 0 && blockAfter <= to) to = blockAfter
  let before = text.slice(from, start)
  let after = text.slice(end, to)
  if (from > 0 && blockBefore + 2 !== from) before = `…${before.replace(/^\S*\s*/, '')}`
  if (to < text.length && blockAfter !== to) after = `${after.replace(/\s*\S*$/, '')}…`
  return { before, passage: text.slice(start, end), after }
}
