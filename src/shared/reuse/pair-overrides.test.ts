import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  normalizePair,
  overrideFor,
  pairKey,
  toggleOverride,
  type PairOverride,
  type PairVerdict,
} from './pair-overrides'

describe('pair overrides', () => {
  it('treats [a, b] and [b, a] as one pair', () => {
    expect(normalizePair('h2', 'h1')).toEqual(['h1', 'h2'])
    expect(pairKey('h2', 'h1')).toBe(pairKey('h1', 'h2'))
    expect(pairKey('a', 'bc')).not.toBe(pairKey('ab', 'c'))
  })

  it('sets a verdict, replaces it with the other, and clears it when given again', () => {
    const none: readonly PairOverride[] = []
    const notReuse = toggleOverride(none, ['h2', 'h1'], 'not-reuse')
    expect(notReuse).toEqual([{ pair: ['h1', 'h2'], verdict: 'not-reuse' }])
    expect(overrideFor(notReuse, 'h1', 'h2')).toBe('not-reuse')

    const reuse = toggleOverride(notReuse, ['h1', 'h2'], 'reuse')
    expect(reuse).toEqual([{ pair: ['h1', 'h2'], verdict: 'reuse' }])

    expect(toggleOverride(reuse, ['h2', 'h1'], 'reuse')).toEqual([])
    expect(overrideFor([], 'h1', 'h2')).toBeNull()
  })

  it('never changes the list it is given, so the previous list is the undo', () => {
    const before: PairOverride[] = [{ pair: ['a', 'b'], verdict: 'reuse' }]
    const copy = structuredClone(before)
    toggleOverride(before, ['a', 'b'], 'not-reuse')
    toggleOverride(before, ['c', 'd'], 'reuse')
    expect(before).toEqual(copy)
  })

  it('refuses a pair of one passage with itself', () => {
    const list: readonly PairOverride[] = []
    expect(toggleOverride(list, ['a', 'a'], 'not-reuse')).toBe(list)
  })

  it('keeps one verdict per pair; a verdict given twice stays only where it was before', () => {
    const id = fc.constantFrom('h1', 'h2', 'h3', 'h4')
    const verdict = fc.constantFrom<PairVerdict>('reuse', 'not-reuse')
    const step = fc.tuple(id, id, verdict).filter(([a, b]) => a !== b)
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), step, (steps, [a, b, v]) => {
        let list: readonly PairOverride[] = []
        for (const [x, y, w] of steps) list = toggleOverride(list, [x, y], w)
        const keys = list.map((o) => pairKey(o.pair[0], o.pair[1]))
        expect(new Set(keys).size).toBe(keys.length)

        const twice = toggleOverride(toggleOverride(list, [a, b], v), [b, a], v)
        const had = overrideFor(list, a, b)
        // Given twice, a verdict clears itself or the other one; a pair that had it keeps it.
        expect(overrideFor(twice, a, b)).toBe(had === v ? v : null)
        expect(twice.length).toBe(list.length - (had === null || had === v ? 0 : 1))
      }),
    )
  })
})
