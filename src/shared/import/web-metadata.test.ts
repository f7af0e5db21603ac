import { describe, expect, it } from 'vitest'
import {
  cleanAuthor,
  genreFromSection,
  genreFromTypes,
  httpUrl,
  languageTag,
  looksLikeName,
  namesFromByline,
  webDateFromText,
  readJsonLd,
  trimTitleSuffix,
} from './web-metadata'

describe('trimTitleSuffix', () => {
  it('drops the outlet’s name after a separator', () => {
    expect(trimTitleSuffix('Harbour strike enters second week | The Ledger', 'The Ledger')).toBe(
      'Harbour strike enters second week',
    )
    expect(
      trimTitleSuffix('Strike – a view from the quay – Quayside Notes', 'Quayside Notes'),
    ).toBe('Strike – a view from the quay')
    expect(trimTitleSuffix('The Ledger | Strike talks collapse', 'The Ledger')).toBe(
      'Strike talks collapse',
    )
  })

  it('drops a short unknown suffix only after a title of three words or more', () => {
    expect(trimTitleSuffix('Strike talks collapse at the port - Eastport Gazette')).toBe(
      'Strike talks collapse at the port',
    )
    expect(trimTitleSuffix('Home | Gazette')).toBe('Home | Gazette')
    expect(trimTitleSuffix('News - March 1998 archive page - Association - March 1998')).toBe(
      'News - March 1998 archive page - Association - March 1998',
    )
  })

  it('never splits on a colon or an unspaced hyphen', () => {
    expect(trimTitleSuffix('Ukraine and Russia talks: what we know')).toBe(
      'Ukraine and Russia talks: what we know',
    )
    expect(trimTitleSuffix('Night-shift allowance cut by a third')).toBe(
      'Night-shift allowance cut by a third',
    )
  })
})

describe('genres', () => {
  it('maps schema.org and og types, most specific first', () => {
    expect(genreFromTypes(['NewsArticle'])).toBe('news')
    expect(genreFromTypes(['Article', 'OpinionNewsArticle'])).toBe('opinion')
    expect(genreFromTypes(['Report'])).toBe('report')
    expect(genreFromTypes(['BlogPosting'])).toBe('blog')
    expect(genreFromTypes(['https://schema.org/AnalysisNewsArticle'])).toBe('analysis')
    expect(genreFromTypes(['WebPage', 'website'])).toBeNull()
  })

  it('reads opinion from a section or path', () => {
    expect(genreFromSection('Opinion')).toBe('opinion')
    expect(genreFromSection('/commentisfree/2024/mar/05/x')).toBe('opinion')
    expect(genreFromSection('UK news')).toBeNull()
  })
})

describe('readJsonLd', () => {
  it('finds the article in a @graph and resolves authors and publisher by @id', () => {
    const ld = readJsonLd([
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': '#page', name: 'Page' },
          {
            '@type': ['NewsArticle'],
            headline: '  Strike  talks ',
            datePublished: '2024-03-05T07:30:00Z',
            author: [{ '@id': '#maria' }, { '@type': 'Person', name: 'Tom Becker' }, 'By Ann Lee'],
            publisher: { '@id': '#org' },
            mainEntityOfPage: { '@id': 'https://ledger.example/a' },
            inLanguage: 'en-GB',
          },
          { '@type': 'Person', '@id': '#maria', name: 'Maria Lopez' },
          { '@type': 'Organization', '@id': '#org', name: 'The Ledger' },
        ],
      },
    ])
    expect(ld).toEqual({
      headline: 'Strike talks',
      authors: ['Maria Lopez', 'Tom Becker', 'Ann Lee'],
      publisher: 'The Ledger',
      datePublished: '2024-03-05T07:30:00Z',
      types: ['NewsArticle'],
      url: 'https://ledger.example/a',
      language: 'en-GB',
    })
  })

  it('says nothing for malformed or article-less JSON-LD, without throwing', () => {
    const empty = readJsonLd([null, 3, 'x', [{ '@type': 'BreadcrumbList' }], { author: 5 }])
    expect(empty.headline).toBeNull()
    expect(empty.authors).toEqual([])
    const odd = readJsonLd([
      { '@type': 'BlogPosting', author: { name: ['Jo Bloggs'] }, publisher: 7 },
    ])
    expect(odd.authors).toEqual(['Jo Bloggs'])
    expect(odd.publisher).toBeNull()
  })
})

describe('authors', () => {
  it('cleans names and refuses URLs and e-mail addresses', () => {
    expect(cleanAuthor(' By  Maria Lopez, ')).toBe('Maria Lopez')
    expect(cleanAuthor('https://www.facebook.com/marialopez')).toBeNull()
    expect(cleanAuthor('desk@ledger.example')).toBeNull()
  })

  it('reads names from a byline and drops roles and places', () => {
    expect(namesFromByline('By Maria Lopez and Tom Becker')).toEqual(['Maria Lopez', 'Tom Becker'])
    expect(namesFromByline('By Hélène Dubois, Business Reporter')).toEqual(['Hélène Dubois'])
    expect(namesFromByline('Jan van der Berg & Aisha al Rashid in Kyiv')).toEqual([
      'Jan van der Berg',
    ])
    expect(namesFromByline('Staff reporter')).toEqual([])
    expect(looksLikeName('Ellen Marsh')).toBe(true)
    expect(looksLikeName('our correspondent')).toBe(false)
  })
})

describe('webDateFromText', () => {
  it('reads ISO dates and timestamps at the date the publisher wrote', () => {
    expect(webDateFromText('2024-03-05T23:30:00-05:00')).toEqual({
      year: 2024,
      month: 3,
      day: 5,
      approximate: false,
    })
    expect(webDateFromText('2024-03')).toEqual({ year: 2024, month: 3, approximate: false })
    expect(webDateFromText('20240305')).toEqual({
      year: 2024,
      month: 3,
      day: 5,
      approximate: false,
    })
  })

  it('reads dates in prose and refuses what is not a date', () => {
    expect(webDateFromText('Tue 5 Mar 2024 07.30 GMT')).toEqual({
      year: 2024,
      month: 3,
      day: 5,
      approximate: false,
    })
    expect(webDateFromText('March 8th, 2024 at 6:45 pm')).toEqual({
      year: 2024,
      month: 3,
      day: 8,
      approximate: false,
    })
    expect(webDateFromText('Posted on 12 March 1998 by the secretary')).toEqual({
      year: 1998,
      month: 3,
      day: 12,
      approximate: false,
    })
    expect(webDateFromText('2024-02-31')).toBeNull()
    expect(webDateFromText('yesterday')).toBeNull()
    expect(webDateFromText('0001-01-01')).toBeNull()
  })
})

describe('language and URLs', () => {
  it('reads BCP 47 tags', () => {
    expect(languageTag('en_GB')).toBe('en-GB')
    expect(languageTag('en-GB, fr')).toBe('en-GB')
    expect(languageTag('')).toBeNull()
    expect(languageTag('english please')).toBeNull()
  })

  it('keeps only absolute http(s) URLs', () => {
    expect(httpUrl(' https://ledger.example/a ')).toBe('https://ledger.example/a')
    expect(httpUrl('/news/a')).toBeNull()
    expect(httpUrl('javascript:alert(1)')).toBeNull()
  })
})
