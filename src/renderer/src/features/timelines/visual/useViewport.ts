/**
 * The chart's window on time, in two layers: the committed view React renders, and the
 * live view a gesture moves every frame. A gesture only changes one CSS transform on
 * the drawn layer (no render); React draws again when the gesture ends or the live view
 * strays far enough from what was drawn, and then in a transition, so frames keep
 * coming while it works.
 */
import {
  startTransition,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react'
import { boundView, layerOrigin, layerTransform, type TimeView } from './view-math'

/** Width assumed until the plot is measured (and where layout is not computed, in tests). */
const DEFAULT_WIDTH = 800
/** Draw again once the live view is this far (in views) from the drawn one… */
const REDRAW_SHIFT = 0.5
/** …or zoomed beyond these factors of it. */
const REDRAW_ZOOM_IN = 1.5
const REDRAW_ZOOM_OUT = 0.7

interface ViewState {
  view: TimeView
  /** The analyst moved the view; new data then keeps it rather than fitting again. */
  byUser: boolean
  /** The data extent the view was fitted for. */
  fitKey: string
  /** Counts the views set for new data, which replace whatever a gesture was doing. */
  refits: number
}

export interface Viewport {
  /** The committed view: what the layer is drawn for. */
  view: TimeView
  /** The plot's width in pixels (a default until measured). */
  plotWidth: number
  /** The plot has been measured: until then, draw nothing costly (it would be redone). */
  measured: boolean
  plotRef: RefObject<HTMLDivElement | null>
  /** The plot element once mounted (state, so effects can depend on it). */
  plot: HTMLDivElement | null
  /** The plot's ref callback: fills `plotRef` and `plot`. */
  attachPlot: (node: HTMLDivElement | null) => void
  layerRef: RefObject<HTMLDivElement | null>
  /** The view as the analyst sees it now, gesture included. Call from handlers only. */
  live: () => TimeView
  /** Moves the view during a gesture: transform now, draw later. */
  preview: (next: TimeView) => void
  /** Commits a view: `now` for keys and buttons, else in a transition (gesture ends). */
  commit: (next: TimeView, now: boolean) => void
  /** Fits all the events again, and follows the data from then on. */
  fit: () => void
}

export function useViewport(fitted: TimeView, extent: { min: number; max: number }): Viewport {
  const fitKey = `${fitted.start}:${fitted.end}`
  const [state, setState] = useState<ViewState>({
    view: fitted,
    byUser: false,
    fitKey,
    refits: 0,
  })
  if (state.fitKey !== fitKey) {
    // New data: fit it, unless the analyst has chosen a view (then keep it within reach).
    const view = state.byUser ? boundView(state.view, extent.min, extent.max) : fitted
    setState({ view, byUser: state.byUser, fitKey, refits: state.refits + 1 })
  }
  const [measuredWidth, setPlotWidth] = useState(0)
  const plotWidth = measuredWidth || DEFAULT_WIDTH
  const plotRef = useRef<HTMLDivElement>(null)
  const [plot, setPlot] = useState<HTMLDivElement | null>(null)
  const attachPlot = useCallback((node: HTMLDivElement | null) => {
    plotRef.current = node
    setPlot(node)
    // Measured here, in the commit, so the first paint already has the right width. Where
    // nothing is laid out (tests), the default stands in.
    if (node) setPlotWidth(node.clientWidth || DEFAULT_WIDTH)
  }, [])
  const layerRef = useRef<HTMLDivElement>(null)
  const live = useRef(state.view)
  const drawn = useRef({ view: state.view, width: plotWidth })
  const requested = useRef(state.view)
  const refitsSeen = useRef(state.refits)
  const frame = useRef(0)
  const extentRef = useRef(extent)

  const applyTransform = () => {
    const layer = layerRef.current
    if (!layer) return
    const { view, width } = drawn.current
    const { scale, offset } = layerTransform(
      layerOrigin(view),
      (view.end - view.start) / width,
      live.current,
      width,
    )
    layer.style.transform = `matrix(${scale}, 0, 0, 1, ${offset}, 0)`
  }

  const commit = (next: TimeView, now: boolean) => {
    const view = boundView(next, extentRef.current.min, extentRef.current.max)
    live.current = view
    requested.current = view
    const update = () => setState((current) => ({ ...current, view, byUser: true }))
    if (now) update()
    else startTransition(update)
  }

  useLayoutEffect(() => {
    extentRef.current = extent
    // A view fitted to new data replaces the live one; a view this hook committed does not,
    // as a gesture may have moved on while it rendered.
    if (state.refits !== refitsSeen.current) {
      refitsSeen.current = state.refits
      live.current = state.view
      requested.current = state.view
    }
    drawn.current = { view: state.view, width: plotWidth }
    applyTransform()
  })

  useLayoutEffect(() => {
    if (!plot) return
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0
      if (width > 0) setPlotWidth(width)
    })
    observer.observe(plot)
    return () => observer.disconnect()
  }, [plot])

  useLayoutEffect(() => () => cancelAnimationFrame(frame.current), [])

  return {
    view: state.view,
    plotWidth,
    measured: measuredWidth > 0,
    plotRef,
    plot,
    attachPlot,
    layerRef,
    live: () => live.current,
    preview(next) {
      live.current = boundView(next, extentRef.current.min, extentRef.current.max)
      if (frame.current) return
      frame.current = requestAnimationFrame(() => {
        frame.current = 0
        applyTransform()
        const asked = requested.current
        const now = live.current
        const zoom = (asked.end - asked.start) / (now.end - now.start)
        const shift = Math.abs(now.start - asked.start) / (asked.end - asked.start)
        if (shift > REDRAW_SHIFT || zoom > REDRAW_ZOOM_IN || zoom < REDRAW_ZOOM_OUT) {
          commit(now, false)
        }
      })
    },
    commit,
    fit() {
      live.current = fitted
      requested.current = fitted
      setState((current) => ({ ...current, view: fitted, byUser: false }))
    },
  }
}
