/**
 * Paints the open document's highlights over its text (outside React, as ranges) and
 * keeps which one is active: the one shown from the side list or a link.
 */
import type { HighlightColorId } from '@shared/highlights/colors'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type MutableRefObject,
  type RefObject,
} from 'react'
import { clearHighlights, flashRange, paintHighlights } from './lib/highlight-paint'
import type { DocumentHighlights } from './useHighlightPlacements'

type Placed = DocumentHighlights['placed']

function toPaint(list: Placed) {
  return list.map(({ item, start, end }) => ({
    id: item.id,
    color: item.color as HighlightColorId,
    start,
    end,
  }))
}

/**
 * Repaints when the highlights or the active one change, writing each painted range to
 * `rangesRef` by highlight id. `editingId` (the highlight open in the editor) wins over the
 * active one. `focusHighlightId` is shown once, after the first answer from the database.
 * `show` is stable (refs and setters only), so the memoised side list can keep it.
 */
export function useHighlightPaint(
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
  rangesRef: MutableRefObject<Map<string, Range>>,
  highlights: DocumentHighlights,
  editingId: string | null,
  focusHighlightId: string | null,
): { activeId: string | null; show: (id: string) => void } {
  const [activeId, setActiveId] = useState<string | null>(null)

  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    rangesRef.current = paintHighlights(
      body,
      toPaint(highlights.placed),
      toPaint(highlights.uncertain),
      editingId ?? activeId,
    )
    body.closest('article')?.setAttribute('data-painted-highlights', String(rangesRef.current.size))
    performance.clearMarks('cf:highlights-painted')
    performance.mark('cf:highlights-painted')
    // The refs are stable: only what is painted decides a repaint.
  }, [bodyRef, rangesRef, highlights, activeId, editingId])

  useEffect(() => clearHighlights, [])

  const show = useCallback(
    (id: string) => {
      const range = rangesRef.current.get(id)
      setActiveId(id)
      if (range) flashRange(range, scrollerRef.current)
    },
    [rangesRef, scrollerRef],
  )

  const shownFor = useRef<string | null>(null)
  useEffect(() => {
    if (!focusHighlightId || shownFor.current === focusHighlightId || !highlights.loaded) return
    shownFor.current = focusHighlightId
    show(focusHighlightId)
  }, [focusHighlightId, highlights, show])

  return { activeId, show }
}
