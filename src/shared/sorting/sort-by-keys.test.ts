import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortByKeys } from './sort-by-keys'

describe('sortByKeys', () => {
  it('sorts by the first key, then the next, keeping ties in input order', () => {
    const items = [
      { id: 'a', n: 2, m: 1 },
      { id: 'b', n: 1, m: 9 },
      { id: 'c', n: 2, m: 0 },
      { id: 'd', n: 2, m: 1 },
    ]
    const by = (desc: boolean) => [
      { key: (x: (typeof items)[number]) => x.n, desc },
      { key: (x: (typeof items)[number]) => x.m, desc: false },
    ]
    expect(sortByKeys(items, by(false)).map((x) => x.id)).toEqual(['b', 'c', 'a', 'd'])
    expect(sortByKeys(items, by(true)).map((x) => x.id)).toEqual(['c', 'a', 'd', 'b'])
  })

  it('returns the same array when there is nothing to sort by', () => {
    const items = [3, 1, 2]
    expect(sortByKeys(items, [])).toBe(items)
  })

  it('agrees with a stable comparator sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }))),
        fc.boolean(),
        (pairs, desc) => {
          const items = pairs.map(([a, b], i) => ({ a, b, i }))
          const sorted = sortByKeys(items, [
            { key: (x) => x.a, desc },
            { key: (x) => x.b, desc: false },
          ])
          const expected = [...items].sort(
            (x, y) => (desc ? y.a - x.a : x.a - y.a) || x.b - y.b || x.i - y.i,
          )
          expect(sorted).toEqual(expected)
        },
      ),
    )
  })
})
