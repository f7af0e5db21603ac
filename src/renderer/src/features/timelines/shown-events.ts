/** Which of the timeline events the view shows, and how many each timeline holds. */
import type { PartialDate } from '@shared/dates/partial-date'
import { knownAsOf } from '@shared/timelines/as-of'

/** What the filter reads of an event (a `TimelineItem` has it all). */
export interface ShownEvent {
  timelineId: string
  conflict: boolean
  sources: readonly { docId: string }[]
}

/** What narrows the events shown. */
export interface ShownEventsFilter {
  /** The timeline shown; null shows nothing. */
  timelineId: string | null
  conflictsOnly: boolean
  /** A day as the date input gives it (`YYYY-MM-DD`); empty or unparsable means no limit. */
  asOf: string
}

/**
 * The events of one timeline, in the order given, kept to date conflicts when asked and
 * to what sources published by the end of `asOf` could have said.
 */
export function shownEvents<T extends ShownEvent>(
  items: readonly T[],
  filter: ShownEventsFilter,
  publishedOf: (docId: string) => PartialDate | null,
): T[] {
  const inTimeline = items.filter(
    (item) => item.timelineId === filter.timelineId && (!filter.conflictsOnly || item.conflict),
  )
  const asOfTime = filter.asOf ? Date.parse(`${filter.asOf}T00:00:00Z`) : NaN
  return Number.isNaN(asOfTime) ? inTimeline : knownAsOf(inTimeline, publishedOf, asOfTime)
}

/** How many events each timeline holds; a timeline with none is absent. */
export function countByTimeline(
  items: readonly { timelineId: string }[],
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item.timelineId, (counts.get(item.timelineId) ?? 0) + 1)
  return counts
}
