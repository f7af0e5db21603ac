import { describe, expect, it } from 'vitest'
import { emptyHints } from './extracted'
import { authorsFrom, hintsFromFrontMatter, splitFrontMatter } from './front-matter-hints'

describe('splitFrontMatter', () => {
  it('splits fenced YAML from the body', () => {
    expect(splitFrontMatter('---\ntitle: Panjgur\n---\n\n# Body\n')).toEqual({
      fields: { title: 'Panjgur' },
      problem: null,
      body: '\n# Body\n',
    })
    expect(splitFrontMatter('---\ntitle: A\n...\nBody').body).toBe('Body')
  })

  it('reads an empty front matter as no fields', () => {
    expect(splitFrontMatter('---\n---\nBody')).toEqual({ fields: {}, problem: null, body: 'Body' })
  })

  it('leaves a file without front matter whole', () => {
    expect(splitFrontMatter('# Title\n\n---\n\nText')).toEqual({
      fields: null,
      problem: null,
      body: '# Title\n\n---\n\nText',
    })
  })

  it('reads a fenced block that is not a mapping as Markdown (a rule and a heading)', () => {
    const text = '---\nSome words\n---\n\nText'
    expect(splitFrontMatter(text)).toEqual({ fields: null, problem: null, body: text })
    const broken = '---\n- [unclosed\n---\nText'
    expect(splitFrontMatter(broken).body).toBe(broken)
  })

  it('reports broken front matter with its line in the file, and keeps it out of the body', () => {
    const split = splitFrontMatter(
      '---\ntitle: "Baloch separatists\nauthor: Amna Baloch\ndate: 2024-01-20\n---\n\nText.',
    )
    expect(split.fields).toBeNull()
    expect(split.problem).toEqual({ line: 2, message: 'missing closing "quote' })
    expect(split.body).toBe('\nText.')
  })

  it('names the line of another YAML error where YAML found it', () => {
    expect(
      splitFrontMatter('---\ntitle: A\nauthors: [x, y\ndate: 2024\n---\nText').problem,
    ).toEqual({
      line: 4,
      message: 'flow sequence in block collection must be sufficiently indented and end with a ]',
    })
  })

  it('allows duplicate keys, the last one winning', () => {
    expect(splitFrontMatter('---\ntitle: A\ntitle: B\n---\n').fields).toEqual({ title: 'B' })
  })
})

describe('hintsFromFrontMatter', () => {
  it('reads the common fields', () => {
    expect(
      hintsFromFrontMatter({
        title: '  Pakistan strikes   Iran ',
        authors: ['Saleem Shahid', { name: 'Amna Baloch' }],
        outlet: 'Dawn',
        date: '2024-01-18',
        url: 'https://www.dawn.com/news/1',
        genre: 'news',
        lang: 'en',
      }),
    ).toEqual({
      title: 'Pakistan strikes Iran',
      authors: ['Saleem Shahid', 'Amna Baloch'],
      outlet: 'Dawn',
      published: { year: 2024, month: 1, day: 18, approximate: false },
      publishedText: '2024-01-18',
      genre: 'news',
      sourceUrl: 'https://www.dawn.com/news/1',
      language: 'en',
    })
  })

  it('reads other names for them, in any case or separator style', () => {
    expect(
      hintsFromFrontMatter({
        Headline: 'Saravan strikes',
        Author: 'Saleem Shahid and Amna Baloch',
        Published_At: '18 January 2024',
        source: 'https://tribune.example/a',
        site_name: 'The Express Tribune',
        tags: ['iran', 'pakistan'],
        Language: 'en-PK',
      }),
    ).toMatchObject({
      title: 'Saravan strikes',
      authors: ['Saleem Shahid', 'Amna Baloch'],
      published: { year: 2024, month: 1, day: 18, approximate: false },
      publishedText: '18 January 2024',
      sourceUrl: 'https://tribune.example/a',
      outlet: 'The Express Tribune',
      genre: 'iran',
      language: 'en-PK',
    })
  })

  it('takes a source that is not a web address as the outlet', () => {
    expect(hintsFromFrontMatter({ source: 'Dawn' })).toMatchObject({
      outlet: 'Dawn',
      sourceUrl: null,
    })
    expect(hintsFromFrontMatter({ url: 'javascript:alert(1)' }).sourceUrl).toBeNull()
  })

  it('keeps the precision of the date written, and the words when they are not a date', () => {
    expect(hintsFromFrontMatter({ published: 'January 2024' }).published).toEqual({
      year: 2024,
      month: 1,
      approximate: false,
    })
    expect(hintsFromFrontMatter({ date: 2024 })).toMatchObject({
      published: { year: 2024, approximate: false },
      publishedText: '2024',
    })
    expect(hintsFromFrontMatter({ date: 'last winter' })).toMatchObject({
      published: null,
      publishedText: 'last winter',
    })
  })

  it('leaves fields that say nothing usable empty', () => {
    expect(
      hintsFromFrontMatter({ title: '', authors: [], date: true, lang: 3, extra: { a: 1 } }),
    ).toEqual(emptyHints())
  })
})

describe('authorsFrom', () => {
  it('splits at semicolons, "and", "&", and commas between full names only', () => {
    expect(authorsFrom('Saleem Shahid; Amna Baloch & Ali Khan')).toEqual([
      'Saleem Shahid',
      'Amna Baloch',
      'Ali Khan',
    ])
    expect(authorsFrom('Saleem Shahid, Amna Baloch')).toEqual(['Saleem Shahid', 'Amna Baloch'])
    expect(authorsFrom('Baloch, Amna')).toEqual(['Baloch, Amna'])
    expect(authorsFrom('By Saleem Shahid')).toEqual(['Saleem Shahid'])
  })
})
