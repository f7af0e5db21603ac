import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createIntervalIndex, type Interval } from './interval-index'

interface Named extends Interval {
  name: string
}

const names = (items: Named[]) => items.map((item) => item.name)

describe('createIntervalIndex', () => {
  // outer  [0, 20)   inner [5, 10)   deep [6, 8)   twin [5, 10)
  // later  [15, 30)  touching [30, 35)   empty [12, 12)
  const items: Named[] = [
    { name: 'later', start: 15, end: 30 },
    { name: 'inner', start: 5, end: 10 },
    { name: 'empty', start: 12, end: 12 },
    { name: 'outer', start: 0, end: 20 },
    { name: 'touching', start: 30, end: 35 },
    { name: 'deep', start: 6, end: 8 },
    { name: 'twin', start: 5, end: 10 },
  ]
  const index = createIntervalIndex(items)

  it('finds nested intervals at an offset, outermost first', () => {
    expect(names(index.at(7))).toEqual(['outer', 'inner', 'twin', 'deep'])
    expect(names(index.at(5))).toEqual(['outer', 'inner', 'twin'])
  })

  it('treats ends as exclusive and starts as inclusive', () => {
    expect(names(index.at(10))).toEqual(['outer'])
    expect(names(index.at(30))).toEqual(['touching'])
    expect(names(index.at(35))).toEqual([])
    expect(names(index.at(-1))).toEqual([])
  })

  it('never returns empty intervals', () => {
    expect(names(index.at(12))).toEqual(['outer'])
    expect(names(index.overlapping(11, 13))).toEqual(['outer'])
    expect(index.size).toBe(items.length)
  })

  it('finds overlapping intervals for a range, in start order', () => {
    expect(names(index.overlapping(9, 16))).toEqual(['outer', 'inner', 'twin', 'later'])
    expect(names(index.overlapping(20, 30))).toEqual(['later'])
    expect(names(index.overlapping(8, 8))).toEqual([])
    expect(names(index.overlapping(9, 2))).toEqual([])
  })

  it('copes with no intervals', () => {
    const none = createIntervalIndex<Named>([])
    expect(none.at(0)).toEqual([])
    expect(none.overlapping(0, 10)).toEqual([])
  })

  it('agrees with a brute-force filter', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 25 }), fc.nat())
      .map(([start, length, id]) => ({ name: `i${id}`, start, end: start + length }))
    const order = (a: Named, b: Named) => a.start - b.start || b.end - a.end
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 60 }),
        fc.integer({ min: -5, max: 90 }),
        fc.integer({ min: 0, max: 30 }),
        (all, offset, width) => {
          const idx = createIntervalIndex(all)
          const at = idx.at(offset)
          const expectedAt = all.filter((i) => i.start <= offset && offset < i.end)
          expect(new Set(at)).toEqual(new Set(expectedAt))
          expect(at).toHaveLength(expectedAt.length)
          expect([...at].sort(order)).toEqual(at)
          const over = idx.overlapping(offset, offset + width)
          const expectedOver = all.filter(
            (i) => i.end > i.start && i.start < offset + width && offset < i.end,
          )
          expect(new Set(over)).toEqual(new Set(width > 0 ? expectedOver : []))
          expect(over).toHaveLength(width > 0 ? expectedOver.length : 0)
          expect([...over].sort(order)).toEqual(over)
        },
      ),
      { numRuns: 300 },
    )
  })
})
