import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findInText, foldQuery, prepareFindText, type FindResult } from './find-in-text'

/** The matched passages as the reader would see them. */
function found(text: string, query: string, limit?: number): string[] {
  return findInText(prepareFindText(text), query, limit).matches.map(({ start, end }) =>
    text.slice(start, end),
  )
}

function result(text: string, query: string, limit?: number): FindResult {
  return findInText(prepareFindText(text), query, limit)
}

describe('findInText', () => {
  it('finds every occurrence regardless of case, with offsets into the text', () => {
    const text = 'Iran and Pakistan.\n\nIRAN said iran would respond.'
    expect(result(text, 'iran').matches).toEqual([
      { start: 0, end: 4 },
      { start: 20, end: 24 },
      { start: 30, end: 34 },
    ])
  })

  it('matches curly and straight apostrophes and quotes either way', () => {
    const text = 'Iran’s strike and Iran\'s reply; he said “enough” and "enough".'
    expect(found(text, "iran's")).toEqual(['Iran’s', "Iran's"])
    expect(found(text, 'Iran’s')).toEqual(['Iran’s', "Iran's"])
    expect(found(text, '"enough"')).toEqual(['“enough”', '"enough"'])
  })

  it('ignores diacritics in the text and in the query, precomposed or not', () => {
    const text = 'Café Zürich, cafe\u0301 Zurich, and Ḥamās.'
    expect(found(text, 'cafe')).toEqual(['Café', 'cafe\u0301'])
    expect(found(text, 'zürich')).toEqual(['Zürich', 'Zurich'])
    expect(found(text, 'hamas')).toEqual(['Ḥamās'])
  })

  it('lets a whitespace run in the query match any whitespace run, across blocks too', () => {
    const text = 'the border\u00a0region.\n\nAcross  the border region again'
    expect(found(text, 'border   region')).toEqual(['border\u00a0region', 'border region'])
    expect(found(text, 'region. across')).toEqual(['region.\n\nAcross'])
  })

  it('never begins or ends a match with whitespace', () => {
    expect(found('a  b', '  b ')).toEqual(['b'])
  })

  it('finds nothing for an empty or whitespace-only query', () => {
    expect(result('some text', '')).toEqual({ matches: [], capped: false })
    expect(result('some text', ' \n\t ')).toEqual({ matches: [], capped: false })
    expect(result('some text', '\u00ad\u200b')).toEqual({ matches: [], capped: false })
  })

  it('says there is no match when there is none', () => {
    expect(result('Iran and Pakistan', 'India')).toEqual({ matches: [], capped: false })
  })

  it('counts occurrences without overlapping them', () => {
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa'])
  })

  it('stops at the limit and says there were more', () => {
    const text = 'a '.repeat(50)
    const capped = result(text, 'a', 10)
    expect(capped.matches).toHaveLength(10)
    expect(capped.capped).toBe(true)
    expect(result(text, 'a', 50)).toMatchObject({ capped: false })
    expect(result(text, 'a', 50).matches).toHaveLength(50)
  })

  it('keeps offsets right after characters outside the basic plane', () => {
    const text = '𝒜 note 𝒜 note'
    expect(result(text, 'note').matches).toEqual([
      { start: 3, end: 7 },
      { start: 11, end: 15 },
    ])
  })

  it('finds what a plain case-insensitive search finds, in ASCII text', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab ]{0,40}$/),
        fc.stringMatching(/^[aAbB]{1,3}$/),
        (text, query) => {
          const expected: number[] = []
          const lower = text.toLowerCase()
          const needle = query.toLowerCase()
          for (
            let at = lower.indexOf(needle);
            at !== -1;
            at = lower.indexOf(needle, at + needle.length)
          )
            expected.push(at)
          expect(result(text, query).matches.map((m) => m.start)).toEqual(expected)
        },
      ),
    )
  })
})

describe('foldQuery', () => {
  it('folds case, accents, quotes and whitespace the way the text is folded', () => {
    expect(foldQuery('  Amir-Abdollahian’s   Café ')).toBe("amir-abdollahian's cafe")
  })
})
