import { describe, expect, it } from 'vitest'
import { moveIndex } from './list-navigation'

describe('moveIndex', () => {
  it('steps with arrows and j/k, stopping at the ends', () => {
    expect(moveIndex('ArrowDown', 0, 3)).toBe(1)
    expect(moveIndex('j', 2, 3)).toBe(2)
    expect(moveIndex('ArrowUp', 1, 3)).toBe(0)
    expect(moveIndex('k', 0, 3)).toBe(0)
  })

  it('jumps with Home and End', () => {
    expect(moveIndex('Home', 2, 3)).toBe(0)
    expect(moveIndex('End', 0, 3)).toBe(2)
  })

  it('ignores other keys and empty lists', () => {
    expect(moveIndex('x', 1, 3)).toBeNull()
    expect(moveIndex('j', 0, 0)).toBeNull()
  })
})
