import { describe, expect, it } from 'vitest'
import { foldTerm, indexTerms, queryWords, wordSpans } from './tokenise'

/** Whether every query word is found in the terms indexed for `text` (whole or by parts). */
function finds(query: string, text: string): boolean {
  const terms = new Set(indexTerms(text))
  return queryWords(query).every(
    (w) => terms.has(w.term) || (w.parts.length > 0 && w.parts.every((p) => terms.has(p))),
  )
}

describe('foldTerm', () => {
  it('folds case and Latin diacritics', () => {
    expect(foldTerm('Café')).toBe('cafe')
    expect(foldTerm('ÉLYSÉE')).toBe('elysee')
    expect(foldTerm('Zürich')).toBe('zurich')
  })

  it('drops apostrophes and an English possessive', () => {
    expect(foldTerm("Pakistan's")).toBe('pakistan')
    expect(foldTerm('Pakistan’s')).toBe('pakistan')
    expect(foldTerm("Shi'a")).toBe('shia')
    expect(foldTerm('Qurʼan')).toBe('quran')
  })

  it('keeps numbers, joining thousands', () => {
    expect(foldTerm('959')).toBe('959')
    expect(foldTerm('1,000')).toBe('1000')
    expect(foldTerm('2.5')).toBe('2.5')
  })

  it('keeps Persian and Urdu letters, unifying Arabic variants and removing harakat', () => {
    expect(foldTerm('بلوچستان')).toBe('بلوچستان')
    expect(foldTerm('ايران')).toBe('ایران') // Arabic yeh → Farsi yeh
    expect(foldTerm('كراچی')).toBe('کراچی') // Arabic kaf → keheh
    expect(foldTerm('مُحَمَّد')).toBe('محمد')
    expect(foldTerm('۹۵۹')).toBe('959')
  })

  it('keeps the vowel signs of Devanagari', () => {
    expect(foldTerm('हिंदी')).toBe('हिंदी'.normalize('NFC'))
  })
})

describe('wordSpans', () => {
  it('gives offsets into the text', () => {
    const text = 'A 959-kilometer border.'
    const spans = wordSpans(text)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['A', '959-kilometer', 'border'])
    const compound = spans[1]!
    expect(compound.term).toBe('959kilometer')
    expect(compound.parts.map((p) => [p.term, text.slice(p.start, p.end)])).toEqual([
      ['959', '959'],
      ['kilometer', 'kilometer'],
    ])
  })

  it('splits on punctuation and symbols, not inside a number', () => {
    const spans = wordSpans('“Talks,” he said (on 16.01.2024) — $1,500.')
    expect(spans.map((s) => s.term)).toEqual(['talks', 'he', 'said', 'on', '16.01.2024', '1500'])
  })

  it('keeps Persian words joined by a zero-width non-joiner as a compound', () => {
    const spans = wordSpans('می\u200cشود')
    expect(spans).toHaveLength(1)
    expect(spans[0]!.term).toBe('میشود')
    expect(spans[0]!.parts.map((p) => p.term)).toEqual(['می', 'شود'])
  })

  it('gives nothing for an empty or punctuation-only text', () => {
    expect(wordSpans('')).toEqual([])
    expect(wordSpans(' — , . ')).toEqual([])
  })
})

describe('indexTerms and queryWords', () => {
  it('indexes a compound whole and in parts', () => {
    expect(indexTerms('959-kilometer')).toEqual(['959kilometer', '959', 'kilometer'])
  })

  it('finds "959", "kilometer" and "959-kilometer" in "959-kilometer"', () => {
    for (const q of ['959', 'kilometer', '959-kilometer', '959 kilometer']) {
      expect(finds(q, 'the 959-kilometer border')).toBe(true)
    }
    expect(finds('959-kilometer', 'a 959 kilometer border')).toBe(true)
  })

  it('matches "Jaish al-Adl" and "Jaish-al-Adl" both ways', () => {
    expect(finds('Jaish al-Adl', 'claimed by Jaish-al-Adl on Tuesday')).toBe(true)
    expect(finds('Jaish-al-Adl', 'claimed by Jaish al-Adl on Tuesday')).toBe(true)
  })

  it('matches "Amir-Abdollahian" and "Amirabdollahian" through the whole compound', () => {
    expect(finds('Amirabdollahian', 'Hossein Amir-Abdollahian said')).toBe(true)
    expect(finds('Amir-Abdollahian', 'Hossein Amir Abdollahian said')).toBe(true)
  })

  it('folds the query as the index', () => {
    expect(queryWords('  Baluchistan’s  CAFÉ ')).toEqual([
      { term: 'baluchistan', parts: [] },
      { term: 'cafe', parts: [] },
    ])
    expect(queryWords('')).toEqual([])
  })
})
