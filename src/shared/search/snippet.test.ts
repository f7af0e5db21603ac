import { describe, expect, it } from 'vitest'
import { findHits, joinHits, makeSnippet, termMatcher, withinEdits, type Snippet } from './snippet'

const marked = (s: Snippet) => s.hits.map((h) => s.text.slice(h.start, h.end))

const filler = (n: number, word = 'lorem') => Array.from({ length: n }, () => word).join(' ')

describe('withinEdits', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(withinEdits('balochistan', 'balochstan', 1)).toBe(true)
    expect(withinEdits('amirabdollahian', 'amirabdolahian', 1)).toBe(true)
    expect(withinEdits('baluchistan', 'balochistan', 1)).toBe(true)
    expect(withinEdits('iran', 'iraq', 0)).toBe(false)
    expect(withinEdits('kitten', 'sitting', 2)).toBe(false)
    expect(withinEdits('kitten', 'sitting', 3)).toBe(true)
  })
})

describe('termMatcher', () => {
  it('matches words, compound parts, a prefix of the last word and near misses', () => {
    expect(termMatcher('Jaish-al-Adl')('adl')).toBe(true)
    expect(termMatcher('border sec', { prefix: true })('security')).toBe(true)
    expect(termMatcher('border se', { prefix: true })('security')).toBe(false)
    expect(termMatcher('border sec')('security')).toBe(false)
    expect(termMatcher('Balochstan', { fuzzy: true })('balochistan')).toBe(true)
    // Short words are not matched fuzzily: "Iran" must not find "Iraq".
    expect(termMatcher('Iran', { fuzzy: true })('iraq')).toBe(false)
  })
})

describe('findHits', () => {
  it('marks a whole compound, or only the part that matched', () => {
    const text = 'A 959-kilometer border and a 959 km fence'
    const whole = findHits(text, termMatcher('959-kilometer'))
    expect(whole.map((h) => text.slice(h.start, h.end))).toEqual(['959-kilometer', '959'])
    const part = findHits(text, termMatcher('kilometer'))
    expect(part.map((h) => text.slice(h.start, h.end))).toEqual(['kilometer'])
  })
})

describe('makeSnippet', () => {
  it('returns a short text whole with its hits', () => {
    const s = makeSnippet('Talks in Quetta; talks in Tehran.', termMatcher('talks'))
    expect(s.text).toBe('Talks in Quetta; talks in Tehran.')
    expect(marked(s)).toEqual(['Talks', 'talks'])
  })

  it('cuts a long text around the hit at word boundaries, with ellipses', () => {
    const text = `${filler(60)} the Marg Bar Sarmachar operation ${filler(60)}`
    const s = makeSnippet(text, termMatcher('Sarmachar'), 80)
    expect(s.text.startsWith('…')).toBe(true)
    expect(s.text.endsWith('…')).toBe(true)
    expect(s.text.length).toBeLessThanOrEqual(82)
    expect(marked(s)).toEqual(['Sarmachar'])
    // Whole words only: no cut "lor" or "em" at either end.
    for (const word of s.text.slice(1, -1).split(' ')) {
      expect(['lorem', 'the', 'Marg', 'Bar', 'Sarmachar', 'operation']).toContain(word)
    }
  })

  it('prefers the window with the most distinct query words', () => {
    const text =
      `Jaish al-Adl ${filler(40)} Jaish al-Adl ${filler(40)} ` +
      `Jaish al-Adl attacked near the 959-kilometer border ${filler(40)}`
    const s = makeSnippet(text, termMatcher('Jaish border'), 100)
    expect(marked(s)).toContain('border')
    expect(marked(s)).toContain('Jaish')
  })

  it('gives the beginning of a text without hits', () => {
    const text = filler(100)
    const s = makeSnippet(text, termMatcher('absent'), 50)
    expect(s.hits).toEqual([])
    expect(s.text.startsWith('lorem')).toBe(true)
    expect(s.text.endsWith('…')).toBe(true)
  })

  it('keeps a hit at the very start or end without a needless ellipsis', () => {
    const text = `Balochistan ${filler(80)}`
    const start = makeSnippet(text, termMatcher('Balochistan'), 60)
    expect(start.text.startsWith('Balochistan')).toBe(true)
    expect(start.hits[0]).toEqual({ start: 0, end: 11 })
    const end = makeSnippet(`${filler(80)} Baluchistan`, termMatcher('Baluchistan'), 60)
    expect(end.text.endsWith('Baluchistan')).toBe(true)
    expect(marked(end)).toEqual(['Baluchistan'])
  })

  it('keeps a single word longer than the window', () => {
    const long = 'x'.repeat(300)
    const s = makeSnippet(`a ${long} b`, termMatcher(long), 100)
    expect(marked(s)).toEqual([long])
  })
})

describe('joinHits', () => {
  it('marks a hyphenated or spaced phrase as one hit, and keeps hits apart across words', () => {
    const text = 'Jaish-al-Adl and Marg Bar Sarmachar, then Iran'
    const isHit = termMatcher('jaish al adl marg bar sarmachar iran')
    expect(makeSnippet(text, isHit).hits.map((h) => text.slice(h.start, h.end))).toEqual([
      'Jaish-al-Adl',
      'Marg Bar Sarmachar',
      'Iran',
    ])
    expect(
      joinHits('a — b', [
        { start: 0, end: 1 },
        { start: 4, end: 5 },
      ]),
    ).toEqual([{ start: 0, end: 5 }])
  })
})
