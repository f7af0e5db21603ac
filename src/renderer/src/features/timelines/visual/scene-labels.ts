/**
 * Words on the scene: which marks get a label and where (inside a bar, after or before
 * the mark, or only in the tooltip), and where the markers' labels go.
 */
import { LABEL_BEFORE, LABEL_INSIDE, LABEL_NONE, placeLabels } from '@shared/timelines/lane-layout'
import { GAP, MARKER_ROWS, MAX_ROWS, POINT_SIZE, type ChartModel } from './chart-model'
import type { SceneMark, SceneMarker } from './chart-scene'
import type { ChartMarker } from './types'

const LABEL_PAD = 5
/** Labels longer than this are cut; the full title is in the tooltip and the name. */
const LABEL_CHARS = 48
const MARKER_LABEL_ROOM = 10

/** A mark's label text: the title (cut when long), then the honest date. */
export function labelParts(title: string, dateLabel: string): [string, string] {
  const cut = title.length > LABEL_CHARS ? `${title.slice(0, LABEL_CHARS - 1).trimEnd()}…` : title
  return [cut, dateLabel]
}

/** Pixel spans of the layer: where labels may go, and what is in sight. */
interface Room {
  /** The layer's left edge. */
  from: number
  /** The visible part of the layer. */
  seen: { from: number; to: number }
}

/**
 * Sets `label` and `labelX` on the marks (in place: they are the scene's own, fresh),
 * measuring label text with `measure`.
 */
export function labelMarks(
  marks: SceneMark[],
  data: ChartModel,
  room: Room,
  measure: (text: string) => number,
): void {
  const { seen } = room
  const candidates = marks.filter((mark) => !mark.stacked)
  const widths = candidates.map((mark) => {
    const event = data.events[mark.i]
    return event ? measure(labelParts(event.title, event.dateLabel).join('  ')) + GAP : 0
  })
  const badge = (mark: SceneMark) => (data.events[mark.i]?.conflict ? POINT_SIZE : 0)
  // A bar running in from the left counts from the visible edge: its label goes in the part
  // in sight, or after it, never at a start out of sight.
  const start = (mark: SceneMark) =>
    mark.x < seen.from && seen.from < mark.x + mark.w ? seen.from : mark.x
  const placement = placeLabels(
    candidates.map((mark, k) => ({
      slot: (data.index.lanes[mark.i] as number) * MAX_ROWS + mark.row,
      x0: start(mark),
      // A conflict's badge sits at the end of its mark; the label goes after it.
      x1: mark.x + mark.w + badge(mark),
      width: widths[k] ?? 0,
    })),
    { pad: LABEL_PAD, from: room.from, to: Infinity, edge: seen.to },
  )
  candidates.forEach((mark, k) => {
    mark.label = placement[k] ?? LABEL_NONE
    if (mark.label === LABEL_BEFORE) {
      mark.labelX = start(mark) - LABEL_PAD - (widths[k] ?? 0)
      return
    }
    mark.labelX =
      mark.label === LABEL_INSIDE
        ? start(mark) + LABEL_PAD
        : mark.x + mark.w + badge(mark) + LABEL_PAD
  })
}

/** Marker labels in rows under the axis; today's first, then left to right. */
export function placeMarkers(
  markers: readonly ChartMarker[],
  toX: (t: number) => number,
  layer: { from: number; to: number },
  edge: number,
  measure: (text: string) => number,
): SceneMarker[] {
  const taken: [number, number][][] = Array.from({ length: MARKER_ROWS }, () => [])
  const free = (row: [number, number][], from: number, to: number) =>
    row.every(([a, b]) => to <= a || from >= b)
  // Today's label is placed first, so a crowd of publication dates never hides it.
  return markers
    .map((marker): SceneMarker => ({ marker, x: toX(marker.at), labelRow: -1, before: false }))
    .filter((placed) => placed.x >= layer.from && placed.x <= layer.to)
    .sort(
      (a, b) => Number(b.marker.kind === 'today') - Number(a.marker.kind === 'today') || a.x - b.x,
    )
    .map((placed) => {
      const room = measure(placed.marker.label) + MARKER_LABEL_ROOM
      // A label the visible edge would cut goes on the left of its line.
      const before = placed.x <= edge && placed.x + room > edge
      const from = before ? placed.x - room : placed.x
      const row = taken.findIndex((intervals) => free(intervals, from, from + room))
      if (row === -1) return placed
      taken[row]?.push([from, from + room])
      return { ...placed, labelRow: row, before }
    })
}
