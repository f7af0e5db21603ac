import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LABEL_AFTER,
  LABEL_BEFORE,
  LABEL_INSIDE,
  LABEL_NONE,
  buildTimeIndex,
  footprint,
  itemsInWindow,
  lowerBound,
  packRows,
  placeLabels,
  type Timed,
} from './lane-layout'

const DAY = 86_400_000
interface LayoutItem extends Timed {
  lane: number
}
const item = (start: number, end: number, lane = 0): LayoutItem => ({ start, end, lane })
const laneOf = (it: LayoutItem) => it.lane

/** A deterministic spread of points and ranges, as a long investigation might hold. */
function synthetic(count: number, lanes: number): LayoutItem[] {
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) as number
  return Array.from({ length: count }, () => {
    const start = Date.UTC(1990, 0, 1) + random() * 35 * 365 * DAY
    const long = random() < 0.05
    return item(start, start + (long ? random() * 800 : 1) * DAY, Math.floor(random() * lanes))
  })
}

const itemsArb = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 1000 }),
    length: fc.integer({ min: 0, max: 200 }),
    lane: fc.integer({ min: 0, max: 2 }),
  }),
  { maxLength: 120 },
)

describe('lowerBound', () => {
  it('finds the first position not below the target', () => {
    const values = Float64Array.from([1, 3, 3, 5])
    expect([0, 1, 3, 4, 5, 6].map((t) => lowerBound(values, t))).toEqual([0, 0, 1, 3, 3, 4])
  })
})

describe('buildTimeIndex', () => {
  it('orders by start, then end, then input order, and keeps the extent', () => {
    const index = buildTimeIndex([item(5, 9), item(1, 4), item(5, 6), item(1, 4)], 1, laneOf)
    expect([...index.order]).toEqual([1, 3, 2, 0])
    expect([...index.rank]).toEqual([3, 0, 2, 1])
    expect([index.min, index.max]).toEqual([1, 9])
  })

  it('reads an end before the start as a point and clamps unknown lanes', () => {
    const index = buildTimeIndex([item(10, 2, 7), item(3, 4, -1)], 2, laneOf)
    expect(index.ends[0]).toBe(10)
    expect([...index.lanes]).toEqual([1, 0])
  })

  it('has no extent when empty', () => {
    const index = buildTimeIndex<LayoutItem>([], 0, laneOf)
    expect(index.count).toBe(0)
    expect(Number.isNaN(index.min)).toBe(true)
    expect(itemsInWindow(index, 0, 10)).toHaveLength(0)
  })
})

describe('itemsInWindow', () => {
  it('finds ranges that started long before the window, and points inside it', () => {
    const items = [item(0, 1000), item(50, 50), item(60, 61), item(100, 100), item(10, 20)]
    const index = buildTimeIndex(items, 1, laneOf)
    expect([...itemsInWindow(index, 50, 100)]).toEqual([0, 1, 2])
  })

  it('answers exactly what a full scan answers, in chronological order', () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.integer({ min: -50, max: 1100 }),
        fc.integer({ min: 0, max: 400 }),
        (raw, from, length) => {
          const items = raw.map((r) => item(r.start, r.start + r.length, r.lane))
          const index = buildTimeIndex(items, 3, laneOf)
          const to = from + length
          const expected = [...index.order].filter((i) => {
            const { start, end } = items[i] as LayoutItem
            return start < to && (end > from || start >= from)
          })
          expect([...itemsInWindow(index, from, to)]).toEqual(expected)
        },
      ),
    )
  })
})

describe('packRows', () => {
  it('stacks overlapping marks into rows, first fit, and overflows past the limit', () => {
    const items = [item(0, 10), item(5, 15), item(12, 20), item(6, 8), item(7, 9), item(0, 3, 1)]
    const layout = packRows(buildTimeIndex(items, 2, laneOf), { minSpan: 0, gap: 1, maxRows: 3 })
    expect([...layout.row]).toEqual([0, 1, 0, 2, -1, 0])
    expect([...layout.rowsUsed]).toEqual([3, 1])
    expect([...layout.overflow]).toEqual([1, 0])
  })

  it('gives points their minimum room, centred', () => {
    expect(footprint(100, 100, 10)).toEqual([95, 105])
    expect(footprint(0, 100, 10)).toEqual([0, 100])
    const layout = packRows(buildTimeIndex([item(100, 100), item(108, 108)], 1, laneOf), {
      minSpan: 10,
      gap: 0,
      maxRows: 4,
    })
    expect([...layout.row]).toEqual([0, 1])
  })

  it('never lets two marks of a row overlap', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 0, max: 30 }), (raw, minSpan) => {
        const items = raw.map((r) => item(r.start, r.start + r.length, r.lane))
        const index = buildTimeIndex(items, 3, laneOf)
        const layout = packRows(index, { minSpan, gap: 2, maxRows: 4 })
        const placed = items
          .map((it, i) => ({
            lane: it.lane,
            row: layout.row[i] as number,
            fp: footprint(it.start, Math.max(it.start, it.end), minSpan),
          }))
          .filter((p) => p.row >= 0)
        for (const a of placed) {
          for (const b of placed) {
            if (a === b || a.lane !== b.lane || a.row !== b.row) continue
            expect(a.fp[1] + 2 <= b.fp[0] || b.fp[1] + 2 <= a.fp[0]).toBe(true)
          }
        }
      }),
    )
  })

  // Its speed is measured by `npm run bench`, not here: a timed unit test fails on a busy machine.
  it('indexes and packs 10,000 events, every one placed', () => {
    const items = synthetic(10_000, 4)
    const index = buildTimeIndex(items, 4, laneOf)
    const layout = packRows(index, { minSpan: 14 * DAY, gap: 4 * DAY, maxRows: 5 })
    const visible = itemsInWindow(index, Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1))
    expect(layout.row).toHaveLength(10_000)
    expect(visible.length).toBeGreaterThan(100)
  })
})

describe('placeLabels', () => {
  const options = { pad: 4, from: 0, to: 1000 }

  it('puts a label after its mark only when the room before the next mark holds it', () => {
    const placement = placeLabels(
      [
        { slot: 0, x0: 0, x1: 10, width: 50 },
        { slot: 1, x0: 5, x1: 15, width: 30 },
        { slot: 0, x0: 40, x1: 50, width: 20 },
        { slot: 0, x0: 80, x1: 90, width: 20 },
      ],
      options,
    )
    expect([...placement]).toEqual([LABEL_NONE, LABEL_AFTER, LABEL_AFTER, LABEL_AFTER])
  })

  it('puts a label inside a bar wide enough for it', () => {
    const placement = placeLabels(
      [
        { slot: 0, x0: 0, x1: 300, width: 100 },
        { slot: 0, x0: 310, x1: 320, width: 100 },
      ],
      options,
    )
    expect([...placement]).toEqual([LABEL_INSIDE, LABEL_AFTER])
  })

  it('puts a label before its mark when it has no room after, clear of the previous label', () => {
    const placement = placeLabels(
      [
        { slot: 0, x0: 0, x1: 10, width: 20 },
        { slot: 0, x0: 60, x1: 70, width: 20 },
        { slot: 0, x0: 75, x1: 85, width: 20 },
        { slot: 1, x0: 960, x1: 970, width: 40 },
        { slot: 2, x0: 10, x1: 20, width: 40 },
        { slot: 2, x0: 30, x1: 40, width: 40 },
      ],
      options,
    )
    expect([...placement]).toEqual([
      LABEL_AFTER,
      LABEL_NONE,
      LABEL_AFTER,
      LABEL_BEFORE,
      LABEL_NONE,
      LABEL_AFTER,
    ])
  })

  it('moves a label the visible edge would cut to before its mark', () => {
    const marks = [
      { slot: 0, x0: 480, x1: 490, width: 60 },
      { slot: 1, x0: 600, x1: 610, width: 60 },
    ]
    const placement = placeLabels(marks, { ...options, edge: 500 })
    expect([...placement]).toEqual([LABEL_BEFORE, LABEL_AFTER])
  })
})
