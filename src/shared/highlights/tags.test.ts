import { describe, expect, it } from 'vitest'
import { addTag, normalizeTag, suggestTags } from './tags'

describe('normalizeTag', () => {
  it('folds whitespace and keeps emoji and right-to-left text intact', () => {
    expect(normalizeTag('  border   length ')).toBe('border length')
    expect(normalizeTag('🚩 red flag')).toBe('🚩 red flag')
    expect(normalizeTag(' بلوچستان ')).toBe('بلوچستان')
  })

  it('caps the length', () => {
    expect(normalizeTag('x'.repeat(500))).toHaveLength(80)
  })
})

describe('addTag', () => {
  it('adds a new tag and ignores blanks and case-insensitive duplicates', () => {
    expect(addTag(['Border'], 'trade')).toEqual(['Border', 'trade'])
    expect(addTag(['Border'], 'border')).toEqual(['Border'])
    expect(addTag(['Border'], '   ')).toEqual(['Border'])
  })
})

describe('suggestTags', () => {
  it('puts prefix matches first and leaves out chosen tags', () => {
    const all = ['cross-border', 'border', 'trade', 'Borderlands']
    expect(suggestTags(all, 'bor')).toEqual(['border', 'Borderlands', 'cross-border'])
    expect(suggestTags(all, 'bor', ['BORDER'])).toEqual(['Borderlands', 'cross-border'])
    expect(suggestTags(all, '')).toHaveLength(4)
  })
})
