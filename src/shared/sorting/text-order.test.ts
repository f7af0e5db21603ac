import { describe, expect, it } from 'vitest'
import { compareText } from './text-order'

describe('compareText', () => {
  it('ignores case and accents and orders numbers by value', () => {
    expect(['¶10', 'beta', 'Alpha', '¶2', 'Élan'].sort(compareText)).toEqual([
      '¶2',
      '¶10',
      'Alpha',
      'beta',
      'Élan',
    ])
    expect(compareText('iran', 'IRÁN')).toBe(0)
  })
})
