/**
 * Turns an analyst's selection on a document's canonical text into the selectors a
 * highlight stores, refusing selections that could never be placed again.
 */
import { CONTEXT_LENGTH, type Selectors } from './selectors'

/** A half-open range [start, end) of UTF-16 code units in a canonical text. */
export interface TextRange {
  start: number
  end: number
}

/** The outcome of {@link captureSelection}: selectors to store, or why there are none. */
export type CapturedSelection =
  { ok: true; start: number; end: number; selectors: Selectors } | { ok: false; problem: string }

const OUTSIDE = 'That selection is outside the document text. Select the passage again.'
const EMPTY = 'Select some text first.'
const BLANK = 'Select some text, not just spaces.'

const WHITESPACE = /\s/

function isValidRange(text: string, start: number, end: number): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= text.length
  )
}

/**
 * Says in plain words why [start, end) of `text` cannot be highlighted, or returns null
 * when it can. Refused: offsets that are not integers, negative, reversed or past the end
 * of the text; an empty range; a range of nothing but whitespace (a highlight on a blank
 * has no quote to find again). Leading or trailing whitespace around real text is not a
 * problem: {@link trimSelection} removes it.
 */
export function selectionProblem(text: string, start: number, end: number): string | null {
  if (!isValidRange(text, start, end)) return OUTSIDE
  if (start === end) return EMPTY
  for (let i = start; i < end; i++) {
    if (!WHITESPACE.test(text.charAt(i))) return null
  }
  return BLANK
}

/**
 * Moves `start` forward and `end` backward past whitespace (spaces, the blank line
 * between blocks, any Unicode space), because drag selections often overshoot a word or
 * run into the next paragraph. Offsets outside the text are first clamped to it and a
 * reversed range is put in order. A range of only whitespace collapses to an empty range
 * at its end; check {@link selectionProblem} first to tell the analyst why.
 */
export function trimSelection(text: string, start: number, end: number): TextRange {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n) || 0))
  let from = Math.min(clamp(start), clamp(end))
  let to = Math.max(clamp(start), clamp(end))
  while (from < to && WHITESPACE.test(text.charAt(from))) from++
  while (to > from && WHITESPACE.test(text.charAt(to - 1))) to--
  return { start: from, end: to }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Describes [start, end) of `text` as selectors: the exact quote, up to
 * {@link CONTEXT_LENGTH} code units of context on each side (fewer at the ends of the
 * text), and the position. Context never starts or ends on half of a surrogate pair, so
 * it may be one code unit shorter next to an emoji. Throws a `RangeError` for a range
 * {@link selectionProblem} would call outside the text; an empty or blank range is
 * described faithfully, so refuse those before calling.
 */
export function describeSelection(text: string, start: number, end: number): Selectors {
  if (!isValidRange(text, start, end)) {
    throw new RangeError(`Selection [${start}, ${end}) is outside a text of ${text.length}`)
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  }
}

/**
 * The whole capture step in one call: refuses what {@link selectionProblem} refuses,
 * trims surrounding whitespace with {@link trimSelection}, and describes what is left.
 * The returned `start`/`end` are the trimmed range, which is what the reader should paint.
 */
export function captureSelection(text: string, start: number, end: number): CapturedSelection {
  const problem = selectionProblem(text, start, end)
  if (problem !== null) return { ok: false, problem }
  const trimmed = trimSelection(text, start, end)
  return {
    ok: true,
    start: trimmed.start,
    end: trimmed.end,
    selectors: describeSelection(text, trimmed.start, trimmed.end),
  }
}
