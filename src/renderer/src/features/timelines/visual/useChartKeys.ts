/**
 * The keyboard and focus of the chart. One event is the chart's tab stop (roving
 * tabindex); ↑/↓ go to the previous or next event in date order, drawn or not, panning
 * to it; Enter or Space opens it; ←/→ pan, +/− zoom about the centre, Home or 0 fits all.
 * The focused event is always drawn, so panning or zooming never loses the focus.
 */
import {
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import type { ChartModel } from './chart-model'
import type { Viewport } from './useViewport'
import { panView, revealView, zoomView, type TimeView } from './view-math'

/** One key press of zoom, and of pan (Shift pans most of a view). */
export const ZOOM_STEP = 1.6
const PAN_STEP = 0.2
const PAN_PAGE = 0.8

export interface ChartKeys {
  /** The event that is the tab stop (and drawn whatever its row); -1 with no events. */
  activeIndex: number
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
  onFocus: (event: FocusEvent<HTMLElement>) => void
  onBlur: (event: FocusEvent<HTMLElement>) => void
  /** Opens the clicked event (a drag's click opens nothing). */
  onClick: (event: MouseEvent<HTMLElement>) => void
}

interface KeysInput {
  data: ChartModel
  viewport: Viewport
  selectedIndex: number
  /** The first event in the view: the tab stop until the analyst picks one. */
  firstInView: number
  onOpen: (eventId: string) => void
  /** A click that ended a drag opens nothing. */
  wasDrag: () => boolean
}

/** The item index on a mark element, or -1. */
export function markIndex(target: EventTarget | null): number {
  const mark = target instanceof Element ? target.closest('[data-i]') : null
  const value = mark?.getAttribute('data-i')
  return value == null ? -1 : Number(value)
}

export function useChartKeys(input: KeysInput): ChartKeys {
  const { data, viewport, selectedIndex, firstInView } = input
  const [activeId, setActiveId] = useState<string | null>(null)
  const focusWanted = useRef(false)
  const focusInside = useRef(false)
  const chosen = data.indexOf(activeId)
  const activeIndex = chosen >= 0 ? chosen : selectedIndex >= 0 ? selectedIndex : firstInView

  useLayoutEffect(() => {
    const plot = viewport.plotRef.current
    if (!plot || activeIndex < 0) return
    // Focus asked for by a key, or lost because React moved the focused mark: bring it back.
    const lost = focusInside.current && !plot.contains(document.activeElement)
    if (!focusWanted.current && !lost) return
    focusWanted.current = false
    plot.querySelector<SVGElement>(`[data-i="${activeIndex}"]`)?.focus({ preventScroll: true })
  })

  const reveal = (i: number) => {
    const view = viewport.live()
    const next = revealView(view, data.index.starts[i] as number, data.index.ends[i] as number)
    if (next !== view) viewport.commit(next, true)
  }

  const moveBy = (step: number, from: number) => {
    const { order, rank } = data.index
    if (order.length === 0) return
    const at = from >= 0 ? (rank[from] as number) + step : step > 0 ? 0 : order.length - 1
    const to = order[Math.min(order.length - 1, Math.max(0, at))] as number
    // At either end there is nowhere to go; asking for focus then would leave the request
    // standing, to take the focus back later from wherever the analyst has moved it.
    if (to === from) return
    setActiveId(data.events[to]?.id ?? null)
    focusWanted.current = true
    reveal(to)
  }

  const viewCommand = (key: string, shift: boolean): TimeView | 'fit' | null => {
    const view = viewport.live()
    const span = view.end - view.start
    if (key === '+' || key === '=') return zoomView(view, ZOOM_STEP)
    if (key === '-' || key === '_') return zoomView(view, 1 / ZOOM_STEP)
    if (key === 'ArrowLeft') return panView(view, -span * (shift ? PAN_PAGE : PAN_STEP))
    if (key === 'ArrowRight') return panView(view, span * (shift ? PAN_PAGE : PAN_STEP))
    if (key === 'Home' || key === '0') return 'fit'
    return null
  }

  return {
    activeIndex,
    onKeyDown(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const at = markIndex(event.target)
      const command = viewCommand(event.key, event.shiftKey)
      if (command === 'fit') viewport.fit()
      else if (command) viewport.commit(command, true)
      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        moveBy(event.key === 'ArrowDown' ? 1 : -1, at >= 0 ? at : activeIndex)
      } else if ((event.key === 'Enter' || event.key === ' ') && at >= 0) {
        const id = data.events[at]?.id
        if (id !== undefined) input.onOpen(id)
      } else return
      event.preventDefault()
    },
    onFocus(event) {
      const at = markIndex(event.target)
      if (at < 0) return
      focusInside.current = true
      const id = data.events[at]?.id ?? null
      if (id !== activeId) setActiveId(id)
      reveal(at)
    },
    onBlur(event) {
      const to = event.relatedTarget
      if (to instanceof Node) {
        if (!event.currentTarget.contains(to)) focusInside.current = false
        return
      }
      // Focus going nowhere: a mark React removed loses it so, and that focus must come
      // back; a mark still in the page lost it because the analyst went elsewhere.
      const mark = event.target
      setTimeout(() => {
        if (mark.isConnected) focusInside.current = false
      })
    },
    onClick(event) {
      if (input.wasDrag()) return
      const at = markIndex(event.target)
      const id = data.events[at]?.id
      if (id === undefined) return
      setActiveId(id)
      input.onOpen(id)
    },
  }
}
