/** The visual timeline's contract: what the data side hands the chart. */

/** One event as the chart draws it. */
export interface ChartEvent {
  id: string
  title: string
  /** [start, end) in epoch ms UTC: the time the date can mean (a day, a month, a range…). */
  start: number
  end: number
  /** Drawn fuzzy (soft edges), and the label says so. */
  approximate: boolean
  /** A range the sources state (drawn as a bar) rather than a point known to a day/month/year. */
  isRange: boolean
  precision: 'day' | 'month' | 'year'
  /** Lane id (see lanes). */
  lane: string
  /** The sources disagree about this event's date: marked (icon + text), not only by colour. */
  conflict: boolean
  /** The honest date text to show in tooltips and labels, e.g. "c. Jul 2023", "18 Jan 2024 (2 days after: …)". */
  dateLabel: string
}

/** A horizontal band of events, e.g. one per actor or per source. */
export interface ChartLane {
  id: string
  label: string
}

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
