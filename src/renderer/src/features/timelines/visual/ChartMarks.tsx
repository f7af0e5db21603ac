/**
 * The events of a scene as SVG: one element per mark (so a dense view stays a small
 * DOM), a "!" badge on conflicts, labels where they fit, and the strips counting events
 * too close together to draw. Shape says what the date is: a diamond for a day, a thin
 * bar for a month or year, a tall bar for a stated range; approximate ones are faded at
 * the ends and outlined dashed (timeline-chart.css).
 */
import { LABEL_INSIDE, LABEL_NONE } from '@shared/timelines/lane-layout'
import type { ReactElement } from 'react'
import {
  LANE_PAD,
  POINT_SIZE,
  ROW_HEIGHT,
  STRIP_HEIGHT,
  eventName,
  type ChartModel,
  type LaneGeometry,
} from './chart-model'
import { BIN_WIDTH, binKey, type Scene, type SceneMark } from './chart-scene'
import { labelParts } from './scene-labels'

const BAR_HEIGHT = { point: POINT_SIZE, span: 8, range: 14 } as const
const BADGE_RADIUS = 6.5

/** Coordinates to a tenth of a pixel keep the attributes short. */
const px = (value: number) => Math.round(value * 10) / 10

interface ChartMarksProps {
  scene: Scene
  data: ChartModel
  lanes: LaneGeometry
  activeIndex: number
  selectedIndex: number
}

function markClass(mark: SceneMark, data: ChartModel, selected: boolean): string {
  const event = data.events[mark.i]
  let name = `tc-mark tc-${mark.kind}`
  if (event?.approximate) name += ' is-approx'
  if (selected) name += ' is-selected'
  if (mark.stacked) name += ' is-stacked'
  return name
}

function markElement(mark: SceneMark, props: ChartMarksProps): ReactElement | null {
  const { data } = props
  const event = data.events[mark.i]
  if (!event) return null
  const selected = mark.i === props.selectedIndex
  const common = {
    'data-i': mark.i,
    className: markClass(mark, data, selected),
    role: 'button',
    tabIndex: mark.i === props.activeIndex ? 0 : -1,
    'aria-label': eventName(event, data.lanes[data.index.lanes[mark.i] as number]),
    'aria-current': selected ? ('true' as const) : undefined,
  }
  if (mark.kind === 'point') {
    const cx = px(mark.x + POINT_SIZE / 2)
    const half = POINT_SIZE / 2
    const y = px(mark.y)
    const d = `M${cx} ${y - half}L${cx + half} ${y}L${cx} ${y + half}L${cx - half} ${y}Z`
    return <path key={event.id} d={d} {...common} />
  }
  const height = BAR_HEIGHT[mark.kind]
  return (
    <rect
      key={event.id}
      x={px(mark.x)}
      y={px(mark.y - height / 2)}
      width={px(mark.w)}
      height={height}
      rx={mark.kind === 'range' ? 3 : 2}
      {...common}
    />
  )
}

/** The "!" of a conflict, on the mark's top right corner, inside the row. */
function badge(mark: SceneMark, data: ChartModel): ReactElement | null {
  const event = data.events[mark.i]
  if (!event?.conflict) return null
  const cx = px(mark.kind === 'point' ? mark.x + POINT_SIZE / 2 + 5 : mark.x + mark.w - 1)
  const cy = px(mark.y - (mark.kind === 'point' ? 6 : BAR_HEIGHT[mark.kind] / 2))
  return (
    <g key={event.id} className="tc-conflict">
      <circle cx={cx} cy={cy} r={BADGE_RADIUS} />
      <text x={cx} y={cy + 3.6}>
        !
      </text>
    </g>
  )
}

function label(mark: SceneMark, data: ChartModel): ReactElement | null {
  const event = data.events[mark.i]
  if (!event || mark.label === LABEL_NONE) return null
  const [title, date] = labelParts(event.title, event.dateLabel)
  return (
    <text
      key={event.id}
      x={px(mark.labelX)}
      y={px(mark.y + 4)}
      className={mark.label === LABEL_INSIDE ? 'tc-label is-inside' : 'tc-label'}
    >
      {title}
      <tspan className="tc-label-date" dx={6}>
        {date}
      </tspan>
    </text>
  )
}

export function ChartMarks(props: ChartMarksProps) {
  const { scene, data, lanes } = props
  return (
    <>
      <g className="tc-bins" aria-hidden="true">
        {scene.bins.map((bin) => {
          const top =
            (lanes.top[bin.lane] ?? 0) + LANE_PAD + (lanes.rows[bin.lane] ?? 1) * ROW_HEIGHT
          const height = Math.min(STRIP_HEIGHT - 2, 3 + Math.log2(bin.count + 1))
          return (
            <rect
              key={binKey(bin)}
              data-bin={binKey(bin)}
              x={bin.x}
              y={top + STRIP_HEIGHT - 1 - height}
              width={BIN_WIDTH - 1}
              height={height}
            />
          )
        })}
      </g>
      <g className="tc-marks">{scene.marks.map((mark) => markElement(mark, props))}</g>
      <g className="tc-badges" aria-hidden="true">
        {scene.marks.map((mark) => badge(mark, data))}
      </g>
      <g className="tc-labels" aria-hidden="true">
        {scene.marks.map((mark) => label(mark, data))}
      </g>
    </>
  )
}
