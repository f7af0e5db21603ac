import { describe, expect, it } from 'vitest'
import { statedGenre } from './document-model'

describe('statedGenre', () => {
  it('shows the genre a source was given', () => {
    expect(statedGenre({ genre: 'op-ed' })).toBe('op-ed')
  })

  it('says nothing for an import whose genre was left blank', () => {
    expect(statedGenre({ genre: 'unspecified' })).toBeNull()
    expect(statedGenre({ genre: '  ' })).toBeNull()
  })
})
