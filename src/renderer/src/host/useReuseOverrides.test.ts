import { describe, expect, it } from 'vitest'
import { withVerdict } from './useReuseOverrides'

describe('setting a reuse verdict', () => {
  it('sets, replaces and clears the verdict of a pair given in either order', () => {
    const set = withVerdict([], ['b', 'a'], 'reuse')
    expect(set).toEqual([{ pair: ['a', 'b'], verdict: 'reuse' }])
    const replaced = withVerdict(set, ['a', 'b'], 'not-reuse')
    expect(replaced).toEqual([{ pair: ['a', 'b'], verdict: 'not-reuse' }])
    expect(withVerdict(replaced, ['b', 'a'], null)).toEqual([])
  })

  it('leaves the list as it is when the pair already has that verdict, or none to clear', () => {
    const set = withVerdict([], ['a', 'b'], 'reuse')
    expect(withVerdict(set, ['a', 'b'], 'reuse')).toBe(set)
    expect(withVerdict(set, ['c', 'd'], null)).toBe(set)
  })
})
