/**
 * Partial dates: a year, optionally a month and a day, possibly approximate.
 * Sources rarely date things to the day, and an analyst must see how precise a date is.
 */
import { MONTH_NAMES } from '../text/calendar-names'

/** A date known to a given precision. Month is 1-12, day 1-31; day requires month. */
export interface PartialDate {
  year: number
  month?: number
  day?: number
  /** The date is an estimate ("c. Jul 2023"), not a stated fact. */
  approximate: boolean
}

/** How precise a partial date is: the finest field it has. */
export type DatePrecision = 'year' | 'month' | 'day'

/** The short English name of a month (1-12): "Jan". */
export function monthAbbreviation(month: number): string {
  return MONTH_NAMES[month - 1]?.slice(0, 3) ?? `month ${month}`
}

/** The precision of a partial date. */
export function precisionOf(date: PartialDate): DatePrecision {
  if (date.day !== undefined) return 'day'
  if (date.month !== undefined) return 'month'
  return 'year'
}

/**
 * Formats a partial date at exactly its precision: "16 Jan 2024", "Jan 2024", "2023",
 * prefixed "c. " when approximate. Never invents a month or day it does not have.
 */
export function formatPartialDate(date: PartialDate): string {
  const parts: string[] = []
  if (date.day !== undefined) parts.push(String(date.day))
  if (date.month !== undefined) parts.push(monthAbbreviation(date.month))
  parts.push(String(date.year))
  const text = parts.join(' ')
  return date.approximate ? `c. ${text}` : text
}

/**
 * Returns a problem with a partial date in plain words, or null when it is valid:
 * integer year, month 1-12, a day that exists in that month, no day without a month.
 */
export function partialDateProblem(date: PartialDate): string | null {
  if (!Number.isInteger(date.year)) return 'the year must be a whole number'
  if (date.month === undefined) {
    return date.day === undefined ? null : 'a day needs a month'
  }
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) {
    return 'the month must be between 1 and 12'
  }
  if (date.day === undefined) return null
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > daysInMonth) {
    return `the day must be between 1 and ${daysInMonth}`
  }
  return null
}

/**
 * The earliest instant (epoch ms, UTC) a partial date can mean: the first day of its year
 * or month. Used to sort dates of mixed precision.
 */
export function partialDateSortKey(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)
}
