/**
 * Marks the open document's shared passages (text that appears in another source) in a
 * highlight of its own, a quiet dashed underline styled in styles/reuse.css, under the
 * analyst's highlight colours and find's matches; and shows one on request (scrolled to the
 * middle and flashed, as a search hit opens).
 */
import type { TextSpan } from '@shared/reuse/types'
import { useCallback, useEffect, type RefObject } from 'react'
import { rangeMapperFor } from './lib/dom-offsets'
import { revealRange } from './lib/find-paint'
import { canPaintHighlights, flashInPlace } from './lib/highlight-paint'

/** The CSS highlight name of the painted shared passages. */
export const SHARED_PASSAGE_HIGHLIGHT = 'casefile-shared'

/**
 * Paints `spans` (the open document's side of its shared passages) in the body rendered in
 * `bodyRef` while they are shown; returns a function that reveals one of them.
 */
export function useSharedPassagePaint(
  bodyRef: RefObject<Element | null>,
  scrollerRef: RefObject<HTMLElement | null>,
  spans: readonly TextSpan[],
): (span: TextSpan) => void {
  useEffect(() => {
    const body = bodyRef.current
    if (!body || !canPaintHighlights() || spans.length === 0) return
    const mapper = rangeMapperFor(body)
    const ranges = spans
      .map((span) => mapper(span.start, span.end))
      .filter((range): range is Range => range !== null)
    const painted = new Highlight(...ranges)
    // With the analyst's highlights (0), below find's matches: an underline over their fill.
    painted.priority = 0
    CSS.highlights.set(SHARED_PASSAGE_HIGHLIGHT, painted)
    return () => {
      CSS.highlights.delete(SHARED_PASSAGE_HIGHLIGHT)
    }
  }, [spans, bodyRef])

  return useCallback(
    (span: TextSpan) => {
      const body = bodyRef.current
      const scroller = scrollerRef.current
      if (!body || !scroller) return
      const range = rangeMapperFor(body)(span.start, span.end)
      if (!range) return
      revealRange(range, scroller)
      flashInPlace(range)
    },
    [bodyRef, scrollerRef],
  )
}
