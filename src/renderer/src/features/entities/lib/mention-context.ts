/**
 * The sentence around a mention, for listing mentions in context: cut at the sentence (or
 * paragraph) around it, and shortened at word boundaries when the sentence is long.
 */

/** A mention in its context: `before + mention + after` reads as the excerpt. */
export interface MentionContext {
  /** Text before the mention, with "…" first if cut. */
  before: string
  mention: string
  /** Text after the mention, with "…" last if cut. */
  after: string
}

const SENTENCE_END = /[.!?…]["”’)]?\s/g

/** Where the sentence holding `at` starts: after the last sentence end or paragraph break. */
function sentenceStart(text: string, at: number): number {
  const paragraph = text.lastIndexOf('\n', at - 1) + 1
  let start = paragraph
  SENTENCE_END.lastIndex = paragraph
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= at;) {
    start = m.index + m[0].length
    m = SENTENCE_END.exec(text)
  }
  return start
}

/** Where the sentence holding `at` ends: its end mark included, or the paragraph's end. */
function sentenceEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at)
  const paragraphEnd = newline === -1 ? text.length : newline
  SENTENCE_END.lastIndex = at
  const m = SENTENCE_END.exec(text)
  return m && m.index < paragraphEnd ? m.index + m[0].trimEnd().length : paragraphEnd
}

/**
 * The sentence holding [start, end) of `text`, with at most about `max` characters of it on
 * each side of the mention (cut at a space, marked "…"). Offsets out of range are clamped.
 */
export function mentionContext(
  text: string,
  start: number,
  end: number,
  max = 120,
): MentionContext {
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  let before = text.slice(sentenceStart(text, s), s)
  let after = text.slice(e, sentenceEnd(text, e))
  if (before.length > max) {
    const cut = before.slice(before.length - max)
    const space = cut.indexOf(' ')
    before = `…${space === -1 ? cut : cut.slice(space + 1)}`
  }
  if (after.length > max) {
    const cut = after.slice(0, max)
    const space = cut.lastIndexOf(' ')
    after = `${space <= 0 ? cut : cut.slice(0, space)}…`
  }
  return { before, mention: text.slice(s, e), after }
}
