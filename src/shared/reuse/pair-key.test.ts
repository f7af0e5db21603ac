import { describe, expect, it } from 'vitest'
import { normalizePair, pairKey } from './pair-key'

describe('pairKey', () => {
  it('keys a pair the same in either order, and two pairs apart', () => {
    expect(normalizePair('h2', 'h1')).toEqual(['h1', 'h2'])
    expect(pairKey('x', 'y')).toBe(pairKey('y', 'x'))
    expect(pairKey('x', 'y')).not.toBe(pairKey('x', 'z'))
    expect(pairKey('a', 'bc')).not.toBe(pairKey('ab', 'c'))
  })
})
