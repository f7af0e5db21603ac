/**
 * Which marked span a click in the document meant: the caret under the pointer, as a
 * canonical offset, looked up in an interval index of the spans. The analyst's highlights
 * and the shared passages are painted with the CSS Custom Highlight API, which the browser
 * does not hit-test, so the reader asks here.
 */
import { createIntervalIndex } from '@shared/anchoring'
import { useMemo, type MouseEvent, type RefObject } from 'react'
import { offsetOfBoundary } from './lib/dom-offsets'

/** A marked stretch of the document's canonical text. */
export interface HitSpan {
  id: string
  start: number
  end: number
}

/**
 * Returns a click handler for the document: a click (not the end of a text selection) on
 * one of `spans` calls `onHit` with the innermost span there and a small rectangle at the
 * pointer, and returns true. Clicks elsewhere, or where the browser cannot tell the caret,
 * do nothing and return false, so another hit test may have the click.
 */
export function useSpanHitTest(
  bodyRef: RefObject<HTMLElement | null>,
  spans: readonly HitSpan[],
  onHit: (id: string, anchor: DOMRect) => void,
): (event: MouseEvent) => boolean {
  const index = useMemo(() => createIntervalIndex([...spans]), [spans])

  return (event: MouseEvent) => {
    if (!document.getSelection()?.isCollapsed) return false
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY)
    const body = bodyRef.current
    if (!caret || !body) return false
    const offset = offsetOfBoundary(body, caret.offsetNode, caret.offset)
    if (offset === null) return false
    const hits = index.at(offset)
    // The innermost (shortest) span under the pointer is the one meant.
    const hit = hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0]
    if (!hit) return false
    onHit(hit.id, new DOMRect(event.clientX, event.clientY, 0, 16))
    return true
  }
}
