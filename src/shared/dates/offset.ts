/**
 * Adding an offset ("2 days after", "3 months before") to an absolute date without claiming
 * more precision than the base has. The result keeps the base's precision:
 * - an offset in units at least as coarse as that precision is exact calendar arithmetic
 *   (16 Jan + 2 days, Jan 2024 + 3 months, 2023 + 2 years, 2023 + 24 months);
 * - months and years added to a day clamp to the month's end (31 Jan 2024 + 1 month is
 *   29 Feb 2024; 29 Feb 2024 + 1 year is 28 Feb 2025);
 * - an offset finer than the base (days to a month, days or months to a year) cannot say
 *   which unit the result falls in, so the result is the unit holding the middle of the
 *   shifted base, marked approximate ("Jan 2024 + 3 weeks" is "c. Feb 2024"). When the middle
 *   lands exactly on a boundary it goes the way the offset points.
 * A range has each end moved. The result is approximate where the base was, where the offset
 * is, or where it was rounded as above.
 */

import { DAY_MS, calendarDayOf, daysInMonth, utcDayStart } from './calendar'
import type { AbsoluteDate, DateOffset } from './event-date'
import { exactInterval } from './interval'
import { precisionOf, type PartialDate } from './partial-date'

/** Adds whole months, clamping the day to the end of the month it lands in. */
function addMonths(date: PartialDate, months: number): PartialDate {
  const index = date.year * 12 + (date.month ?? 1) - 1 + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  const moved: PartialDate = { year, month, approximate: date.approximate }
  if (date.day !== undefined) moved.day = Math.min(date.day, daysInMonth(year, month))
  return moved
}

/** The base shifted by a whole number of days it is too coarse to hold: see the doc above. */
function shiftCoarseByDays(date: PartialDate, days: number): PartialDate {
  const { start, end } = exactInterval(date)
  const middle = (start + end) / 2 + days * DAY_MS
  // An instant on a boundary belongs to the later unit; a backward shift wants the earlier.
  const { year, month } = calendarDayOf(days < 0 ? middle - 1 : middle)
  return date.month === undefined ? { year, approximate: true } : { year, month, approximate: true }
}

/** A year shifted by months that are not whole years: the year holding its shifted middle. */
function shiftYearByMonths(date: PartialDate, months: number): PartialDate {
  const middle = date.year * 12 + 6 + months
  return { year: Math.floor((months < 0 ? middle - 0.5 : middle) / 12), approximate: true }
}

function shiftPartialDate(date: PartialDate, offset: DateOffset): PartialDate {
  const { amount, unit } = offset
  if (amount === 0) return { ...date }
  const precision = precisionOf(date)
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'week' ? amount * 7 : amount
    if (precision !== 'day') return shiftCoarseByDays(date, days)
    const moved = calendarDayOf(
      utcDayStart(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + days),
    )
    return { ...moved, approximate: date.approximate }
  }
  const months = unit === 'year' ? amount * 12 : amount
  if (precision === 'year') {
    return months % 12 === 0
      ? { year: date.year + months / 12, approximate: date.approximate }
      : shiftYearByMonths(date, months)
  }
  return addMonths(date, months)
}

/** The base moved by the offset; see the module doc for the precision rules. */
export function applyOffset(
  base: AbsoluteDate,
  offset: DateOffset,
  approximate: boolean,
): AbsoluteDate {
  const shift = (date: PartialDate): PartialDate => {
    const moved = shiftPartialDate(date, offset)
    return { ...moved, approximate: moved.approximate || date.approximate || approximate }
  }
  if (base.kind === 'point') return { kind: 'point', date: shift(base.date) }
  return orderedRange(shift(base.start), shift(base.end))
}

/** The unit at `like`'s precision that holds the instant `at`, marked approximate. */
function unitHolding(at: number, like: PartialDate): PartialDate {
  const { year, month, day } = calendarDayOf(at)
  const precision = precisionOf(like)
  if (precision === 'year') return { year, approximate: true }
  if (precision === 'month') return { year, month, approximate: true }
  return { year, month, day, approximate: true }
}

/**
 * Ends of different precision can cross when moved (a year start with a 1 Jan end, moved
 * back two days, would end in December of the year it starts): the finer end is pulled back
 * inside the coarser one, keeping its precision, and marked approximate.
 */
function orderedRange(start: PartialDate, end: PartialDate): AbsoluteDate {
  const from = exactInterval(start)
  const to = exactInterval(end)
  if (to.end < from.end) end = unitHolding(from.end - 1, end)
  if (to.start < from.start) start = unitHolding(to.start, start)
  return { kind: 'range', start, end }
}
