/**
 * The lanes that stay put while the layer pans: their names in a column on the left and
 * their bands behind the plot. Hidden from assistive technology, since every event's
 * name says its lane.
 */
import { LANES_TOP, type LaneGeometry } from './chart-model'
import type { ChartLane } from './types'

interface ChartLanesProps {
  lanes: readonly ChartLane[]
  geometry: LaneGeometry
}

export function LaneLabels({ lanes, geometry }: ChartLanesProps) {
  return (
    <div className="tc-lane-labels" aria-hidden="true">
      <div className="tc-lane-head" style={{ height: LANES_TOP }} />
      {lanes.map((lane, k) => (
        <div
          key={lane.id}
          className="tc-lane-label"
          style={{ top: geometry.top[k], height: geometry.height[k] }}
          title={lane.label}
        >
          {lane.label}
        </div>
      ))}
    </div>
  )
}

export function LaneBands({ lanes, geometry }: ChartLanesProps) {
  return (
    <div className="tc-bands" aria-hidden="true">
      <div className="tc-band-head" style={{ height: LANES_TOP }} />
      {lanes.map((lane, k) => (
        <div
          key={lane.id}
          className="tc-band"
          style={{ top: geometry.top[k], height: geometry.height[k] }}
        />
      ))}
    </div>
  )
}
