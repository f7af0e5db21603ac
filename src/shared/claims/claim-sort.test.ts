import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ClaimRow } from './claim-rows'
import { EMPTY_SUMMARY } from './claim-summary'
import { sortClaimRows, collationRanks } from './claim-sort'

function row(id: string, statement: string, extra: Partial<ClaimRow> = {}): ClaimRow {
  return {
    ...EMPTY_SUMMARY,
    id,
    statement,
    status: 'unverified',
    statusLabel: 'Unverified',
    statusDiffers: false,
    confidence: null,
    confidenceLabel: 'Not assessed',
    confidenceRank: -1,
    tags: [],
    updatedAt: 0,
    ...extra,
  }
}

const ids = (rows: readonly ClaimRow[]) => rows.map((r) => r.id)

describe('sortClaimRows', () => {
  const rows = [
    row('a', 'claim 10', { supporting: 2, status: 'refuted' }),
    row('b', 'Claim 9', { supporting: 2, status: 'supported' }),
    row('c', 'Ähnlich', { supporting: 0, status: 'contested' }),
    row('d', 'claim 9', { supporting: 5, status: 'unverified' }),
  ]
  const ranks = collationRanks(rows.map((r) => r.statement))

  it('orders statements as an analyst reads them: no case or accents, numbers by value', () => {
    expect(ids(sortClaimRows(rows, [{ id: 'statement', desc: false }], ranks))).toEqual([
      'c',
      'b',
      'd',
      'a',
    ])
    expect(ids(sortClaimRows(rows, [{ id: 'statement', desc: true }], ranks))).toEqual([
      'a',
      'b',
      'd',
      'c',
    ])
  })

  it('sorts by several columns, status in its own order, ties in the given order', () => {
    expect(
      ids(
        sortClaimRows(
          rows,
          [
            { id: 'supporting', desc: true },
            { id: 'status', desc: false },
          ],
          ranks,
        ),
      ),
    ).toEqual(['d', 'b', 'a', 'c'])
  })

  it('leaves rows as they are for no sorting or a column that does not sort', () => {
    expect(sortClaimRows(rows, [], ranks)).toBe(rows)
    expect(sortClaimRows(rows, [{ id: 'tags', desc: false }], ranks)).toBe(rows)
  })

  it('matches a plain comparator sort on any rows', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
    const arbRow = fc.record({
      statement: fc.string({ maxLength: 6 }),
      supporting: fc.integer({ min: 0, max: 3 }),
      updatedAt: fc.integer({ min: 0, max: 5 }),
    })
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), fc.boolean(), (specs, desc) => {
        const list = specs.map((s, i) => row(String(i), s.statement, s))
        const sorted = sortClaimRows(
          list,
          [
            { id: 'supporting', desc },
            { id: 'statement', desc: false },
          ],
          collationRanks(list.map((r) => r.statement)),
        )
        const expected = [...list].sort(
          (a, b) =>
            (desc ? b.supporting - a.supporting : a.supporting - b.supporting) ||
            collator.compare(a.statement, b.statement) ||
            Number(a.id) - Number(b.id),
        )
        expect(ids(sorted)).toEqual(ids(expected))
      }),
    )
  })
})
