/**
 * The chart's derived layout, memoised on what each step depends on: rows per lane
 * change with the zoom only (a pan keeps them), the scene with every committed view.
 */
import type { RowLayout } from '@shared/timelines/lane-layout'
import { useMemo } from 'react'
import { laneGeometry, noRows, rowsAt, type ChartModel, type LaneGeometry } from './chart-model'
import { buildScene, emptyScene, type Scene } from './chart-scene'
import { measureLabel } from './measure'
import type { ChartMarker } from './types'
import type { TimeView } from './view-math'

interface Frame {
  view: TimeView
  /** The view that fits all events: its rows set the lanes' least heights. */
  fitted: TimeView
  plotWidth: number
  /** False until the plot is measured; until then nothing costly is laid out. */
  measured: boolean
}

/** Rows per lane at the committed zoom, and the lanes' geometry. */
export function useRows(data: ChartModel, frame: Frame): { rows: RowLayout; lanes: LaneGeometry } {
  const { view, fitted, plotWidth, measured } = frame
  const perPx = (view.end - view.start) / plotWidth
  const fittedPerPx = (fitted.end - fitted.start) / plotWidth
  const fittedRows = useMemo(
    () => (measured ? rowsAt(data, fittedPerPx) : noRows(data)),
    [data, fittedPerPx, measured],
  )
  const rows = useMemo(
    () => (perPx === fittedPerPx ? fittedRows : rowsAt(data, perPx)),
    [data, perPx, fittedPerPx, fittedRows],
  )
  const lanes = useMemo(
    () => laneGeometry(data.lanes.length, fittedRows, rows),
    [data, fittedRows, rows],
  )
  return { rows, lanes }
}

/** The scene for the committed view, with the `forced` events drawn whatever their row. */
export function useScene(
  data: ChartModel,
  frame: Frame,
  layout: { rows: RowLayout; lanes: LaneGeometry },
  markers: readonly ChartMarker[],
  forcedA: number,
  forcedB: number,
): Scene {
  const { view, plotWidth, measured } = frame
  const { rows, lanes } = layout
  return useMemo(() => {
    if (!measured) return emptyScene(view)
    const forced = [forcedA, forcedB].filter((i) => i >= 0)
    return buildScene({
      data,
      rows,
      lanes,
      view,
      plotWidth,
      markers,
      forced,
      measure: measureLabel,
    })
  }, [measured, data, rows, lanes, view, plotWidth, markers, forcedA, forcedB])
}
