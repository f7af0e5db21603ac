/**
 * Opens the document at a passage a link points to (a search hit, an entity's mention):
 * scrolled to the middle, flashed, and the reader focused so the keyboard reads on from
 * there. Each new span is shown once, when the text is in the DOM.
 */
import { useEffect, useRef, type RefObject } from 'react'
import type { TextSpan } from '../../nav/routes'
import { rangeMapperFor } from './lib/dom-offsets'
import { revealRange } from './lib/find-paint'
import { flashInPlace } from './lib/highlight-paint'

export function useOpenAt(
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
  at: TextSpan | undefined,
): void {
  const shown = useRef<string | null>(null)
  const key = at ? `${at.start}-${at.end}` : null
  useEffect(() => {
    const body = bodyRef.current
    const scroller = scrollerRef.current
    if (!at || !key || !body || !scroller || shown.current === key) return
    shown.current = key
    const range = rangeMapperFor(body)(at.start, at.end)
    if (!range) return
    scroller.focus({ preventScroll: true })
    const cancel = revealRange(range, scroller)
    flashInPlace(range)
    return cancel
    // `at` is read through its key: a new object for the same span shows nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, bodyRef, scrollerRef])
}
