/** What the tooltip says about the mark or bin under the pointer or with the focus. */
import { describeView } from './axis'
import type { ChartModel } from './chart-model'
import { findBin, type Scene } from './chart-scene'
import type { Tip } from './ChartTooltip'

/** Half the widest tip: keeps a tip for a mark at the edge from leaving the chart. */
const HALF_TIP = 160

/** Where the tip points: the visible middle of the element's top, relative to `frame`. */
function anchor(element: Element, plot: HTMLElement, frame: HTMLElement) {
  const box = element.getBoundingClientRect()
  const clip = plot.getBoundingClientRect()
  const origin = frame.getBoundingClientRect()
  const middle = (Math.max(box.left, clip.left) + Math.min(box.right, clip.right)) / 2
  const x = middle - origin.left
  return {
    x: Math.min(Math.max(x, HALF_TIP), Math.max(HALF_TIP, origin.width - HALF_TIP)),
    y: Math.max(box.top, clip.top) - origin.top,
    bottom: Math.min(box.bottom, clip.bottom) - origin.top,
  }
}

/**
 * The tip for an event's mark, a bin of undrawn events or a marker; null for anything
 * else. Positions are relative to `frame`, the element the tip is drawn in.
 */
export function tipFor(
  element: Element | null,
  plot: HTMLElement | null,
  frame: HTMLElement | null,
  data: ChartModel,
  scene: Scene,
): Tip | null {
  const target = element?.closest('[data-i],[data-bin],[data-marker]')
  if (!target || !plot || !frame) return null
  const at = anchor(target, plot, frame)
  const markerAttr = target.getAttribute('data-marker')
  if (markerAttr !== null) {
    const placed = scene.markers[Number(markerAttr)]
    if (!placed) return null
    const { marker } = placed
    const day = describeView({ start: marker.at, end: marker.at + 1 })
    return { ...at, title: marker.label, lines: [day], conflict: false, hint: '' }
  }
  const binAttr = target.getAttribute('data-bin')
  if (binAttr !== null) {
    const bin = findBin(scene, binAttr)
    if (!bin) return null
    return {
      ...at,
      title: `${bin.count} more ${bin.count === 1 ? 'event' : 'events'} here`,
      lines: [describeView({ start: bin.from, end: Math.max(bin.to, bin.from + 1) })],
      conflict: false,
      hint: 'Too close together to draw. Click to zoom in.',
    }
  }
  const i = Number(target.getAttribute('data-i'))
  const event = data.events[i]
  if (!event) return null
  const lane = data.lanes[data.index.lanes[i] as number]
  return {
    ...at,
    title: event.title,
    lines: [event.dateLabel, lane ? `Lane: ${lane.label}` : ''].filter(Boolean),
    conflict: event.conflict,
    hint: 'Click or press Enter to open',
  }
}
