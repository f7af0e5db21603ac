/**
 * The sentence around a passage of canonical text: where a date for the passage is
 * looked for when the passage itself has none, and the default title of an event.
 */

const BLOCK_BREAK = '\n\n'

/** [start, end) of the sentence(s) containing [from, to); never crosses a block break. */
export function sentenceAround(
  text: string,
  from: number,
  to: number,
): { start: number; end: number } {
  const blockStart = text.lastIndexOf(BLOCK_BREAK, Math.max(0, from - 1))
  const blockEndAt = text.indexOf(BLOCK_BREAK, to)
  const lower = blockStart < 0 ? 0 : blockStart + BLOCK_BREAK.length
  const upper = blockEndAt < 0 ? text.length : blockEndAt
  let start = from
  // A full stop followed by a space ends a sentence; "Jan. 16" or "U.S." are rare enough
  // in the corpus that a slightly short sentence is an acceptable default.
  while (start > lower && !/[.!?]\s/.test(text.slice(start - 2, start))) start--
  let end = to
  if (!/[.!?]/.test(text.charAt(end - 1))) {
    while (end < upper && !/[.!?]/.test(text.charAt(end))) end++
    if (end < upper) end++
  }
  return { start, end: Math.min(end, upper) }
}

/** A title from a sentence: the sentence without its final stop, cut at a word near `max`. */
export function titleFromSentence(sentence: string, max = 90): string {
  const clean = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]$/, '')
  if (clean.length <= max) return clean
  const cut = clean.lastIndexOf(' ', max)
  return `${clean.slice(0, cut > max / 2 ? cut : max)}…`
}
