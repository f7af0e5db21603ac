import { describe, expect, it } from 'vitest'
import { filterPlacementGroups } from './filter-placement-groups'
import { groupByPlacement, type PlacementLike } from './placement-groups'

const placements: Record<string, PlacementLike> = {
  a: { status: 'placed', start: 10, end: 20 },
  b: { status: 'placed', start: 0, end: 5 },
  c: { status: 'uncertain', start: 30, end: 40, score: 0.8 },
  d: { status: 'orphan' },
  e: { status: 'orphan' },
}
const groups = groupByPlacement(Object.keys(placements), (id) => placements[id]!)

describe('filterPlacementGroups', () => {
  it('keeps only the accepted items, each group in its order', () => {
    const kept = filterPlacementGroups(groups, (id) => id !== 'b' && id !== 'e')
    expect(kept.placed.map((p) => p.item)).toEqual(['a'])
    expect(kept.uncertain.map((p) => p.item)).toEqual(['c'])
    expect(kept.orphans).toEqual(['d'])
  })

  it('returns the same groups, not a copy, without a filter', () => {
    expect(filterPlacementGroups(groups, null)).toBe(groups)
  })
})
