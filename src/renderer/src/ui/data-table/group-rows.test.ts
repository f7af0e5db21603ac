import { describe, expect, it } from 'vitest'
import { EMPTY_GROUP_LABEL, groupValueLabel } from './group-rows'

describe('groupValueLabel', () => {
  it('reads a value as text by default', () => {
    expect(groupValueLabel('contested')).toBe('contested')
    expect(groupValueLabel(12)).toBe('12')
    expect(groupValueLabel(false)).toBe('false')
  })

  it('says "(none)" for an empty value', () => {
    for (const value of [undefined, null, '', '   ', []]) {
      expect(groupValueLabel(value)).toBe(EMPTY_GROUP_LABEL)
    }
  })

  it('uses the column’s groupLabel, falling back when it returns nothing', () => {
    const label = (value: unknown) => (value === 'contested' ? 'Contested' : '')
    expect(groupValueLabel('contested', label)).toBe('Contested')
    expect(groupValueLabel('other', label)).toBe('other')
    expect(groupValueLabel(undefined, () => 'No tag')).toBe('No tag')
  })
})
