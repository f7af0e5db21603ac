import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sentenceAround, titleFromSentence } from './sentence'

const text =
  'The first block ends here.\n\nIran struck on January 16. Two days after the Iranian missile strike, Pakistan executed a retaliatory airstrike. Talks followed.'

describe('sentenceAround', () => {
  it('finds the sentence holding the passage, within its block', () => {
    const from = text.indexOf('Two days after')
    const { start, end } = sentenceAround(text, from, from + 'Two days after'.length)
    expect(text.slice(start, end)).toBe(
      'Two days after the Iranian missile strike, Pakistan executed a retaliatory airstrike.',
    )
  })

  it('stops at the passage’s own full stop', () => {
    const from = text.indexOf('Iran struck')
    const to = text.indexOf('16.') + 3
    expect(text.slice(...Object.values(sentenceAround(text, from, to)))).toBe(
      'Iran struck on January 16.',
    )
  })

  it('does not cross into the previous block', () => {
    const from = text.indexOf('Iran struck')
    const { start, end } = sentenceAround(text, from, from + 4)
    expect(text.slice(start, end)).toBe('Iran struck on January 16.')
  })

  it('always contains the passage', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.nat(20), (from, length) => {
        const to = Math.min(text.length, from + length)
        const { start, end } = sentenceAround(text, from, to)
        expect(start).toBeLessThanOrEqual(from)
        expect(end).toBeGreaterThanOrEqual(to)
      }),
    )
  })
})

describe('titleFromSentence', () => {
  it('drops the stop and cuts long sentences at a word', () => {
    expect(titleFromSentence('Talks followed.')).toBe('Talks followed')
    const long = titleFromSentence(
      'Two days after the Iranian missile strike, Pakistan executed a retaliatory airstrike in response to the perceived violation of its sovereignty.',
    )
    expect(long.endsWith('…')).toBe(true)
    expect(long.length).toBeLessThanOrEqual(91)
  })
})
