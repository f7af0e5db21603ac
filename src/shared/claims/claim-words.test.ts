import { describe, expect, it } from 'vitest'
import { plural } from './claim-words'

describe('plural', () => {
  it('adds an s to every count but one', () => {
    expect(plural(0, 'evidence link')).toBe('0 evidence links')
    expect(plural(1, 'independent source')).toBe('1 independent source')
    expect(plural(2, 'context passage')).toBe('2 context passages')
  })
})
