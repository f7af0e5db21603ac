import { RangeSet } from 'dexie'
import { describe, expect, it } from 'vitest'
import { changedIds } from './changed-ids'

describe('changedIds', () => {
  it('lists the single keys a write changed, in key order', () => {
    expect(changedIds(new RangeSet().addKeys(['b', 'a']))).toEqual(['a', 'b'])
    expect(changedIds(new RangeSet())).toEqual([])
  })

  it('says all must be read after a change to a range of keys', () => {
    expect(changedIds(new RangeSet('a', 'c'))).toBeNull()
    expect(changedIds(new RangeSet(-Infinity, [[[]]]))).toBeNull()
  })
})
