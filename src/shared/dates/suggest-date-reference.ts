/**
 * The publication date as the reference of date suggestions: a year-less date takes the most
 * recent such date at or before it, and a reference that is approximate, inferred or known
 * only to the month makes whatever is counted from it approximate.
 */

import { DAY_MS } from './calendar'
import { partialDateProblem, type PartialDate } from './partial-date'
import type { Reference, SuggestDateContext, Unit } from './suggest-date-types'

/** The reference for a publication date, or null when there is none or it is not a date. */
export function toReference(published: SuggestDateContext['published']): Reference | null {
  if (!published || typeof published !== 'object') return null
  const { year, month, day } = published
  const date: PartialDate = { year, month, day, approximate: Boolean(published.approximate) }
  // Date.UTC reads years 0-99 as 1900-1999; no source is dated before 1000 anyway.
  if (partialDateProblem(date) !== null || year < 1000 || year > 9999) return null
  // A month-only reference counts from its middle: the guess with the smallest worst error.
  const instant = Date.UTC(year, (month ?? 7) - 1, day ?? (month === undefined ? 1 : 15), 12)
  return {
    year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    approximate: date.approximate || published.basis === 'inferred',
    instant,
  }
}

/** Relative day results are exact only when the reference is a stated, exact day. */
export function dayIsUncertain(ref: Reference): boolean {
  return ref.approximate || ref.day === undefined
}

/**
 * The year of a year-less month (and day): the most recent at or before the reference, since
 * past-tense news looks back ("In June" in a July 2023 article is June 2023, never 2024).
 * `strictlyBefore` for "last June", which is never the reference's own month.
 */
export function yearAtOrBefore(
  ref: Reference,
  month: number,
  day?: number,
  strictlyBefore = false,
): { year: number; approximate: boolean } {
  // Without the reference's month the two candidate years cannot be told apart.
  if (ref.month === undefined) return { year: ref.year, approximate: true }
  const sameMonthLater =
    month === ref.month &&
    (strictlyBefore || (day !== undefined && ref.day !== undefined && day > ref.day))
  const after = month > ref.month || sameMonthLater
  return { year: after ? ref.year - 1 : ref.year, approximate: ref.approximate }
}

/** The UTC calendar day of an instant, as a partial date. */
export function dayDate(instant: number, approximate: boolean): PartialDate {
  const d = new Date(instant)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    approximate,
  }
}

/**
 * `amount` units before the reference, at the unit's precision: a day, a day (approximate,
 * as a week is never that exact), a month or a year. Null when an input is missing or the
 * reference is too coarse (months back from a year-only reference).
 */
export function countBack(ref: Reference, amount?: number, unit?: Unit): PartialDate | null {
  if (amount === undefined || unit === undefined) return null
  switch (unit) {
    case 'day':
      return dayDate(ref.instant - amount * DAY_MS, dayIsUncertain(ref))
    case 'week':
      return dayDate(ref.instant - amount * 7 * DAY_MS, true)
    case 'month': {
      if (ref.month === undefined) return null
      const index = ref.year * 12 + ref.month - 1 - amount
      return { year: Math.floor(index / 12), month: (index % 12) + 1, approximate: ref.approximate }
    }
    case 'year':
      return { year: ref.year - amount, approximate: ref.approximate }
  }
}
