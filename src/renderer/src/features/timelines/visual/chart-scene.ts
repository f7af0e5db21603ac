/**
 * The scene for one rendered window: which events get a mark (culled to the layer and
 * packed into rows), where, which get a label, the counts of events too close together
 * to draw, the axis ticks and the markers. Pure, so a render only maps it to elements.
 */
import { LABEL_NONE, itemsInWindow, type RowLayout } from '@shared/timelines/lane-layout'
import { axisTicks, type AxisTick } from './axis'
import {
  EXTRA_WIDTHS,
  LANE_PAD,
  POINT_SIZE,
  ROW_HEIGHT,
  type ChartModel,
  type LaneGeometry,
} from './chart-model'
import { labelMarks, placeMarkers } from './scene-labels'
import type { ChartEvent, ChartMarker } from './types'
import { TILE_VIEWS, layerOrigin, type TimeView } from './view-math'

/** A diamond (known to a day), a short bar (a month or year), a bar (a stated range). */
export type MarkKind = 'point' | 'span' | 'range'

export interface SceneMark {
  /** Item index into the events. */
  i: number
  kind: MarkKind
  x: number
  w: number
  /** Vertical centre. */
  y: number
  /** Row within its lane. */
  row: number
  /** LABEL_NONE, LABEL_AFTER or LABEL_INSIDE. */
  label: number
  /** Where the label starts. */
  labelX: number
  /** Drawn although its row was full (it has the focus or is selected). */
  stacked: boolean
}

/** A bin's key: stable while the view pans, so its element is left alone. */
export const binKey = (bin: SceneBin) => `${bin.lane}:${bin.x}`

/** The bin with this key, or undefined. */
export const findBin = (scene: Scene, key: string | null) =>
  key === null ? undefined : scene.bins.find((bin) => binKey(bin) === key)

/** Events too close together to draw, counted in a few pixels of a lane's strip. */
export interface SceneBin {
  lane: number
  x: number
  count: number
  from: number
  to: number
}

export interface SceneMarker {
  marker: ChartMarker
  x: number
  /** Which row of marker labels holds its label; -1 when there was no room. */
  labelRow: number
  /** The label goes on the left of the line (on the right, it would be cut). */
  before: boolean
}

/** An axis tick at its x in the layer. */
export interface SceneTick extends AxisTick {
  x: number
}

export interface Scene {
  /** The view the scene was drawn for. */
  view: TimeView
  /**
   * The layer's box in its own pixels, x = 0 at the layer origin: fixed while the view
   * pans within a tile, so a pan does not resize it.
   */
  left: number
  width: number
  marks: SceneMark[]
  bins: SceneBin[]
  markers: SceneMarker[]
  ticks: SceneTick[]
  /** Events touching the view, and how many of them are only counted, not drawn. */
  inView: number
  hiddenInView: number
}

export interface SceneInput {
  data: ChartModel
  rows: RowLayout
  lanes: LaneGeometry
  view: TimeView
  /** The plot's width in pixels. */
  plotWidth: number
  markers: readonly ChartMarker[]
  /** Events drawn whatever their row: the focused and the selected one. */
  forced: readonly number[]
  /** A label's width in pixels. */
  measure: (text: string) => number
}

export const BIN_WIDTH = 8
const MIN_BAR = 6
/**
 * A stated range is a bar; a month or year a short bar across it; a day a diamond, or,
 * when only approximate and wide enough on screen, a fuzzy bar across the days it may be.
 */
function markKind(event: ChartEvent, width: number): MarkKind {
  if (event.isRange) return 'range'
  if (event.precision !== 'day') return 'span'
  return event.approximate && width >= 1.5 * POINT_SIZE ? 'span' : 'point'
}

/** A scene with nothing in it, for the render before the plot is measured. */
export function emptyScene(view: TimeView): Scene {
  return {
    view,
    left: 0,
    width: 0,
    marks: [],
    bins: [],
    markers: [],
    ticks: [],
    inView: 0,
    hiddenInView: 0,
  }
}

export function buildScene(input: SceneInput): Scene {
  const { data, rows, lanes, view, plotWidth } = input
  const { events, index } = data
  const span = view.end - view.start
  const perPx = span / plotWidth
  const layerStart = view.start - EXTRA_WIDTHS * span
  const layerEnd = view.end + EXTRA_WIDTHS * span
  const origin = layerOrigin(view)
  const toX = (t: number) => (t - origin) / perPx
  const layer = { from: toX(layerStart), to: toX(layerEnd) }
  const seen = { from: toX(view.start), to: toX(view.end) }

  const mark = (i: number, event: ChartEvent): SceneMark => {
    const x0 = toX(index.starts[i] as number)
    const x1 = toX(index.ends[i] as number)
    const lane = index.lanes[i] as number
    const row = rows.row[i] as number
    const kind = markKind(event, x1 - x0)
    const drawnRow = row === -1 ? Math.max(0, (lanes.rows[lane] ?? 1) - 1) : row
    const y = (lanes.top[lane] ?? 0) + LANE_PAD + drawnRow * ROW_HEIGHT + ROW_HEIGHT / 2
    const centre = (x0 + x1) / 2
    const narrow = kind === 'point' || x1 - x0 < MIN_BAR
    let w = kind === 'point' ? POINT_SIZE : Math.max(MIN_BAR, x1 - x0)
    // An off-layer mark (the focus, far away) is pinned just outside the layer.
    const x = Math.min(
      layer.to + POINT_SIZE,
      Math.max(layer.from - w - POINT_SIZE, narrow ? centre - w / 2 : x0),
    )
    w = Math.min(w, layer.to + 2 * POINT_SIZE - x)
    const stacked = row === -1
    return { i, kind, x, w, y, row: drawnRow, label: LABEL_NONE, labelX: 0, stacked }
  }

  const forced = new Set(input.forced.filter((i) => i >= 0 && i < events.length))
  const marks: SceneMark[] = []
  const bins = new Map<number, SceneBin>()
  let inView = 0
  let hiddenInView = 0
  for (const i of itemsInWindow(index, layerStart, layerEnd)) {
    const event = events[i] as ChartEvent
    const start = index.starts[i] as number
    const end = index.ends[i] as number
    const hidden = rows.row[i] === -1
    if (start < view.end && (end > view.start || start >= view.start)) {
      inView++
      if (hidden) hiddenInView++
    }
    // Seen here, a forced event needs no second mark below.
    const wanted = forced.delete(i)
    if (!hidden || wanted) {
      marks.push(mark(i, event))
      continue
    }
    const lane = index.lanes[i] as number
    const bin = Math.floor((toX(start) + toX(end)) / 2 / BIN_WIDTH)
    const key = lane * 1e7 + bin
    const entry = bins.get(key)
    if (entry) {
      entry.count++
      entry.from = Math.min(entry.from, start)
      entry.to = Math.max(entry.to, end)
    } else bins.set(key, { lane, x: bin * BIN_WIDTH, count: 1, from: start, to: end })
  }
  // Forced events outside the layer are drawn all the same, in date order with the rest.
  if (forced.size > 0) {
    for (const i of forced) marks.push(mark(i, events[i] as ChartEvent))
    marks.sort((a, b) => (index.rank[a.i] as number) - (index.rank[b.i] as number))
  }

  labelMarks(marks, data, { from: layer.from, seen }, input.measure)
  const ticks = axisTicks({ start: layerStart, end: layerEnd }, layer.to - layer.from)
  return {
    view,
    left: -EXTRA_WIDTHS * plotWidth,
    width: (TILE_VIEWS + 1 + 2 * EXTRA_WIDTHS) * plotWidth,
    marks,
    bins: [...bins.values()],
    markers: placeMarkers(input.markers, toX, layer, seen.to, input.measure),
    ticks: ticks.map((tick) => ({ ...tick, x: Math.round(toX(tick.at) * 10) / 10 })),
    inView,
    hiddenInView,
  }
}
