import { describe, expect, it } from 'vitest'
import { groupByPlacement, type PlacementLike } from './placement-groups'

describe('groupByPlacement', () => {
  it('orders placed highlights by reading order and keeps every orphan', () => {
    const placements: Record<string, PlacementLike> = {
      a: { status: 'placed', start: 50, end: 60 },
      b: { status: 'orphan' },
      c: { status: 'placed', start: 10, end: 20 },
      d: { status: 'uncertain', start: 30, end: 35, score: 0.6 },
      e: { status: 'placed', start: 10, end: 40 },
      f: { status: 'orphan' },
    }
    const groups = groupByPlacement(Object.keys(placements), (id) => placements[id]!)
    expect(groups.placed.map((p) => p.item)).toEqual(['e', 'c', 'a'])
    expect(groups.uncertain).toEqual([{ item: 'd', start: 30, end: 35, score: 0.6 }])
    expect(groups.orphans).toEqual(['b', 'f'])
  })
})
