/**
 * "As of": what the sources published by a given day could have said. An event is shown
 * when at least one of its sources was published on or before that day (a publication
 * date known only to the month counts from the month's first day, the earliest it can
 * have been); a source with no known date cannot be shown to have been out yet. Events
 * the analyst added by hand rest on no source and stay shown, marked as such by the view.
 */
import { partialDateSortKey, type PartialDate } from '../dates/partial-date'

export interface SourcedItem {
  sources: readonly { docId: string }[]
}

/** The items knowable by the end of day `asOf` (epoch ms of that day's start, UTC). */
export function knownAsOf<T extends SourcedItem>(
  items: readonly T[],
  publishedOf: (docId: string) => PartialDate | null,
  asOf: number,
): T[] {
  const endOfDay = asOf + 24 * 60 * 60 * 1000
  return items.filter(
    (item) =>
      item.sources.length === 0 ||
      item.sources.some((source) => {
        const published = publishedOf(source.docId)
        return published !== null && partialDateSortKey(published) < endOfDay
      }),
  )
}
