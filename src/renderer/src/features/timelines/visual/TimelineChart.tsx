/**
 * The visual timeline: events in lanes along a zoomable, pannable time axis. Marks are
 * culled to the drawn layer and packed into rows, so 10,000 events draw a DOM of at most
 * a couple of thousand nodes; gestures move the layer with a transform and React draws
 * again only when they end (useViewport). Every event is reachable by keyboard in date
 * order (useChartKeys) and named "title, date, lane".
 */
import '../../../styles/timeline-chart.css'
import { useId, useMemo, useRef, useState } from 'react'
import { chartModel, firstTouching } from './chart-model'
import { findBin } from './chart-scene'
import { tipFor } from './chart-tips'
import { LaneBands, LaneLabels } from './ChartLanes'
import { ChartLayer } from './ChartLayer'
import { ChartToolbar } from './ChartToolbar'
import { ChartTooltip, createTipStore } from './ChartTooltip'
import type { TimelineChartProps } from './types'
import { usePanZoom } from './usePanZoom'
import { ZOOM_STEP, useChartKeys } from './useChartKeys'
import { useRows, useScene } from './useChartLayout'
import { useViewport } from './useViewport'
import { fitView, viewAround, zoomView } from './view-math'

/** Where an empty chart looks: the time the app started, fixed so renders stay pure. */
const STARTED_AT = Date.now()
/** Room under the lanes. */
const BOTTOM_PAD = 6

export function TimelineChart(props: TimelineChartProps) {
  const { events, lanes, markers, onOpen, selectedId = null, label } = props
  const data = useMemo(() => chartModel(events, lanes), [events, lanes])
  const { min, max } = data.index
  const fitted = useMemo(() => fitView(min, max, STARTED_AT), [min, max])
  const extent = useMemo(() => ({ min, max }), [min, max])
  const viewport = useViewport(fitted, extent)
  const { view, plotWidth, plotRef, layerRef, attachPlot, measured } = viewport
  const frame = { view, fitted, plotWidth, measured }
  const layout = useRows(data, frame)
  const [tips] = useState(createTipStore)
  const rootRef = useRef<HTMLDivElement>(null)
  const helpId = useId()
  const selectedIndex = data.indexOf(selectedId)
  const firstInView = useMemo(() => firstTouching(data, view), [data, view])
  const panZoom = usePanZoom(viewport, () => tips.set(null))
  const { grabRef } = panZoom

  const keys = useChartKeys({
    data,
    viewport,
    selectedIndex,
    firstInView,
    onOpen,
    wasDrag: panZoom.wasDrag,
  })
  const { activeIndex } = keys
  const scene = useScene(data, frame, layout, markers, activeIndex, selectedIndex)

  const zoomBy = (factor: number) => viewport.commit(zoomView(viewport.live(), factor), true)
  const showTip = (target: EventTarget | null) =>
    tips.set(
      target instanceof Element
        ? tipFor(target, plotRef.current, rootRef.current, data, scene)
        : null,
    )
  const zoomToBin = (target: EventTarget | null) => {
    const attr = target instanceof Element ? target.getAttribute('data-bin') : null
    const bin = findBin(scene, attr)
    if (!bin) return false
    const width = Math.min((view.end - view.start) / 4, (bin.to - bin.from) * 3)
    viewport.commit(viewAround((bin.from + bin.to) / 2, width), true)
    return true
  }

  return (
    <div ref={rootRef} className="tc" data-view-start={view.start} data-view-end={view.end}>
      <ChartToolbar
        view={view}
        total={events.length}
        inView={scene.inView}
        hidden={scene.hiddenInView}
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onFit={viewport.fit}
      />
      <div className="tc-body" style={{ height: layout.lanes.bottom + BOTTOM_PAD }}>
        <LaneLabels lanes={data.lanes} geometry={layout.lanes} />
        <div
          ref={attachPlot}
          className="tc-plot"
          onPointerDown={panZoom.onPointerDown}
          onPointerMove={panZoom.onPointerMove}
          onPointerUp={panZoom.onPointerUp}
          onPointerCancel={panZoom.onPointerCancel}
          onPointerOver={(event) => !panZoom.busy() && showTip(event.target)}
          onPointerLeave={() => tips.set(null)}
          onKeyDown={keys.onKeyDown}
          onFocus={(event) => {
            keys.onFocus(event)
            showTip(event.target)
          }}
          onBlur={(event) => {
            keys.onBlur(event)
            tips.set(null)
          }}
          onClick={(event) => {
            if (!panZoom.wasDrag() && !zoomToBin(event.target)) keys.onClick(event)
          }}
        >
          <LaneBands lanes={data.lanes} geometry={layout.lanes} />
          <ChartLayer
            scene={scene}
            data={data}
            lanes={layout.lanes}
            activeIndex={activeIndex}
            selectedIndex={selectedIndex}
            label={label}
            helpId={helpId}
            layerRef={layerRef}
          />
          <div ref={grabRef} className="tc-grab" aria-hidden="true" />
          {events.length === 0 && <p className="tc-empty">No dated events to draw yet.</p>}
        </div>
      </div>
      <ChartTooltip store={tips} />
      <p id={helpId} className="tc-help">
        Drag or press ← → to move along, scroll or press + − to zoom, 0 to fit all. ↑ ↓ go from
        event to event in date order; Enter opens one.
      </p>
    </div>
  )
}
