import { describe, expect, it } from 'vitest'
import * as words from './number-words'

describe('number words', () => {
  it('names one to nineteen, then the tens', () => {
    expect(Object.values(words.CARDINAL_WORDS)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1))
    expect(Object.values(words.TENS_WORDS)).toEqual([20, 30, 40, 50, 60, 70, 80, 90])
    expect(words.CARDINAL_WORDS.twelve).toBe(12)
    expect(words.TENS_WORDS.forty).toBe(40)
  })

  it('cuts the cardinals at a maximum, in order', () => {
    expect(Object.keys(words.cardinalWordsUpTo(3))).toEqual(['one', 'two', 'three'])
    expect(Object.keys(words.cardinalWordsUpTo(0))).toEqual([])
  })

  it('picks scale words in the order asked for', () => {
    expect(words.scaleWords('million', 'hundred')).toEqual({ million: 1e6, hundred: 100 })
    expect(Object.keys(words.scaleWords('million', 'hundred'))).toEqual(['million', 'hundred'])
    expect(words.SCALE_WORDS.lakh).toBe(100_000)
    expect(words.SCALE_WORDS.crore).toBe(10_000_000)
  })
})
