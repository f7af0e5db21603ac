import { describe, expect, it } from 'vitest'
import {
  capitalisedAlternation,
  ORDINAL_SUFFIX,
  phraseAlternation,
  phrasePattern,
  sentenceCase,
  SPACE,
  WORD_END,
  WORD_START,
} from './prose-patterns'

const whole = (pattern: string, flags = 'u') => new RegExp(`^(?:${pattern})$`, flags)

describe('prose patterns', () => {
  it('reads a run of spaces, a no-break space among them, as a space', () => {
    expect(whole(`a${SPACE}b`).test('a \u00a0\tb')).toBe(true)
    expect(whole(`a${SPACE}b`).test('ab')).toBe(false)
  })

  it('bounds words by letters and digits of any script', () => {
    const word = new RegExp(`${WORD_START}km${WORD_END}`, 'u')
    expect(word.test('900 km.')).toBe(true)
    expect(word.test('900km2')).toBe(false)
    expect(word.test('ékm')).toBe(false)
  })

  it('takes an optional ordinal suffix', () => {
    expect(whole(`\\d+${ORDINAL_SUFFIX}`).test('16th')).toBe(true)
    expect(whole(`\\d+${ORDINAL_SUFFIX}`).test('16')).toBe(true)
  })

  it('escapes full stops and widens spaces in a phrase', () => {
    expect(whole(phrasePattern('c.')).test('c.')).toBe(true)
    expect(whole(phrasePattern('c.')).test('cx')).toBe(false)
    expect(whole(phrasePattern('at least')).test('at\u00a0 least')).toBe(true)
  })

  it('lists longer phrases first', () => {
    expect(phraseAlternation(['more than', 'no more than', 'over'])).toBe(
      `no${SPACE}more${SPACE}than|more${SPACE}than|over`,
    )
  })

  it('reads words lower case or capitalised, never in capitals', () => {
    const re = whole(sentenceCase('in|the year'))
    expect(['in', 'In', 'the year', 'The year'].every((w) => re.test(w))).toBe(true)
    expect(re.test('IN')).toBe(false)
  })

  it('reads names capitalised or in capitals, never lower case', () => {
    const re = whole(capitalisedAlternation(['january', 'May']))
    expect(['January', 'JANUARY', 'May', 'MAY'].every((w) => re.test(w))).toBe(true)
    expect(re.test('may')).toBe(false)
  })
})
