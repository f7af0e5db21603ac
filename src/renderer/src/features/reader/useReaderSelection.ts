/**
 * The analyst's current text selection inside the document body, in canonical offsets,
 * with its on-screen rectangle. Nothing is reported while the mouse is still dragging,
 * so the toolbar appears when the selection is made, not during it.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react'
import { rangeToOffsets } from './lib/dom-offsets'

export interface ReaderSelection {
  start: number
  end: number
  /** Where the selection ends on screen (viewport coordinates), for placing the toolbar. */
  rect: DOMRect
}

export function useReaderSelection(
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
): {
  selection: ReaderSelection | null
  clear: () => void
  clearIfStill: (start: number, end: number) => void
  selectedNow: () => { start: number; end: number } | null
} {
  const [selection, setSelection] = useState<ReaderSelection | null>(null)

  useEffect(() => {
    let pointerDown = false
    let frame = 0
    const read = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const body = bodyRef.current
        const current = document.getSelection()
        if (pointerDown || !body || !current || current.isCollapsed || current.rangeCount === 0) {
          if (!pointerDown) setSelection(null)
          return
        }
        const range = current.getRangeAt(0)
        if (!body.contains(range.commonAncestorContainer) && !range.intersectsNode(body)) {
          setSelection(null)
          return
        }
        const offsets = rangeToOffsets(body, range)
        if (!offsets || offsets.end <= offsets.start) {
          setSelection(null)
          return
        }
        const rects = range.getClientRects()
        const rect = rects[rects.length - 1] ?? range.getBoundingClientRect()
        setSelection({ ...offsets, rect })
      })
    }
    const onDown = () => {
      pointerDown = true
    }
    const onUp = () => {
      pointerDown = false
      read()
    }
    const scroller = scrollerRef.current
    document.addEventListener('selectionchange', read)
    document.addEventListener('pointerdown', onDown)
    document.addEventListener('pointerup', onUp)
    scroller?.addEventListener('scroll', read, { passive: true })
    window.addEventListener('resize', read)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', read)
      document.removeEventListener('pointerdown', onDown)
      document.removeEventListener('pointerup', onUp)
      scroller?.removeEventListener('scroll', read)
      window.removeEventListener('resize', read)
    }
  }, [bodyRef, scrollerRef])

  // Only the DOM selection is cleared here; the selectionchange handler updates the state
  // on the next frame, so clearing never costs a render in the middle of a write.
  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges()
  }, [])
  /**
   * The selection as it is now, in canonical offsets; null if none is in the document.
   * The state above lags a frame behind (it is read on the next animation frame), so a
   * key pressed right after extending a selection must act on this.
   */
  const selectedNow = useCallback((): { start: number; end: number } | null => {
    const body = bodyRef.current
    const current = document.getSelection()
    if (!body || !current || current.isCollapsed || current.rangeCount === 0) return null
    const offsets = rangeToOffsets(body, current.getRangeAt(0))
    return offsets && offsets.end > offsets.start ? offsets : null
  }, [bodyRef])

  /**
   * Clears the selection only if it still covers [start, end): a write that finishes
   * later must not sweep away a selection the analyst has made meanwhile.
   */
  const clearIfStill = useCallback(
    (start: number, end: number) => {
      const now = selectedNow()
      if (now?.start === start && now.end === end) document.getSelection()?.removeAllRanges()
    },
    [selectedNow],
  )
  return { selection, clear, clearIfStill, selectedNow }
}
