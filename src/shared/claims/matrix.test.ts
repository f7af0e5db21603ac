import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildEvidenceMatrix, nextStance, type MatrixLink } from './matrix'
import { STANCES, type Stance } from './types'

const link = (highlightId: string, claimId: string, stance: Stance): MatrixLink => ({
  highlightId,
  claimId,
  stance,
})

const order = (rows: { highlightId: string }[]) => rows.map((row) => row.highlightId)

describe('buildEvidenceMatrix', () => {
  it('has one row per highlight linked to a chosen claim, cells in claim order', () => {
    const rows = buildEvidenceMatrix(
      ['c1', 'c2', 'c3'],
      [
        link('h1', 'c3', 'supports'),
        link('h1', 'c1', 'contradicts'),
        link('h2', 'other', 'supports'),
        link('h3', 'c2', 'context'),
      ],
    )
    expect(rows).toEqual([
      { highlightId: 'h1', cells: ['contradicts', null, 'supports'], diagnosticity: 2 },
      { highlightId: 'h3', cells: [null, 'context', null], diagnosticity: 0 },
    ])
  })

  it('scores diagnosticity as the spread of supports +1, contradicts −1, else 0', () => {
    const rows = buildEvidenceMatrix(
      ['c1', 'c2'],
      [
        link('both-support', 'c1', 'supports'),
        link('both-support', 'c2', 'supports'),
        link('one-support', 'c1', 'supports'),
        link('split', 'c1', 'supports'),
        link('split', 'c2', 'contradicts'),
        link('one-against', 'c2', 'contradicts'),
        link('against-context', 'c1', 'contradicts'),
        link('against-context', 'c2', 'context'),
        link('both-context', 'c1', 'context'),
        link('both-context', 'c2', 'context'),
      ],
    )
    expect(Object.fromEntries(rows.map((r) => [r.highlightId, r.diagnosticity]))).toEqual({
      'both-support': 0,
      'one-support': 1,
      split: 2,
      'one-against': 1,
      'against-context': 1,
      'both-context': 0,
    })
  })

  it('puts the most diagnostic first and evidence consistent with every claim last', () => {
    const rows = buildEvidenceMatrix(
      ['c1', 'c2', 'c3'],
      [
        link('all-support', 'c1', 'supports'),
        link('all-support', 'c2', 'supports'),
        link('all-support', 'c3', 'supports'),
        link('one-support', 'c2', 'supports'),
        link('split', 'c1', 'supports'),
        link('split', 'c3', 'contradicts'),
      ],
    )
    expect(order(rows)).toEqual(['split', 'one-support', 'all-support'])
    expect(rows.map((r) => r.diagnosticity)).toEqual([2, 1, 0])
  })

  it('breaks ties by more linked cells, then first appearance in the links', () => {
    const rows = buildEvidenceMatrix(
      ['c1', 'c2', 'c3'],
      [
        link('late-one-cell', 'c1', 'supports'),
        link('two-cells', 'c1', 'supports'),
        link('two-cells', 'c2', 'context'),
        link('early-one-cell', 'c3', 'contradicts'),
      ],
    )
    expect(rows.map((r) => r.diagnosticity)).toEqual([1, 1, 1])
    expect(order(rows)).toEqual(['two-cells', 'late-one-cell', 'early-one-cell'])
  })

  it('follows evidenceOrder on ties, with unlisted highlights after in link order', () => {
    const links = [
      link('a', 'c1', 'supports'),
      link('b', 'c1', 'supports'),
      link('c', 'c1', 'supports'),
      link('d', 'c1', 'supports'),
    ]
    expect(order(buildEvidenceMatrix(['c1', 'c2'], links, ['c', 'a']))).toEqual([
      'c',
      'a',
      'b',
      'd',
    ])
    expect(order(buildEvidenceMatrix(['c1', 'c2'], links, ['d', 'c', 'b', 'a']))).toEqual([
      'd',
      'c',
      'b',
      'a',
    ])
  })

  it('lets evidenceOrder decide ties only, never over diagnosticity or linked cells', () => {
    const rows = buildEvidenceMatrix(
      ['c1', 'c2'],
      [
        link('agree', 'c1', 'supports'),
        link('agree', 'c2', 'supports'),
        link('single', 'c1', 'contradicts'),
        link('split', 'c1', 'contradicts'),
        link('split', 'c2', 'supports'),
      ],
      ['agree', 'single', 'split'],
    )
    expect(order(rows)).toEqual(['split', 'single', 'agree'])
  })

  it('gives every row diagnosticity 0 with fewer than two claims chosen', () => {
    const links = [link('h1', 'c1', 'supports'), link('h2', 'c1', 'contradicts')]
    expect(buildEvidenceMatrix(['c1'], links).map((r) => r.diagnosticity)).toEqual([0, 0])
    expect(order(buildEvidenceMatrix(['c1'], links))).toEqual(['h1', 'h2'])
    expect(buildEvidenceMatrix([], links)).toEqual([])
  })

  it('keeps a contradiction when one highlight is linked to one claim twice', () => {
    const rows = buildEvidenceMatrix(
      ['c1', 'c2'],
      [link('h', 'c1', 'supports'), link('h', 'c1', 'contradicts'), link('h', 'c1', 'context')],
    )
    expect(rows[0]?.cells).toEqual(['contradicts', null])
  })

  const claims = ['c1', 'c2', 'c3', 'c4']
  const highlights = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
  const links = fc.array(
    fc.record({
      highlightId: fc.constantFrom(...highlights),
      claimId: fc.constantFrom(...claims, 'elsewhere'),
      stance: fc.constantFrom(...STANCES),
    }),
    { maxLength: 30 },
  )
  const chosen = fc.subarray(claims)

  it('does not depend on the order of links when evidenceOrder is given', () => {
    fc.assert(
      fc.property(
        chosen,
        links.chain((ls) =>
          fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls, { minLength: ls.length })),
        ),
        fc.shuffledSubarray(highlights, { minLength: highlights.length }),
        (claimIds, [ls, shuffled], evidenceOrder) => {
          expect(buildEvidenceMatrix(claimIds, shuffled, evidenceOrder)).toEqual(
            buildEvidenceMatrix(claimIds, ls, evidenceOrder),
          )
        },
      ),
    )
  })

  it('orders rows by diagnosticity, then linked cells; every cell matches a link', () => {
    fc.assert(
      fc.property(chosen, links, (claimIds, ls) => {
        const rows = buildEvidenceMatrix(claimIds, ls)
        const expected = new Set(
          ls.filter((l) => claimIds.includes(l.claimId)).map((l) => l.highlightId),
        )
        expect(new Set(order(rows))).toEqual(expected)
        expect(rows).toHaveLength(expected.size)
        const linked = (cells: (Stance | null)[]) => cells.filter((c) => c !== null).length
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [rows[i - 1]!, rows[i]!]
          expect(a.diagnosticity).toBeGreaterThanOrEqual(b.diagnosticity)
          if (a.diagnosticity === b.diagnosticity) {
            expect(linked(a.cells)).toBeGreaterThanOrEqual(linked(b.cells))
          }
        }
        for (const row of rows) {
          expect(row.cells).toHaveLength(claimIds.length)
          row.cells.forEach((cell, column) => {
            const has = ls.some(
              (l) =>
                l.highlightId === row.highlightId &&
                l.claimId === claimIds[column] &&
                l.stance === cell,
            )
            expect(cell === null || has).toBe(true)
          })
        }
      }),
    )
  })

  it('always puts a row with supports and contradicts before a row with only supports', () => {
    fc.assert(
      fc.property(chosen, links, (claimIds, ls) => {
        const rows = buildEvidenceMatrix(claimIds, ls)
        const mixed = (cells: (Stance | null)[]) =>
          cells.includes('supports') && cells.includes('contradicts')
        const onlySupports = (cells: (Stance | null)[]) =>
          cells.includes('supports') && cells.every((c) => c === null || c === 'supports')
        const firstSupportsOnly = rows.findIndex((r) => onlySupports(r.cells))
        if (firstSupportsOnly >= 0) {
          expect(rows.slice(firstSupportsOnly).some((r) => mixed(r.cells))).toBe(false)
        }
      }),
    )
  })
})

describe('nextStance', () => {
  it('cycles unlinked → supports → contradicts → context → unlinked', () => {
    expect(nextStance(null)).toBe('supports')
    expect(nextStance('supports')).toBe('contradicts')
    expect(nextStance('contradicts')).toBe('context')
    expect(nextStance('context')).toBeNull()
  })
})
