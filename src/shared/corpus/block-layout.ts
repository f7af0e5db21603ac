/** How blocks are laid out for reading: list items grouped, inline marks as segments. */
import type { Block, InlineMark } from './document-model'

/** A run of consecutive list items, or a single other block, with block indexes. */
export type BlockGroup =
  | { kind: 'list'; items: { block: Block; index: number }[] }
  | { kind: 'single'; block: Block; index: number }

/** Groups consecutive list items so they render as one list; other blocks stand alone. */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = []
  blocks.forEach((block, index) => {
    const last = groups[groups.length - 1]
    if (block.kind !== 'listItem') groups.push({ kind: 'single', block, index })
    else if (last?.kind === 'list') last.items.push({ block, index })
    else groups.push({ kind: 'list', items: [{ block, index }] })
  })
  return groups
}

/** A piece of a block's text with the marks that cover all of it. */
export interface InlineSegment {
  text: string
  strong: boolean
  emphasis: boolean
}

/**
 * Splits text at every mark boundary. The segments' texts concatenate back to exactly
 * `text`, so the DOM text of a rendered block equals its canonical text.
 */
export function inlineSegments(text: string, marks: readonly InlineMark[]): InlineSegment[] {
  const cuts = new Set([0, text.length])
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)))
    cuts.add(Math.max(0, Math.min(text.length, mark.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: InlineSegment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0
    const end = points[i + 1] ?? 0
    if (end <= start) continue
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end)
    segments.push({
      text: text.slice(start, end),
      strong: covering.some((mark) => mark.kind === 'strong'),
      emphasis: covering.some((mark) => mark.kind === 'emphasis'),
    })
  }
  return segments
}
