/**
 * The visual timeline's contract: what the data side hands the chart. Events and lanes are
 * what the shared chart data produces (src/shared/timelines/chart-data.ts).
 */
import type { ChartDatum as ChartEvent, Lane as ChartLane } from '@shared/timelines/chart-data'

export type { ChartEvent, ChartLane }

/** A vertical line at one instant: today, or when a source was published. */
export interface ChartMarker {
  id: string
  at: number
  label: string
  kind: 'today' | 'published'
}

export interface TimelineChartProps {
  events: readonly ChartEvent[]
  lanes: readonly ChartLane[]
  markers: readonly ChartMarker[]
  /** Opens an event's detail. */
  onOpen: (eventId: string) => void
  /** The event whose detail is open, drawn selected. */
  selectedId?: string | null
  /** Accessible name, e.g. "Timeline: January 2024 strikes". */
  label: string
}
