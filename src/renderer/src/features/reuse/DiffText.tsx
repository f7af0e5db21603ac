/**
 * One side of a word diff, as written, with the words that differ marked in the markup
 * itself (<del>, <ins>) and said in words to assistive technology, so the difference is
 * never carried by colour alone.
 */
import { diffSegments, type SegmentMark } from '@shared/reuse/diff-segments'
import type { WordDiffPart } from '@shared/reuse/word-diff'

interface DiffTextProps {
  /** The text of this side (a passage, a quote). */
  text: string
  parts: readonly WordDiffPart[]
  /** `a`: the first (earlier) text, which shows deletions; `b`: the second, which shows insertions. */
  side: 'a' | 'b'
  /** Where `text` starts in the offsets of `parts` (a quote's start in its document). */
  offset?: number
}

/** What a screen reader hears before a marked run, since <del> and <ins> are rarely announced. */
const SPOKEN: Record<Exclude<SegmentMark, 'same'>, string> = {
  deleted: 'not in the other: ',
  inserted: 'added: ',
  changed: 'changed: ',
}

/** The text with its differing runs marked: struck through, underlined, or boxed when changed. */
export function DiffText({ text, parts, side, offset = 0 }: DiffTextProps) {
  return (
    <>
      {diffSegments(text, parts, side, offset).map((segment) => {
        if (segment.mark === 'same') return <span key={segment.start}>{segment.text}</span>
        const Mark = side === 'a' ? 'del' : 'ins'
        return (
          <Mark key={segment.start} className={`diff-${segment.mark}`}>
            <span className="visually-hidden">{SPOKEN[segment.mark]}</span>
            {segment.text}
          </Mark>
        )
      })}
    </>
  )
}
