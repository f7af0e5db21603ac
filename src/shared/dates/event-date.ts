/**
 * An event's date on a timeline: a point, a range, or an offset from another event's date
 * ("2 days after the strikes"), which the timeline resolves by following the chain.
 */

import { partialDateProblem, type PartialDate } from './partial-date'
import { exactInterval } from './interval'

export type OffsetUnit = 'day' | 'week' | 'month' | 'year'

export interface DateOffset {
  /** Whole units; negative for "before". */
  amount: number
  unit: OffsetUnit
}

export type EventDate =
  | { kind: 'point'; date: PartialDate }
  | { kind: 'range'; start: PartialDate; end: PartialDate }
  | { kind: 'relative'; eventId: string; offset: DateOffset; approximate: boolean }

/** A date with nothing relative left: what a relative date resolves to. */
export type AbsoluteDate = Exclude<EventDate, { kind: 'relative' }>

export const OFFSET_UNITS: readonly OffsetUnit[] = ['day', 'week', 'month', 'year']

/** Timeline years have four digits: it keeps "Jan 16" from reading as January of year 16. */
export const MIN_YEAR = 1000
export const MAX_YEAR = 9999

function timelineDateProblem(date: PartialDate): string | null {
  const problem = partialDateProblem(date)
  if (problem) return problem
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) {
    return `the year must be between ${MIN_YEAR} and ${MAX_YEAR}`
  }
  return null
}

/**
 * Returns a problem with an event date in plain words (a phrase, no full stop), or null
 * when it can be used. A range must not end before it starts: its end may neither begin
 * earlier nor finish earlier than its start, whatever the two precisions.
 */
export function eventDateProblem(date: EventDate): string | null {
  switch (date.kind) {
    case 'point':
      return timelineDateProblem(date.date)
    case 'range': {
      const startProblem = timelineDateProblem(date.start)
      if (startProblem) return `in the start date, ${startProblem}`
      const endProblem = timelineDateProblem(date.end)
      if (endProblem) return `in the end date, ${endProblem}`
      const start = exactInterval(date.start)
      const end = exactInterval(date.end)
      if (end.start < start.start || end.end < start.end) return 'the range ends before it starts'
      return null
    }
    case 'relative':
      if (!date.eventId) return 'choose the event this date is relative to'
      if (!Number.isSafeInteger(date.offset.amount)) return 'the offset must be a whole number'
      if (!OFFSET_UNITS.includes(date.offset.unit)) {
        return 'the offset must be in days, weeks, months or years'
      }
      return null
  }
}
