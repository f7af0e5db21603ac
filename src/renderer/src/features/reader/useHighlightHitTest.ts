/**
 * Which highlight a click in the document meant: the caret under the pointer, as a
 * canonical offset, looked up in an interval index of the placed highlights.
 */
import { createIntervalIndex } from '@shared/anchoring'
import { useMemo, type MouseEvent, type RefObject } from 'react'
import { offsetOfBoundary } from './lib/dom-offsets'
import type { DocumentHighlights } from './useHighlightPlacements'

/**
 * Returns the document's click handler: a click (not the end of a text selection) on a
 * highlight calls `onHit` with the innermost highlight there and a small rectangle at
 * the pointer. Clicks elsewhere, or where the browser cannot tell the caret, do nothing.
 */
export function useHighlightHitTest(
  bodyRef: RefObject<HTMLElement | null>,
  placed: DocumentHighlights['placed'],
  onHit: (id: string, anchor: DOMRect) => void,
): (event: MouseEvent) => void {
  const index = useMemo(
    () => createIntervalIndex(placed.map(({ item, start, end }) => ({ id: item.id, start, end }))),
    [placed],
  )

  return (event: MouseEvent) => {
    if (!document.getSelection()?.isCollapsed) return
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY)
    const body = bodyRef.current
    if (!caret || !body) return
    const offset = offsetOfBoundary(body, caret.offsetNode, caret.offset)
    if (offset === null) return
    const hits = index.at(offset)
    // The innermost (shortest) highlight under the pointer is the one meant.
    const hit = hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0]
    if (hit) onHit(hit.id, new DOMRect(event.clientX, event.clientY, 0, 16))
  }
}
