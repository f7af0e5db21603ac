import { describe, expect, it } from 'vitest'
import { CIRCA_WORDS, PERIOD_PART_PHRASES, PERIOD_PART_WORDS } from './hedges'

describe('hedges', () => {
  it('are lower case, so each reader chooses how to case them', () => {
    for (const word of [...PERIOD_PART_WORDS, ...PERIOD_PART_PHRASES, ...CIRCA_WORDS]) {
      expect(word).toBe(word.toLowerCase())
    }
  })

  it('name parts of a period as a word or as a phrase ending in "of"', () => {
    expect(PERIOD_PART_WORDS).toEqual(['early', 'late', 'mid'])
    expect(PERIOD_PART_PHRASES.every((p) => p.startsWith('the ') && p.endsWith(' of'))).toBe(true)
  })
})
