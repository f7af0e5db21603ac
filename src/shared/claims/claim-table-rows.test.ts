import { describe, expect, it } from 'vitest'
import { buildClaimRows } from './claim-rows'
import { claimTableRows } from './claim-table-rows'
import { claim } from './testing/claim-for-row'

const rows = buildClaimRows(
  [
    claim('a', { status: 'refuted', tags: ['strikes', 'border'] }),
    claim('b', { status: 'supported' }),
    claim('c', { status: 'unverified', tags: ['Border 10'] }),
    claim('d', { status: 'supported', tags: ['border 9'] }),
  ],
  [],
  new Map(),
  new Map(),
)

describe('claimTableRows', () => {
  it('keeps the given order with no grouping, one row per claim with all its tags', () => {
    const table = claimTableRows(rows, 'none')
    expect(table.map((r) => [r.key, r.groupTag])).toEqual([
      ['a', 'strikes, border'],
      ['b', ''],
      ['c', 'Border 10'],
      ['d', 'border 9'],
    ])
  })

  it('puts rows in status order when grouping by status, keeping the order within one', () => {
    expect(claimTableRows(rows, 'status').map((r) => r.id)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('gives a claim one row per tag when grouping by tag, in collation order, untagged last', () => {
    const table = claimTableRows(rows, 'tags')
    expect(table.map((r) => [r.id, r.groupTag])).toEqual([
      ['a', 'border'],
      ['d', 'border 9'],
      ['c', 'Border 10'],
      ['a', 'strikes'],
      ['b', ''],
    ])
    expect(new Set(table.map((r) => r.key)).size).toBe(table.length)
  })
})
