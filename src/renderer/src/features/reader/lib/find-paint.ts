/**
 * Paints find-in-document matches with the CSS Custom Highlight API, in two highlights of
 * their own (every match, and the current one) ranked above the analyst's highlights, and
 * scrolls the current match into the middle of the reader.
 */
import type { FindMatch } from '@shared/search/find-in-text'
import { rangeMapperFor } from './dom-offsets'
import { canPaintHighlights } from './highlight-paint'

/** The highlight names styled in styles/find.css. */
export const FIND_HIGHLIGHTS = {
  all: 'casefile-find',
  current: 'casefile-find-current',
} as const

/**
 * The DOM ranges of `matches` in a rendered document body, in the same order (null for a
 * match that covers no block text, which a match in the canonical text never does).
 */
export function matchRanges(root: Element, matches: readonly FindMatch[]): (Range | null)[] {
  const mapper = rangeMapperFor(root)
  return matches.map(({ start, end }) => mapper(start, end))
}

/**
 * Paints `all` the matches, replacing what was painted before (once per search: up to
 * 10,000 ranges). Returns false, painting nothing, where the browser lacks the API.
 */
export function paintFindMatches(all: readonly (Range | null)[]): boolean {
  if (!canPaintHighlights()) return false
  const every = new Highlight(...all.filter((range): range is Range => range !== null))
  // Above the analyst's highlights (priority 0), the current match above the rest.
  every.priority = 1
  CSS.highlights.set(FIND_HIGHLIGHTS.all, every)
  return true
}

/** Paints the `current` match over the others (each step: one range, not them all). */
export function paintCurrentMatch(current: Range | null): boolean {
  if (!canPaintHighlights()) return false
  const now = current ? new Highlight(current) : new Highlight()
  now.priority = 2
  CSS.highlights.set(FIND_HIGHLIGHTS.current, now)
  return true
}

/** Removes the find painting (the bar closed, or the reader changed document). */
export function clearFindMatches(): void {
  if (!canPaintHighlights()) return
  CSS.highlights.delete(FIND_HIGHLIGHTS.all)
  CSS.highlights.delete(FIND_HIGHLIGHTS.current)
}

/** Room kept between a match and the reader's top or bottom edge before it counts as shown. */
const MARGIN = 48

/**
 * Scrolls `scroller` so that `range` sits in its middle, unless the range is already
 * well inside the visible part (then nothing moves, so stepping through matches on one
 * screen does not make the page jump). Instant, not smooth: a reader pressing Enter
 * repeatedly sees each match at once. Returns whether it scrolled.
 */
export function scrollRangeIntoView(range: Range, scroller: Element): boolean {
  const rect = range.getBoundingClientRect()
  const box = scroller.getBoundingClientRect()
  const room = Math.min(MARGIN, box.height / 4)
  if (rect.top >= box.top + room && rect.bottom <= box.bottom - room) return false
  const offset = rect.top - box.top - (box.height - rect.height) / 2
  scroller.scrollTop = Math.max(0, scroller.scrollTop + offset)
  return true
}

/**
 * Brings `range` to the middle of `scroller` and keeps it there while the layout settles:
 * blocks below the fold have only an estimated height (`content-visibility: auto`) until
 * they are rendered, so the first scroll can land short. Returns a cancel.
 */
export function revealRange(range: Range, scroller: Element): () => void {
  if (!scrollRangeIntoView(range, scroller)) return () => {}
  let frame = 0
  let tries = 0
  const settle = () => {
    tries++
    const moved = scrollRangeIntoView(range, scroller)
    // Again while it still moves, and once after it stops (layout can lag a frame).
    if ((moved || tries < 2) && tries < 8) frame = requestAnimationFrame(settle)
  }
  frame = requestAnimationFrame(settle)
  return () => cancelAnimationFrame(frame)
}
