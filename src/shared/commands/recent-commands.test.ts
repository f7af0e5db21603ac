import { describe, expect, it } from 'vitest'
import { parseRecentCommands, RECENT_LIMIT, rememberCommand } from './recent-commands'

describe('rememberCommand', () => {
  it('puts the command first, once', () => {
    expect(rememberCommand(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c'])
    expect(rememberCommand([], 'a')).toEqual(['a'])
  })

  it('forgets the oldest beyond the limit', () => {
    const full = Array.from({ length: RECENT_LIMIT }, (_, i) => `c${i}`)
    const next = rememberCommand(full, 'new')
    expect(next).toHaveLength(RECENT_LIMIT)
    expect(next[0]).toBe('new')
    expect(next).not.toContain(`c${RECENT_LIMIT - 1}`)
  })
})

describe('parseRecentCommands', () => {
  it('reads what rememberCommand stored', () => {
    expect(parseRecentCommands(JSON.stringify(['x', 'y']))).toEqual(['x', 'y'])
  })

  it('gives an empty list for anything unusable, and drops bad entries', () => {
    expect(parseRecentCommands(null)).toEqual([])
    expect(parseRecentCommands('not json')).toEqual([])
    expect(parseRecentCommands('{"a":1}')).toEqual([])
    expect(parseRecentCommands('["a", 3, "", "a", "b"]')).toEqual(['a', 'b'])
  })
})
