/**
 * What the chart derives from its props once per change of data or zoom: lanes as
 * indices, the time index, rows per lane and where each lane sits vertically.
 */
import {
  buildTimeIndex,
  packRows,
  type RowLayout,
  type TimeIndex,
} from '@shared/timelines/lane-layout'
import type { ChartEvent, ChartLane } from './types'
import type { TimeView } from './view-math'

/** Vertical rhythm and mark sizes, in pixels; the CSS matches these. */
export const ROW_HEIGHT = 24
export const LANE_PAD = 6
/** The strip under a lane's rows that counts the events too close together to draw. */
export const STRIP_HEIGHT = 10
export const AXIS_HEIGHT = 26
export const MARKER_ROW_HEIGHT = 17
export const MARKER_ROWS = 2
/** Top of the first lane. */
export const LANES_TOP = AXIS_HEIGHT + MARKER_ROWS * MARKER_ROW_HEIGHT + 4
/** A point's symbol, and so the least room any mark takes in its row. */
export const POINT_SIZE = 12
export const GAP = 4
/** Rows per lane before events are counted in the strip instead of drawn. */
export const MAX_ROWS = 5
/** The drawn layer reaches this many plot widths beyond each side of the view. */
export const EXTRA_WIDTHS = 1

/** Events with a lane the chart was not given land here. */
const OTHER_LANE: ChartLane = { id: '\u0000other', label: 'Other' }

export interface ChartModel {
  events: readonly ChartEvent[]
  lanes: readonly ChartLane[]
  index: TimeIndex
  /** Item index of the event with this id, or -1. */
  indexOf: (id: string | null | undefined) => number
}

/** Indexes the events; O(n log n), memoise it on the props. */
export function chartModel(events: readonly ChartEvent[], lanes: readonly ChartLane[]): ChartModel {
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]))
  const strays = events.some((event) => !laneIndex.has(event.lane))
  const allLanes = strays ? [...lanes, OTHER_LANE] : lanes
  const other = allLanes.length - 1
  let byId: Map<string, number> | undefined
  return {
    events,
    lanes: allLanes,
    index: buildTimeIndex(events, allLanes.length, (event) => laneIndex.get(event.lane) ?? other),
    indexOf(id) {
      if (id == null) return -1
      // Built on the first look-up: most renders of a chart with nothing chosen need none.
      byId ??= new Map(events.map((event, i) => [event.id, i]))
      return byId.get(id) ?? -1
    },
  }
}

/** No event placed: the layout before the plot is measured. */
export function noRows(data: ChartModel): RowLayout {
  const lanes = data.lanes.length
  return {
    row: new Int16Array(data.events.length).fill(-1),
    rowsUsed: new Int32Array(lanes),
    overflow: new Int32Array(lanes),
  }
}

/** Rows per lane at a zoom of `perPx` ms per pixel. */
export function rowsAt(data: ChartModel, perPx: number): RowLayout {
  return packRows(data.index, {
    minSpan: POINT_SIZE * perPx,
    gap: GAP * perPx,
    maxRows: MAX_ROWS,
  })
}

export interface LaneGeometry {
  /** Top of each lane's band, from the top of the chart. */
  top: number[]
  height: number[]
  /** Rows drawn per lane. */
  rows: number[]
  /** Whether a lane has the strip of undrawn events. */
  strip: boolean[]
  /** Bottom of the last lane. */
  bottom: number
}

/**
 * Lane heights from the rows in use now and at the fitted zoom, whichever is more, so
 * zooming in from the overview does not make the lanes jump.
 */
export function laneGeometry(laneCount: number, fitted: RowLayout, now: RowLayout): LaneGeometry {
  const geometry: LaneGeometry = { top: [], height: [], rows: [], strip: [], bottom: LANES_TOP }
  for (let lane = 0; lane < laneCount; lane++) {
    const rows = Math.max(1, fitted.rowsUsed[lane] ?? 0, now.rowsUsed[lane] ?? 0)
    const strip = (fitted.overflow[lane] ?? 0) > 0 || (now.overflow[lane] ?? 0) > 0
    const height = 2 * LANE_PAD + rows * ROW_HEIGHT + (strip ? STRIP_HEIGHT : 0)
    geometry.top.push(geometry.bottom)
    geometry.height.push(height)
    geometry.rows.push(rows)
    geometry.strip.push(strip)
    geometry.bottom += height
  }
  return geometry
}

/** The earliest event still running at the view's start (else the first event), or -1. */
export function firstTouching({ index }: ChartModel, view: TimeView): number {
  for (const item of index.order) {
    if ((index.starts[item] as number) >= view.end) break
    if ((index.ends[item] as number) > view.start) return item
  }
  return index.order[0] ?? -1
}

/** The accessible name of an event's mark: "title, date, lane[, sources disagree]". */
export function eventName(event: ChartEvent, lane: ChartLane | undefined): string {
  const parts = [event.title, event.dateLabel, lane?.label ?? OTHER_LANE.label]
  if (event.conflict) parts.push('sources disagree')
  return parts.join(', ')
}
