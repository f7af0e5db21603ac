import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { p, point } from './date-builders'
import { DAY_MS } from './calendar'
import { ALL_YEARS, absoluteDateArb, partialDateArb } from './date-arbitraries'
import { eventDateProblem, type DateOffset } from './event-date'
import { exactInterval, overlaps } from './interval'
import { applyOffset } from './offset'
import { precisionOf, type PartialDate } from './partial-date'

const shifted = (
  date: PartialDate,
  amount: number,
  unit: DateOffset['unit'],
  approximate = false,
) => applyOffset(point(date), { amount, unit }, approximate)

describe('applyOffset on a day', () => {
  it('adds days and weeks across month and year ends', () => {
    expect(shifted(p(2024, 1, 16), 2, 'day')).toEqual(point(p(2024, 1, 18)))
    expect(shifted(p(2024, 1, 16), -2, 'day')).toEqual(point(p(2024, 1, 14)))
    expect(shifted(p(2024, 2, 28), 1, 'day')).toEqual(point(p(2024, 2, 29)))
    expect(shifted(p(2023, 12, 30), 1, 'week')).toEqual(point(p(2024, 1, 6)))
  })

  it('adds months and years, clamping to the end of a shorter month', () => {
    expect(shifted(p(2024, 1, 31), 1, 'month')).toEqual(point(p(2024, 2, 29)))
    expect(shifted(p(2023, 1, 31), 1, 'month')).toEqual(point(p(2023, 2, 28)))
    expect(shifted(p(2024, 3, 31), -1, 'month')).toEqual(point(p(2024, 2, 29)))
    expect(shifted(p(2023, 11, 15), 3, 'month')).toEqual(point(p(2024, 2, 15)))
    expect(shifted(p(2024, 2, 29), 1, 'year')).toEqual(point(p(2025, 2, 28)))
  })

  it('is approximate when the offset or the base is', () => {
    expect(shifted(p(2024, 1, 16), 2, 'day', true)).toEqual(point(p(2024, 1, 18, true)))
    expect(shifted(p(2024, 1, 16, true), 2, 'day')).toEqual(point(p(2024, 1, 18, true)))
  })

  it('moves the instant by exactly the days, and back again', () => {
    fc.assert(
      fc.property(
        partialDateArb({ min: 1500, max: 9000 }, ['day']),
        fc.integer({ min: -20_000, max: 20_000 }),
        (date, days) => {
          const moved = shifted(date, days, 'day')
          if (moved.kind !== 'point') throw new Error('a point stays a point')
          expect(exactInterval(moved.date).start - exactInterval(date).start).toBe(days * DAY_MS)
          expect(applyOffset(moved, { amount: -days, unit: 'day' }, false)).toEqual(point(date))
        },
      ),
    )
  })
})

describe('applyOffset on a month or a year', () => {
  it('keeps month precision for months and years', () => {
    expect(shifted(p(2024, 1), 3, 'month')).toEqual(point(p(2024, 4)))
    expect(shifted(p(2023, 11), 3, 'month')).toEqual(point(p(2024, 2)))
    expect(shifted(p(2024, 1), -1, 'month')).toEqual(point(p(2023, 12)))
    expect(shifted(p(2024, 1), 2, 'year')).toEqual(point(p(2026, 1)))
  })

  it('gives the approximate month holding the middle of the shifted month for days and weeks', () => {
    expect(shifted(p(2024, 1), 3, 'week')).toEqual(point(p(2024, 2, undefined, true)))
    expect(shifted(p(2024, 1), 2, 'day')).toEqual(point(p(2024, 1, undefined, true)))
    expect(shifted(p(2024, 1), -16, 'day')).toEqual(point(p(2023, 12, undefined, true)))
    expect(shifted(p(2024, 1), -15, 'day')).toEqual(point(p(2024, 1, undefined, true)))
    // April has 30 days: its middle is a boundary after 15 days, and goes the offset's way.
    expect(shifted(p(2024, 4), 15, 'day')).toEqual(point(p(2024, 5, undefined, true)))
    expect(shifted(p(2024, 4), -15, 'day')).toEqual(point(p(2024, 3, undefined, true)))
  })

  it('keeps year precision: exact for whole years, approximate otherwise', () => {
    expect(shifted(p(2023), 2, 'year')).toEqual(point(p(2025)))
    expect(shifted(p(2023), -24, 'month')).toEqual(point(p(2021)))
    expect(shifted(p(2023), 5, 'month')).toEqual(point(p(2023, undefined, undefined, true)))
    expect(shifted(p(2023), 6, 'month')).toEqual(point(p(2024, undefined, undefined, true)))
    expect(shifted(p(2023), -6, 'month')).toEqual(point(p(2022, undefined, undefined, true)))
    expect(shifted(p(2023), 200, 'day')).toEqual(point(p(2024, undefined, undefined, true)))
    expect(shifted(p(2023), 3, 'week')).toEqual(point(p(2023, undefined, undefined, true)))
  })

  it('leaves the date as it was for a zero offset', () => {
    expect(shifted(p(2024, 1), 0, 'day')).toEqual(point(p(2024, 1)))
    expect(shifted(p(2024, 1), 0, 'day', true)).toEqual(point(p(2024, 1, undefined, true)))
  })
})

describe('applyOffset on a range', () => {
  it('moves both ends', () => {
    expect(
      applyOffset(
        { kind: 'range', start: p(2024, 1, 16), end: p(2024, 1, 18) },
        { amount: 1, unit: 'week' },
        false,
      ),
    ).toEqual({ kind: 'range', start: p(2024, 1, 23), end: p(2024, 1, 25) })
  })
})

describe('applyOffset on a range whose ends have different precision', () => {
  it('keeps the range in order when the finer end would cross the coarser one', () => {
    // 1511 to 1 Jan 1512, two days earlier: the end may not fall inside 1511 before its end.
    const moved = applyOffset(
      { kind: 'range', start: { year: 1511, approximate: false }, end: p(1512, 1, 1) },
      { amount: -2, unit: 'day' },
      false,
    )
    expect(eventDateProblem(moved)).toBeNull()
    expect(moved).toEqual({
      kind: 'range',
      start: { year: 1511, approximate: true },
      end: { year: 1511, month: 12, day: 31, approximate: true },
    })
  })
})

describe('applyOffset in general', () => {
  const offsetArb = fc.record({
    amount: fc.integer({ min: -400, max: 400 }),
    unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
  })

  it('keeps precision and gives a valid date near where the shifted base would be', () => {
    fc.assert(
      fc.property(
        absoluteDateArb({ min: 1500, max: 9000 }),
        offsetArb,
        fc.boolean(),
        (base, offset, approx) => {
          const moved = applyOffset(base, offset, approx)
          expect(eventDateProblem(moved)).toBeNull()
          expect(moved.kind).toBe(base.kind)
          const pairs: [PartialDate, PartialDate][] =
            base.kind === 'point' && moved.kind === 'point'
              ? [[base.date, moved.date]]
              : base.kind === 'range' && moved.kind === 'range'
                ? [
                    [base.start, moved.start],
                    [base.end, moved.end],
                  ]
                : []
          for (const [before, after] of pairs) {
            expect(precisionOf(after)).toBe(precisionOf(before))
            if (before.approximate || approx) expect(after.approximate).toBe(true)
            // The result names a unit the shifted base could fall in.
            const was = exactInterval(before)
            const days = { day: 1, week: 7, month: 31, year: 366 }[offset.unit] * offset.amount
            const slack = Math.abs(days) * DAY_MS + 3 * DAY_MS
            const reach = { start: was.start - slack, end: was.end + slack }
            expect(overlaps(exactInterval(after), reach)).toBe(true)
          }
        },
      ),
    )
  })

  it('adds months to a month as plain calendar arithmetic', () => {
    fc.assert(
      fc.property(
        partialDateArb(ALL_YEARS, ['month']),
        fc.integer({ min: -50, max: 50 }),
        (date, months) => {
          const moved = shifted(date, months, 'month')
          expect(moved).toEqual(
            point({
              year: date.year + Math.floor(((date.month ?? 1) - 1 + months) / 12),
              month: (((((date.month ?? 1) - 1 + months) % 12) + 12) % 12) + 1,
              approximate: date.approximate,
            }),
          )
        },
      ),
    )
  })
})
