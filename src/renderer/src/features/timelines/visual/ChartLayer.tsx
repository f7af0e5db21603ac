/**
 * The drawn layer: one SVG, wider than the plot by a plot's width on each side, holding
 * the axis, the markers and the events. Pans and zooms move it with a CSS transform
 * (useViewport); it renders again only for a new scene.
 */
import { memo, useId, type CSSProperties, type RefObject } from 'react'
import { AXIS_HEIGHT, MARKER_ROW_HEIGHT, type ChartModel, type LaneGeometry } from './chart-model'
import type { Scene } from './chart-scene'
import { ChartMarks } from './ChartMarks'

/** Room under the last lane. */
const BOTTOM_PAD = 6

interface ChartLayerProps {
  scene: Scene
  data: ChartModel
  lanes: LaneGeometry
  activeIndex: number
  selectedIndex: number
  label: string
  helpId: string
  layerRef: RefObject<HTMLDivElement | null>
}

/** A horizontal gradient that fades both ends: the soft edge of an approximate date. */
function Fade({ id, stop }: { id: string; stop: string }) {
  return (
    <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" className={stop} stopOpacity={0.12} />
      <stop offset="0.3" className={stop} />
      <stop offset="0.7" className={stop} />
      <stop offset="1" className={stop} stopOpacity={0.12} />
    </linearGradient>
  )
}

/** A radial one for a point: solid in the middle, blurring out to its corners. */
function Blur({ id, stop }: { id: string; stop: string }) {
  return (
    <radialGradient id={id}>
      <stop offset="0" className={stop} />
      <stop offset="0.45" className={stop} />
      <stop offset="1" className={stop} stopOpacity={0.15} />
    </radialGradient>
  )
}

function Axis({ scene, height }: { scene: Scene; height: number }) {
  return (
    <g className="tc-axis" aria-hidden="true">
      {scene.ticks.map((tick) => (
        <line
          key={tick.at}
          className={tick.major ? 'tc-grid is-major' : 'tc-grid'}
          x1={tick.x}
          x2={tick.x}
          y1={AXIS_HEIGHT - 8}
          y2={height}
        />
      ))}
      {scene.ticks.map((tick) => (
        <text
          key={tick.at}
          className={tick.major ? 'tc-tick is-major' : 'tc-tick'}
          x={tick.x + 4}
          y={AXIS_HEIGHT - 10}
        >
          {tick.label}
        </text>
      ))}
    </g>
  )
}

/**
 * Today and publication dates, lines under all labels so no line strikes through a
 * label; a label with no room is in the line's tooltip.
 */
function Markers({ scene, height }: { scene: Scene; height: number }) {
  const kind = (k: string) => `tc-marker tc-marker-${k}`
  return (
    <g className="tc-markers">
      {scene.markers.map(({ marker, x }, k) => (
        <g key={marker.id} className={kind(marker.kind)} data-marker={k} aria-hidden="true">
          <line className="tc-marker-hit" x1={x} x2={x} y1={AXIS_HEIGHT} y2={height} />
          <line className="tc-marker-line" x1={x} x2={x} y1={AXIS_HEIGHT} y2={height} />
        </g>
      ))}
      {scene.markers.map(({ marker, x, labelRow, before }) => (
        <text
          key={marker.id}
          className={`${kind(marker.kind)} tc-marker-label${labelRow < 0 ? ' is-crowded' : ''}`}
          x={before ? x - 4 : x + 4}
          textAnchor={before ? 'end' : undefined}
          y={AXIS_HEIGHT + Math.max(0, labelRow) * MARKER_ROW_HEIGHT + 12}
        >
          {marker.label}
        </text>
      ))}
    </g>
  )
}

export const ChartLayer = memo(function ChartLayer(props: ChartLayerProps) {
  const { scene, lanes, layerRef } = props
  const uid = `tc${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const height = lanes.bottom + BOTTOM_PAD
  const fills = {
    '--tc-fade-soft': `url(#${uid}-soft)`,
    '--tc-fade-solid': `url(#${uid}-solid)`,
    '--tc-fade-selected': `url(#${uid}-selected)`,
    '--tc-blur-solid': `url(#${uid}-blur)`,
    '--tc-blur-selected': `url(#${uid}-blur-selected)`,
  } as CSSProperties
  return (
    <div ref={layerRef} className="tc-layer" style={{ height }}>
      <svg
        role="group"
        aria-label={props.label}
        aria-describedby={props.helpId}
        width={scene.width}
        height={height}
        viewBox={`${scene.left} 0 ${scene.width} ${height}`}
        style={{ ...fills, left: scene.left }}
      >
        <defs>
          <Fade id={`${uid}-soft`} stop="tc-stop-soft" />
          <Fade id={`${uid}-solid`} stop="tc-stop-solid" />
          <Fade id={`${uid}-selected`} stop="tc-stop-selected" />
          <Blur id={`${uid}-blur`} stop="tc-stop-solid" />
          <Blur id={`${uid}-blur-selected`} stop="tc-stop-selected" />
        </defs>
        <Axis scene={scene} height={height} />
        <Markers scene={scene} height={height} />
        <ChartMarks
          scene={scene}
          data={props.data}
          lanes={lanes}
          activeIndex={props.activeIndex}
          selectedIndex={props.selectedIndex}
        />
      </svg>
    </div>
  )
})
