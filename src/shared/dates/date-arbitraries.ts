/**
 * fast-check generators of valid timeline dates, for the property tests beside these
 * modules. Narrow year spans make equal keys and shared months likely, which is where the
 * ordering and formatting rules have the most to get right.
 */

import fc from 'fast-check'
import { daysInMonth } from './calendar'
import { eventDateProblem, type AbsoluteDate } from './event-date'
import type { PartialDate } from './partial-date'

export interface YearSpan {
  min: number
  max: number
}

export const NARROW_YEARS: YearSpan = { min: 2023, max: 2024 }
export const ALL_YEARS: YearSpan = { min: 1000, max: 9999 }

export function partialDateArb(
  years: YearSpan = NARROW_YEARS,
  precisions: readonly ('day' | 'month' | 'year')[] = ['day', 'month', 'year'],
): fc.Arbitrary<PartialDate> {
  return fc
    .record({
      year: fc.integer(years),
      month: fc.integer({ min: 1, max: 12 }),
      dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      precision: fc.constantFrom(...precisions),
      approximate: fc.boolean(),
    })
    .map(({ year, month, dayFraction, precision, approximate }): PartialDate => {
      if (precision === 'year') return { year, approximate }
      if (precision === 'month') return { year, month, approximate }
      const day = 1 + Math.floor(dayFraction * daysInMonth(year, month))
      return { year, month, day, approximate }
    })
}

export function absoluteDateArb(years: YearSpan = NARROW_YEARS): fc.Arbitrary<AbsoluteDate> {
  const point = partialDateArb(years).map((date): AbsoluteDate => ({ kind: 'point', date }))
  const range = fc
    .tuple(partialDateArb(years), partialDateArb(years))
    .map(([a, b]): AbsoluteDate | null => {
      const forward: AbsoluteDate = { kind: 'range', start: a, end: b }
      if (!eventDateProblem(forward)) return forward
      const backward: AbsoluteDate = { kind: 'range', start: b, end: a }
      return eventDateProblem(backward) ? null : backward
    })
    .filter((date): date is AbsoluteDate => date !== null)
  return fc.oneof(point, range)
}
