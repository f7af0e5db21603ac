import { describe, expect, it } from 'vitest'
import { hashWord, reuseWords } from './words'

/** The words of `text` as strings cut at their offsets. */
function cut(text: string): string[] {
  const words = reuseWords(text)
  return Array.from({ length: words.length }, (_, i) => text.slice(words.starts[i], words.ends[i]))
}

function sameWords(x: string, y: string): boolean {
  const a = reuseWords(x).hashes
  const b = reuseWords(y).hashes
  return a.length === b.length && a.every((h, i) => h === b[i])
}

describe('reuseWords', () => {
  it('gives each word its exact offsets in the text', () => {
    const text = '“Tense,” said Iran’s envoy — the 959-km border (1,000 posts) is 2.5% shut.'
    expect(cut(text)).toEqual([
      'Tense',
      'said',
      'Iran’s',
      'envoy',
      'the',
      '959',
      'km',
      'border',
      '1,000',
      'posts',
      'is',
      '2.5',
      'shut',
    ])
  })

  it('ignores case, punctuation, quote styles, dashes and hyphens', () => {
    expect(
      sameWords(
        "Iran's 959-km border -- 'tense', he said.",
        'IRAN’S 959 km border — “tense” he said',
      ),
    ).toBe(true)
    expect(sameWords('well-known', 'well known')).toBe(true)
  })

  it('folds accents and Arabic-script letter variants', () => {
    expect(sameWords('Café Zürich ÉLYSÉE', 'cafe zurich elysee')).toBe(true)
    expect(sameWords('Cafe\u0301', 'café')).toBe(true)
    expect(sameWords('علي', 'علی')).toBe(true)
  })

  it('keeps numbers: thousands separators fold, decimals do not', () => {
    expect(sameWords('1,000 troops', '1000 troops')).toBe(true)
    expect(sameWords('2.5 percent', '25 percent')).toBe(false)
    expect(sameWords('7 militants', '8 militants')).toBe(false)
    expect(reuseWords('2024.').length).toBe(1)
  })

  it('hashes a word as its folded form', () => {
    expect(reuseWords('Pakistan’s').hashes[0]).toBe(hashWord('pakistans'))
    expect(reuseWords('Zürich').hashes[0]).toBe(hashWord('zurich'))
  })

  it('skips symbols, emoji and lone marks; an empty text has no words', () => {
    expect(cut('a 😀 b © c \u0301')).toEqual(['a', 'b', 'c'])
    expect(reuseWords('').length).toBe(0)
    expect(reuseWords(' — … ').length).toBe(0)
  })

  it('handles texts longer than its scratch buffers', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `w${i}`).join(' ')
    const words = reuseWords(text)
    expect(words.length).toBe(10_000)
    expect(text.slice(words.starts[9_999], words.ends[9_999])).toBe('w9999')
  })
})
