/**
 * What the visual timeline draws: events with the time they can mean, in lanes by
 * timeline, by source or by tag. An event sits in one lane: its first source's, or its
 * first tag's; events added by hand or untagged get a lane of their own. Undated events
 * (a relative date that cannot be resolved) are left out of the drawing, not guessed.
 */
import type { TimelineItem } from './timeline-items'

export type LaneMode = 'timeline' | 'source' | 'tag'

/** One event as the chart draws it. */
export interface ChartDatum {
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
  /** The honest date text for tooltips and labels, e.g. "c. Jul 2023", "18 Jan 2024 (2 days after: …)". */
  dateLabel: string
}

/** A horizontal band of events, e.g. one per source, tag or timeline. */
export interface Lane {
  id: string
  label: string
}

const NO_SOURCE = '\u0000by-hand'
const NO_TAG = '\u0000untagged'

function laneOf(item: TimelineItem, mode: LaneMode): string {
  if (mode === 'timeline') return item.timelineId
  if (mode === 'source') return item.sources[0]?.docId ?? NO_SOURCE
  return item.tags[0] ?? NO_TAG
}

/** Chart events and their lanes (in order of first appearance, special lanes last). */
export function chartData(
  items: readonly TimelineItem[],
  mode: LaneMode,
  names: { timeline: (id: string) => string; source: (docId: string) => string },
): { events: ChartDatum[]; lanes: Lane[] } {
  const events: ChartDatum[] = []
  const laneIds: string[] = []
  for (const item of items) {
    if (!item.interval) continue
    const lane = laneOf(item, mode)
    if (!laneIds.includes(lane)) laneIds.push(lane)
    events.push({
      id: item.id,
      title: item.title,
      start: item.interval.start,
      end: item.interval.end,
      approximate: item.approximate,
      isRange: item.isRange,
      precision: item.precision,
      lane,
      conflict: item.conflict,
      dateLabel: item.dateLabel,
    })
  }
  const special = (id: string) => id === NO_SOURCE || id === NO_TAG
  const lanes = [...laneIds.filter((id) => !special(id)), ...laneIds.filter(special)].map((id) => ({
    id,
    label:
      id === NO_SOURCE
        ? 'Added by hand'
        : id === NO_TAG
          ? 'No tag'
          : mode === 'timeline'
            ? names.timeline(id)
            : mode === 'source'
              ? names.source(id)
              : id,
  }))
  return { events, lanes }
}
