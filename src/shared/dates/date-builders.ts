/** Short builders of dates for tests: `point(p(2024, 1, 16))` reads like the date it is. */
import type { AbsoluteDate } from './event-date'
import type { PartialDate } from './partial-date'

/** A partial date: year, then month (1-12) and day when known. */
export const p = (year: number, month?: number, day?: number, approximate = false): PartialDate => {
  const date: PartialDate = { year, approximate }
  if (month !== undefined) date.month = month
  if (day !== undefined) date.day = day
  return date
}

export const point = (date: PartialDate): AbsoluteDate => ({ kind: 'point', date })

export const range = (start: PartialDate, end: PartialDate): AbsoluteDate => ({
  kind: 'range',
  start,
  end,
})
