import { describe, expect, it } from 'vitest'
import { countWords } from './count-words'

/** Every character JavaScript's `\s` matches, and some that look blank but are not. */
const JS_SPACES = [
  ...'\t\n\v\f\r \u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
]
const NOT_SPACES = ['\u200B', '\u2060', '\u00AD', '\u180E', '\u0085', '\u001F', '\u0021']

describe('countWords', () => {
  it('counts runs of non-whitespace', () => {
    expect(countWords('Iran and Pakistan agreed.')).toBe(4)
    expect(countWords('one')).toBe(1)
    expect(countWords('')).toBe(0)
    expect(countWords('   \n\t ')).toBe(0)
  })

  it('ignores whitespace at either end and in runs of any length', () => {
    expect(countWords('  two   words  ')).toBe(2)
    expect(countWords('\n\nline one\r\nline two\n')).toBe(4)
    expect(countWords('a\t\tb\fc\vd')).toBe(4)
  })

  it('splits at no-break and other Unicode spaces, as \\s does', () => {
    expect(countWords('10\u00A0km')).toBe(2)
    expect(countWords('a\u202Fb\u2009c\u3000d\u2028e\u2029f\uFEFFg')).toBe(7)
    for (const space of JS_SPACES) {
      expect(/^\s$/.test(space)).toBe(true)
      expect(countWords(`a${space}b`)).toBe(2)
    }
  })

  it('does not split at zero-width or soft-hyphen characters, which \\s does not match', () => {
    for (const char of NOT_SPACES) {
      expect(/^\s$/.test(char)).toBe(false)
      expect(countWords(`a${char}b`)).toBe(1)
    }
  })

  it('counts a character outside the BMP (a surrogate pair) as part of its word', () => {
    expect(countWords('\u{1F600} ok \u{20000}\u{20001}')).toBe(3)
  })

  it('agrees with match(/\\S+/g) on mixed text', () => {
    const pieces = ['word', 'Ünïcödé', '—', '“quoted”', '\u{1F600}', ...JS_SPACES, ...NOT_SPACES]
    let seed = 7
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: next() % 40 }, () => pieces[next() % pieces.length]).join(
        '',
      )
      expect(countWords(text), JSON.stringify(text)).toBe(text.match(/\S+/g)?.length ?? 0)
    }
  })
})
