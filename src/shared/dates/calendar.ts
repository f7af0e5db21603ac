/**
 * Calendar arithmetic on UTC days, shared by the interval and offset rules. Built on
 * setUTCFullYear rather than Date.UTC, which reads years 0-99 as 1900-1999.
 */

export const DAY_MS = 86_400_000

/** Epoch ms of the start of a UTC day; the month (0-based) and day may overflow either way. */
export function utcDayStart(year: number, monthIndex: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date.getTime()
}

/** The calendar day (month 1-12) containing an instant. */
export function calendarDayOf(ms: number): { year: number; month: number; day: number } {
  const date = new Date(ms)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return (utcDayStart(year, month, 1) - utcDayStart(year, month - 1, 1)) / DAY_MS
}
