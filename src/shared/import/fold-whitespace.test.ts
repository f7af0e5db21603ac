import { describe, expect, it } from 'vitest'
import { foldWhitespace } from './fold-whitespace'

describe('foldWhitespace', () => {
  it('folds runs of spaces, tabs, line breaks and no-break spaces to one space', () => {
    expect(foldWhitespace('  Jaish\tal-Adl \n claimed\u00a0the  attack ')).toBe(
      'Jaish al-Adl claimed the attack',
    )
  })

  it('composes to NFC', () => {
    expect(foldWhitespace('Pe\u0301shawar')).toBe('Péshawar')
  })

  it('gives an empty string for blank text', () => {
    expect(foldWhitespace(' \n\t ')).toBe('')
  })
})
