import { describe, expect, it } from 'vitest'
import type { ImportOrigin } from '../corpus/document-model'
import { emptyHints } from './extracted'
import {
  authorList,
  draftFromHints,
  draftFromMeta,
  draftProblems,
  metaFromDraft,
  titleFromFileName,
  type MetadataDraft,
} from './metadata-draft'

const ORIGIN: ImportOrigin = { format: 'pdf', encoding: null, notices: [] }

function draft(overrides: Partial<MetadataDraft> = {}): MetadataDraft {
  return {
    title: 'Iran strikes Jaish al-Adl bases',
    authors: '',
    outlet: '',
    published: '',
    genre: '',
    sourceUrl: '',
    ...overrides,
  }
}

describe('the metadata sheet', () => {
  it('opens with what the file says, and the file name when it says no title', () => {
    const hints = {
      ...emptyHints(),
      authors: ['Ayesha Siddiqa', 'Kamran Yousaf'],
      outlet: 'Dawn',
      published: { year: 2024, month: 1, day: 17, approximate: false },
    }
    expect(draftFromHints(hints, 'C:\\Users\\me\\Downloads\\iran_strikes-2024.pdf')).toEqual({
      title: 'iran strikes-2024',
      authors: 'Ayesha Siddiqa\nKamran Yousaf',
      outlet: 'Dawn',
      published: '17 Jan 2024',
      genre: '',
      sourceUrl: '',
    })
    expect(titleFromFileName('notes.txt')).toBe('notes')
    expect(titleFromFileName('.txt')).toBe('.txt')
  })

  it('reads authors one per line or separated by semicolons, without blanks or repeats', () => {
    expect(authorList('A. Khan; B. Rahimi\n\n  A. Khan \nC.  Baloch')).toEqual([
      'A. Khan',
      'B. Rahimi',
      'C. Baloch',
    ])
  })

  it('says what is wrong with each field, in plain words', () => {
    const problems = draftProblems(
      draft({ title: '  ', published: '16–18 Jan 2024', sourceUrl: 'javascript:alert(1)' }),
    )
    expect(problems.title).toBe('Give the document a title.')
    expect(problems.published).toMatch(/one day, month or year/)
    expect(problems.sourceUrl).toMatch(/Only http/)
    expect(draftProblems(draft({ published: 'sometime' })).published).toMatch(/Try a form like/)
    expect(draftProblems(draft({ sourceUrl: 'dawn' })).sourceUrl).toMatch(/not a web address/)
    expect(draftProblems(draft({ sourceUrl: 'https://www.dawn.com/news/1806260' }))).toEqual({})
  })

  it('keeps partial and approximate publication dates at the precision typed', () => {
    const month = metaFromDraft(draft({ published: 'Jan 2024' }), 'd1', 'a.pdf', ORIGIN)
    expect(month.published).toMatchObject({ year: 2024, month: 1, approximate: false })
    expect(month.published?.day).toBeUndefined()
    const circa = metaFromDraft(draft({ published: 'c. 2023' }), 'd1', 'a.pdf', ORIGIN)
    expect(circa.published).toMatchObject({ year: 2023, approximate: true, basis: 'stated' })
    expect(metaFromDraft(draft(), 'd1', 'a.pdf', ORIGIN).published).toBeNull()
  })

  it('becomes the document’s metadata, remembering the file it came from', () => {
    const meta = metaFromDraft(
      draft({
        title: '  Iran   strikes ',
        authors: 'A. Khan',
        outlet: ' Dawn ',
        genre: 'news',
        sourceUrl: 'https://www.dawn.com/x',
      }),
      'doc-1',
      'strikes.pdf',
      ORIGIN,
    )
    expect(meta).toEqual({
      id: 'doc-1',
      title: 'Iran strikes',
      authors: ['A. Khan'],
      outlet: 'Dawn',
      published: null,
      genre: 'news',
      raw: 'strikes.pdf',
      authorNote: null,
      sourceUrl: 'https://www.dawn.com/x',
      imported: ORIGIN,
    })
    expect(() => metaFromDraft(draft({ title: '' }), 'd', 'a.pdf', ORIGIN)).toThrow(/title/)
  })

  it('opens an added document for editing as it was confirmed, and saves it back unchanged', () => {
    const typed = draft({
      authors: 'Baqir Sajjad Syed\nTahir Khan',
      outlet: 'Dawn',
      published: '18 Jan 2024',
      genre: 'news',
      sourceUrl: 'https://www.dawn.com/news/1806000',
    })
    const meta = metaFromDraft(typed, 'doc-1', 'dawn.html', ORIGIN)
    expect(draftFromMeta(meta)).toEqual(typed)
    expect(metaFromDraft(draftFromMeta(meta), 'doc-1', 'dawn.html', ORIGIN)).toEqual(meta)
  })

  it('leaves the genre empty for editing when none was given', () => {
    const meta = metaFromDraft(draft(), 'doc-1', 'a.txt', ORIGIN)
    expect(meta.genre).toBe('unspecified')
    expect(draftFromMeta(meta).genre).toBe('')
  })
})
