import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { p, point } from './date-builders'
import { ALL_YEARS, NARROW_YEARS, absoluteDateArb, partialDateArb } from './date-arbitraries'
import type { AbsoluteDate } from './event-date'
import {
  commonInterval,
  compareAbsoluteDates,
  exactInterval,
  intervalOf,
  overlaps,
  partialDateInterval,
  sortKey,
} from './interval'
import { partialDateSortKey } from './partial-date'

const utc = Date.UTC

describe('intervalOf', () => {
  it('is the day, month or year named', () => {
    expect(intervalOf(point(p(2024, 1, 16)))).toEqual({
      start: utc(2024, 0, 16),
      end: utc(2024, 0, 17),
    })
    expect(intervalOf(point(p(2024, 2)))).toEqual({ start: utc(2024, 1, 1), end: utc(2024, 2, 1) })
    expect(intervalOf(point(p(2023)))).toEqual({ start: utc(2023, 0, 1), end: utc(2024, 0, 1) })
  })

  it('widens an approximate date by one unit of its precision each side', () => {
    expect(intervalOf(point(p(2024, 1, 16, true)))).toEqual({
      start: utc(2024, 0, 15),
      end: utc(2024, 0, 18),
    })
    expect(intervalOf(point(p(2023, 7, undefined, true)))).toEqual({
      start: utc(2023, 5, 1),
      end: utc(2023, 8, 1),
    })
    expect(intervalOf(point(p(2023, undefined, undefined, true)))).toEqual({
      start: utc(2022, 0, 1),
      end: utc(2025, 0, 1),
    })
    expect(intervalOf(point(p(2024, 1, 1, true))).start).toBe(utc(2023, 11, 31))
  })

  it('runs a range from its start to the end of its end, each end widened on its own', () => {
    expect(intervalOf({ kind: 'range', start: p(2023, 12), end: p(2024, 2) })).toEqual({
      start: utc(2023, 11, 1),
      end: utc(2024, 2, 1),
    })
    expect(intervalOf({ kind: 'range', start: p(2024, 1, 16), end: p(2024, 1, 18, true) })).toEqual(
      { start: utc(2024, 0, 16), end: utc(2024, 0, 20) },
    )
  })

  it('always contains the exact interval, which is never empty', () => {
    fc.assert(
      fc.property(partialDateArb(ALL_YEARS), (date) => {
        const exact = exactInterval(date)
        const wide = partialDateInterval(date)
        return exact.start < exact.end && wide.start <= exact.start && exact.end <= wide.end
      }),
    )
  })
})

describe('overlaps and commonInterval', () => {
  const jan = intervalOf(point(p(2024, 1)))
  const feb = intervalOf(point(p(2024, 2)))
  const cJan = intervalOf(point(p(2024, 1, undefined, true)))

  it('treats intervals as half-open: touching is not overlapping', () => {
    expect(overlaps(jan, feb)).toBe(false)
    expect(overlaps(cJan, feb)).toBe(true)
    expect(commonInterval([jan, feb])).toBeNull()
    expect(commonInterval([cJan, feb])).toEqual(feb)
    expect(commonInterval([cJan, intervalOf(point(p(2024, 1, 16)))])).toEqual({
      start: utc(2024, 0, 16),
      end: utc(2024, 0, 17),
    })
    expect(commonInterval([])).toBeNull()
  })

  it('finds the instants all intervals share, and null exactly when some pair is disjoint', () => {
    fc.assert(
      fc.property(
        fc.array(absoluteDateArb(NARROW_YEARS), { minLength: 1, maxLength: 5 }),
        (dates) => {
          const intervals = dates.map(intervalOf)
          const common = commonInterval(intervals)
          const allPairsMeet = intervals.every((a) => intervals.every((b) => overlaps(a, b)))
          expect(common !== null).toBe(allPairsMeet)
          if (common) {
            for (const i of intervals)
              expect(i.start <= common.start && common.end <= i.end).toBe(true)
          }
        },
      ),
    )
  })

  it('overlap is symmetric', () => {
    fc.assert(
      fc.property(absoluteDateArb(), absoluteDateArb(), (a, b) => {
        expect(overlaps(intervalOf(a), intervalOf(b))).toBe(overlaps(intervalOf(b), intervalOf(a)))
      }),
    )
  })
})

describe('sortKey', () => {
  it('ignores the approximate widening, so c. Jul 2023 sorts with Jul 2023', () => {
    expect(sortKey(point(p(2023, 7, undefined, true)))).toBe(sortKey(point(p(2023, 7))))
    expect(sortKey(point(p(2023, 7)))).toBe(utc(2023, 6, 1))
  })

  it('is partialDateSortKey of the start', () => {
    fc.assert(
      fc.property(absoluteDateArb(ALL_YEARS), (date) => {
        const first = date.kind === 'point' ? date.date : date.start
        expect(sortKey(date)).toBe(partialDateSortKey(first))
      }),
    )
  })
})

describe('compareAbsoluteDates', () => {
  it('puts narrower dates first among those starting together, points before ranges, exact before approximate', () => {
    const ordered: AbsoluteDate[] = [
      point(p(2023, 12, 31)),
      point(p(2024, 1, 1)),
      point(p(2024, 1, 1, true)),
      { kind: 'range', start: p(2024, 1, 1), end: p(2024, 1, 3) },
      point(p(2024, 1)),
      point(p(2024, 1, undefined, true)),
      { kind: 'range', start: p(2024, 1, 1), end: p(2024, 1, 31) },
      { kind: 'range', start: p(2024, 1), end: p(2024, 1, 31) },
      point(p(2024)),
      { kind: 'range', start: p(2024), end: p(2025) },
      point(p(2024, 1, 2)),
    ]
    const shuffled = [...ordered].reverse()
    expect(shuffled.sort(compareAbsoluteDates)).toEqual(ordered)
  })

  const sign = (n: number) => Math.sign(n) + 0
  const canonical = (date: AbsoluteDate) =>
    JSON.stringify(date.kind === 'point' ? [date.date] : [date.start, date.end], [
      'year',
      'month',
      'day',
      'approximate',
    ])

  it('is antisymmetric and zero exactly for equal dates', () => {
    fc.assert(
      fc.property(absoluteDateArb(), absoluteDateArb(), (a, b) => {
        expect(sign(compareAbsoluteDates(a, b)) + sign(compareAbsoluteDates(b, a))).toBe(0)
        expect(compareAbsoluteDates(a, b) === 0).toBe(
          a.kind === b.kind && canonical(a) === canonical(b),
        )
        expect(compareAbsoluteDates(a, a)).toBe(0)
      }),
      { numRuns: 2000 },
    )
  })

  it('is transitive', () => {
    fc.assert(
      fc.property(absoluteDateArb(), absoluteDateArb(), absoluteDateArb(), (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareAbsoluteDates) as [
          AbsoluteDate,
          AbsoluteDate,
          AbsoluteDate,
        ]
        expect(compareAbsoluteDates(x, y)).toBeLessThanOrEqual(0)
        expect(compareAbsoluteDates(y, z)).toBeLessThanOrEqual(0)
        expect(compareAbsoluteDates(x, z)).toBeLessThanOrEqual(0)
        if (compareAbsoluteDates(x, y) < 0 || compareAbsoluteDates(y, z) < 0) {
          expect(compareAbsoluteDates(x, z)).toBeLessThan(0)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with the sort key wherever the keys differ', () => {
    fc.assert(
      fc.property(absoluteDateArb(), absoluteDateArb(), (a, b) => {
        if (sortKey(a) !== sortKey(b)) {
          expect(sign(compareAbsoluteDates(a, b))).toBe(sign(sortKey(a) - sortKey(b)))
        }
      }),
    )
  })
})
