/**
 * The time an absolute date can mean, as a half-open interval [start, end) in epoch ms UTC,
 * and the chronological order of absolute dates.
 *
 * An approximate date is widened by one unit of its own precision on each side:
 * "c. 16 Jan 2024" can mean 15-17 Jan, "c. Jul 2023" Jun-Aug 2023, "c. 2023" 2022-2024.
 * "Circa" has no agreed width; one unit is the narrowest margin that still lets an estimate
 * agree with a neighbouring stated date, and it scales with how coarse the estimate is.
 */

import { utcDayStart } from './calendar'
import type { AbsoluteDate } from './event-date'
import { precisionOf, type DatePrecision, type PartialDate } from './partial-date'

export interface Interval {
  start: number
  end: number
}

/** Start of the unit `steps` units of the date's own precision after the date's unit. */
function unitStart(date: PartialDate, steps: number): number {
  switch (precisionOf(date)) {
    case 'day':
      return utcDayStart(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + steps)
    case 'month':
      return utcDayStart(date.year, (date.month ?? 1) - 1 + steps, 1)
    case 'year':
      return utcDayStart(date.year + steps, 0, 1)
  }
}

/** The time a partial date names, ignoring whether it is approximate. */
export function exactInterval(date: PartialDate): Interval {
  return { start: unitStart(date, 0), end: unitStart(date, 1) }
}

/** The time a partial date can mean: widened by one unit each side when approximate. */
export function partialDateInterval(date: PartialDate): Interval {
  return date.approximate
    ? { start: unitStart(date, -1), end: unitStart(date, 2) }
    : exactInterval(date)
}

/** The time an absolute date can mean; a range runs from its start's start to its end's end. */
export function intervalOf(date: AbsoluteDate): Interval {
  if (date.kind === 'point') return partialDateInterval(date.date)
  return { start: partialDateInterval(date.start).start, end: partialDateInterval(date.end).end }
}

/** Whether two half-open intervals share any instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * The instants every interval contains, or null when there are none. No intervals give
 * null too: the caller asked what some dates agree on, and nothing was stated.
 */
export function commonInterval(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return null
  let start = -Infinity
  let end = Infinity
  for (const interval of intervals) {
    start = Math.max(start, interval.start)
    end = Math.min(end, interval.end)
  }
  return start < end ? { start, end } : null
}

function firstOf(date: AbsoluteDate): PartialDate {
  return date.kind === 'point' ? date.date : date.start
}

function lastOf(date: AbsoluteDate): PartialDate {
  return date.kind === 'point' ? date.date : date.end
}

/**
 * The earliest instant the date names, without the approximate widening, so "c. Jul 2023"
 * sorts with Jul 2023 rather than in June. Equals partialDateSortKey of the start for the
 * four-digit years timelines allow.
 */
export function sortKey(date: AbsoluteDate): number {
  return exactInterval(firstOf(date)).start
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 }

/**
 * A total order on absolute dates, 0 only for equal dates. By sort key; then by the end of
 * the time named (unwidened), so among dates starting together the narrower comes first:
 * 1 Jan 2024, Jan 2024, 2024; then a point before a range; then finer precision first,
 * start before end; then exact before approximate, start before end.
 */
export function compareAbsoluteDates(a: AbsoluteDate, b: AbsoluteDate): number {
  const keys = (date: AbsoluteDate): number[] => {
    const first = firstOf(date)
    const last = lastOf(date)
    return [
      sortKey(date),
      exactInterval(last).end,
      date.kind === 'point' ? 0 : 1,
      PRECISION_RANK[precisionOf(first)],
      PRECISION_RANK[precisionOf(last)],
      first.approximate ? 1 : 0,
      last.approximate ? 1 : 0,
    ]
  }
  const ka = keys(a)
  const kb = keys(b)
  for (let i = 0; i < ka.length; i++) {
    const diff = (ka[i] ?? 0) - (kb[i] ?? 0)
    if (diff !== 0) return diff < 0 ? -1 : 1
  }
  return 0
}
