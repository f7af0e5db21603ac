import { describe, expect, it } from 'vitest'
import { DEFAULT_COLOR_NAMES, isHighlightColor, resolveColorNames } from './colors'

describe('resolveColorNames', () => {
  it('starts from the default names', () => {
    expect(resolveColorNames(undefined)).toEqual(DEFAULT_COLOR_NAMES)
  })

  it('uses renamed colours and falls back for blank or invalid ones', () => {
    const names = resolveColorNames({
      yellow: '  must  read ',
      green: '   ',
      blue: 7,
      pink: 'x'.repeat(99),
    })
    expect(names.yellow).toBe('must read')
    expect(names.green).toBe('evidence')
    expect(names.blue).toBe('question')
    expect(names.pink).toHaveLength(40)
  })
})

describe('isHighlightColor', () => {
  it('accepts only the five ids', () => {
    expect(isHighlightColor('yellow')).toBe(true)
    expect(isHighlightColor('key')).toBe(false)
    expect(isHighlightColor(undefined)).toBe(false)
  })
})
