import { describe, expect, it } from 'vitest'
import type { DocumentSummary, PublishedDate } from '../corpus/document-model'
import { libraryView } from './library-view'

function summary(
  id: string,
  title: string,
  published: Omit<PublishedDate, 'basis' | 'note' | 'approximate'> | null,
  extra: { authors?: string[]; outlet?: string | null; genre?: string } = {},
): DocumentSummary {
  return {
    meta: {
      id,
      title,
      authors: extra.authors ?? ['Someone'],
      outlet: extra.outlet ?? null,
      published: published && { ...published, approximate: false, basis: 'stated', note: 'n' },
      genre: extra.genre ?? 'analysis',
      raw: `${id}.txt`,
      authorNote: null,
    },
    rev: '0',
    wordCount: 1,
    paragraphCount: 1,
  }
}

const docs = [
  summary('a', 'Borders and trade', { year: 2024, month: 2, day: 3 }, { outlet: 'The Cradle' }),
  summary('b', 'An undated piece', null, { authors: ['Asad Ali'] }),
  summary('c', 'Cross-border strikes', { year: 2023, month: 7 }, { genre: 'op-ed' }),
  summary('d', 'Academic view', { year: 2024 }),
]

const ids = (list: DocumentSummary[]) => list.map((doc) => doc.meta.id)

describe('libraryView', () => {
  it('sorts newest first by the earliest instant a date can mean, undated last', () => {
    expect(ids(libraryView(docs, '', 'date-desc'))).toEqual(['a', 'd', 'c', 'b'])
  })

  it('sorts oldest first, still keeping undated documents last', () => {
    expect(ids(libraryView(docs, '', 'date-asc'))).toEqual(['c', 'd', 'a', 'b'])
  })

  it('sorts by title ignoring case', () => {
    expect(ids(libraryView(docs, '', 'title-asc'))).toEqual(['d', 'b', 'a', 'c'])
  })

  it('filters on title, author, outlet and genre, every term must match', () => {
    expect(ids(libraryView(docs, 'border', 'title-asc'))).toEqual(['a', 'c'])
    expect(ids(libraryView(docs, 'asad', 'title-asc'))).toEqual(['b'])
    expect(ids(libraryView(docs, 'CRADLE', 'title-asc'))).toEqual(['a'])
    expect(ids(libraryView(docs, 'op-ed strikes', 'title-asc'))).toEqual(['c'])
    expect(ids(libraryView(docs, 'op-ed trade', 'title-asc'))).toEqual([])
  })

  it('finds sources by what is unknown about them', () => {
    expect(ids(libraryView(docs, 'date not stated', 'title-asc'))).toEqual(['b'])
  })

  it('does not reorder the input array', () => {
    const input = [...docs]
    libraryView(input, '', 'title-asc')
    expect(ids(input)).toEqual(['a', 'b', 'c', 'd'])
  })
})
