import { describe, expect, it } from 'vitest'
import { COUNTED_UNITS, readCountedNoun, singularOf } from './quantities-nouns'

describe('counted nouns', () => {
  it('reads a noun, or an adjective and a noun, to its normal form', () => {
    expect(readCountedNoun(' troops were', 40)).toEqual({ unit: 'soldiers', length: 7 })
    expect(readCountedNoun(' US service members', 3)).toEqual({
      unit: 'service members',
      length: 19,
    })
    expect(readCountedNoun(' wounded soldiers', 2)).toEqual({ unit: 'soldiers', length: 17 })
  })

  it('counts no singular after a number other than one', () => {
    expect(readCountedNoun(' missile strikes', 2)).toBeNull()
    expect(readCountedNoun(' missile', 1)).toEqual({ unit: 'missiles', length: 8 })
  })

  it('reads no noun after a word that ends the phrase or starts another count', () => {
    expect(readCountedNoun(' of the people', 84)).toBeNull()
    expect(readCountedNoun(' two children', 2024)).toBeNull()
    expect(readCountedNoun('people', 3)).toBeNull()
  })

  it('names the singular of each normal form', () => {
    expect(singularOf('people')).toBe('person')
    expect(singularOf('drones')).toBe('drone')
    expect(COUNTED_UNITS).toContain('deaths')
    expect([...COUNTED_UNITS].sort()).toEqual(COUNTED_UNITS)
  })
})
