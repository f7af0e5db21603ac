/**
 * The visible window of time and the moves on it (fit, zoom about a point, pan), with the
 * zoom limits; pure so the gestures and keys share one set of rules.
 */

/** The stretch of time across the plot, [start, end) in epoch ms. */
export interface TimeView {
  start: number
  end: number
}

export const DAY_MS = 86_400_000
/** Closest zoom: about a day across. */
export const MIN_SPAN = DAY_MS
/** Widest zoom: about two centuries across. */
export const MAX_SPAN = Math.round(200 * 365.2425 * DAY_MS)

// Views hold whole milliseconds, so panning keeps the span exact and with it the layer's
// scale: a pan then redraws nothing that merely stayed in place.
const span = (view: TimeView) => view.end - view.start
const clampSpan = (value: number) => Math.min(MAX_SPAN, Math.max(MIN_SPAN, value))

/**
 * The view that shows [min, max] with a margin, a little wider on the right where labels
 * run. With nothing to show, the month around `fallback`.
 */
export function fitView(min: number, max: number, fallback: number): TimeView {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return { start: fallback - 15 * DAY_MS, end: fallback + 15 * DAY_MS }
  }
  const width = Math.round(clampSpan(Math.max(max - min, 2 * DAY_MS) / 0.78))
  const start = Math.round((min + max) / 2 - width * 0.45)
  return { start, end: start + width }
}

/**
 * Zooms by `factor` (above 1 zooms in) keeping the instant at `anchor` (0 = left edge,
 * 1 = right edge) where it is; the span stays within the limits.
 */
export function zoomView(view: TimeView, factor: number, anchor = 0.5): TimeView {
  const width = Math.round(clampSpan(span(view) / factor))
  const at = view.start + span(view) * anchor
  const start = Math.round(at - width * anchor)
  return { start, end: start + width }
}

/** The view `width` ms wide (within the limits) centred on `centre`. */
export function viewAround(centre: number, width: number): TimeView {
  const clamped = Math.round(clampSpan(width))
  const start = Math.round(centre - clamped / 2)
  return { start, end: start + clamped }
}

/** Moves the view later by `delta` ms (earlier when negative). */
export function panView(view: TimeView, delta: number): TimeView {
  const moved = Math.round(delta)
  return { start: view.start + moved, end: view.end + moved }
}

/**
 * Keeps some of [min, max] in reach: the view's centre stays within half a view of the
 * data, so a fling cannot lose the analyst in empty centuries.
 */
export function boundView(view: TimeView, min: number, max: number): TimeView {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return view
  const half = span(view) / 2
  const centre = view.start + half
  const bounded = Math.min(max + half, Math.max(min - half, centre))
  return bounded === centre ? view : panView(view, bounded - centre)
}

/**
 * A view that shows [start, end): `view` itself when some of it is already in sight
 * (clear of a thin margin at the edges), else the view panned to centre it, or its
 * start when it is wider than the view.
 */
export function revealView(view: TimeView, start: number, end: number): TimeView {
  const width = span(view)
  const margin = width * 0.03
  if (Math.max(end, start + 1) > view.start + margin && start < view.end - margin) return view
  const shown = Math.min(end, start + width * 0.8)
  return panView(view, (start + shown) / 2 - (view.start + width / 2))
}

/**
 * Views of panning between moves of the layer's origin. Layer coordinates count pixels
 * from an origin that stays put while the analyst pans, so drawing again after a pan
 * changes only the marks that came into or left the layer, not the position of every
 * one; at 16 views the coordinates stay small enough for exact drawing.
 */
export const TILE_VIEWS = 16

/** The instant at x = 0 of the layer drawn for `view`. */
export function layerOrigin(view: TimeView): number {
  const tile = span(view) * TILE_VIEWS
  return Math.floor(view.start / tile) * tile
}

/** How the rendered layer maps onto the plot: x_screen = scale × x_layer + offset. */
export interface LayerTransform {
  scale: number
  offset: number
}

/**
 * The transform that shows a layer drawn at `drawnPerPx` ms per pixel from `origin` as
 * the `live` view, so pans and zooms move pixels without drawing again.
 */
export function layerTransform(
  origin: number,
  drawnPerPx: number,
  live: TimeView,
  width: number,
): LayerTransform {
  const livePerPx = span(live) / width
  return { scale: drawnPerPx / livePerPx, offset: (origin - live.start) / livePerPx }
}
