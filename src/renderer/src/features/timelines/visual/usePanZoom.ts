/**
 * Mouse, trackpad and touch on the plot: the wheel zooms about the pointer (a pinch
 * arrives as Ctrl+wheel, a sideways swipe or Shift+wheel pans), a drag pans. Moves go
 * through the viewport's preview (a transform per frame) and commit when they end.
 */
import { useEffect, useEffectEvent, useRef, type PointerEvent, type RefObject } from 'react'
import type { Viewport } from './useViewport'
import { panView, zoomView, type TimeView } from './view-math'

/** Pixels a press must move before it is a drag rather than a click. */
const DRAG_THRESHOLD = 4
/** The wheel is done when quiet this long; then the view is drawn again. */
const SETTLE_MS = 140
/** Zoom per pixel of wheel delta; a pinch reports small deltas, so it gets more. */
const WHEEL_ZOOM = 0.002
const PINCH_ZOOM = 0.01

interface Drag {
  pointerId: number
  x: number
  from: TimeView
  moving: boolean
}

export interface PanZoomHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void
  onPointerMove: (event: PointerEvent<HTMLElement>) => void
  onPointerUp: (event: PointerEvent<HTMLElement>) => void
  onPointerCancel: (event: PointerEvent<HTMLElement>) => void
  /** Whether the press that just ended was a drag (its click must open nothing). */
  wasDrag: () => boolean
  /** A drag or wheel zoom is under way. */
  busy: () => boolean
  /**
   * A cover over the plot shown while dragging, for the grabbing cursor: setting the
   * cursor on the plot itself would restyle every mark under it (cursor is inherited).
   */
  grabRef: RefObject<HTMLDivElement | null>
}

export function usePanZoom(viewport: Viewport, onGesture: () => void): PanZoomHandlers {
  const drag = useRef<Drag | null>(null)
  const grabRef = useRef<HTMLDivElement>(null)
  const dragged = useRef(false)
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const onWheel = useEffectEvent((event: WheelEvent) => {
    const plot = viewport.plotRef.current
    if (!plot) return
    event.preventDefault()
    const rect = plot.getBoundingClientRect()
    const width = rect.width || viewport.plotWidth
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1
    const dx = event.deltaX * unit
    const dy = event.deltaY * unit
    const view = viewport.live()
    const span = view.end - view.start
    let next: TimeView
    if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      next = panView(view, ((Math.abs(dx) > Math.abs(dy) ? dx : dy) / width) * span)
    } else {
      const anchor = Math.min(1, Math.max(0, (event.clientX - rect.left) / width))
      next = zoomView(view, Math.exp(-dy * (event.ctrlKey ? PINCH_ZOOM : WHEEL_ZOOM)), anchor)
    }
    onGesture()
    viewport.preview(next)
    clearTimeout(settle.current)
    settle.current = setTimeout(() => {
      settle.current = undefined
      viewport.commit(viewport.live(), false)
    }, SETTLE_MS)
  })

  const { plot } = viewport
  useEffect(() => {
    if (!plot) return
    // React's onWheel is passive; a zoom must stop the page from scrolling.
    const listener = (event: WheelEvent) => onWheel(event)
    plot.addEventListener('wheel', listener, { passive: false })
    return () => {
      plot.removeEventListener('wheel', listener)
      clearTimeout(settle.current)
    }
  }, [plot])

  const end = (event: PointerEvent<HTMLElement>, completed: boolean) => {
    const current = drag.current
    if (!current || current.pointerId !== event.pointerId) return
    drag.current = null
    if (!current.moving) return
    grabRef.current?.classList.remove('is-on')
    dragged.current = completed
    viewport.commit(viewport.live(), false)
  }

  return {
    onPointerDown(event) {
      dragged.current = false
      if (event.button !== 0 || !event.isPrimary) return
      drag.current = {
        pointerId: event.pointerId,
        x: event.clientX,
        from: viewport.live(),
        moving: false,
      }
    },
    onPointerMove(event) {
      const current = drag.current
      if (!current || current.pointerId !== event.pointerId) return
      const dx = event.clientX - current.x
      if (!current.moving) {
        if (Math.abs(dx) < DRAG_THRESHOLD) return
        // Captured only once it is a drag, so a plain click still reaches the mark.
        current.moving = true
        try {
          event.currentTarget.setPointerCapture(event.pointerId)
        } catch {
          // The pointer is already gone (released between events): pan without capture.
        }
        grabRef.current?.classList.add('is-on')
        onGesture()
      }
      const span = current.from.end - current.from.start
      // The measured width, not clientWidth: reading layout here could force a style pass.
      const width = viewport.plotWidth
      viewport.preview(panView(current.from, (-dx / width) * span))
    },
    onPointerUp: (event) => end(event, true),
    onPointerCancel: (event) => end(event, false),
    wasDrag: () => dragged.current,
    busy: () => drag.current?.moving === true || settle.current !== undefined,
    grabRef,
  }
}
