import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Block, DocumentMeta } from './document-model'
import { assembleDocument } from './parse-document'
import { formatPage, formatPassageLocator, pageMark, passageSpan } from './passage-locator'

function block(para: number | null, start: number, end: number): Block {
  return { kind: para ? 'paragraph' : 'heading', level: 0, text: '', start, end, para, marks: [] }
}

const META: DocumentMeta = {
  id: 'report',
  title: 'Report',
  authors: [],
  outlet: null,
  published: null,
  genre: 'report',
  raw: 'report.pdf',
  authorNote: null,
}

/** A PDF's text: a heading and two paragraphs on page 7, a paragraph on 8, one on 9. */
const PDF = assembleDocument(META, [
  { kind: 'heading', level: 1, text: 'Findings', marks: [], page: 7 },
  { kind: 'paragraph', level: 0, text: 'First on seven.', marks: [], page: 7 },
  { kind: 'paragraph', level: 0, text: 'Second on seven.', marks: [], page: 7 },
  { kind: 'paragraph', level: 0, text: 'Top of eight.', marks: [], page: 8 },
  { kind: 'paragraph', level: 0, text: 'Top of nine.', marks: [], page: 9 },
])

/** Where `text` (a whole block's text or part of one) starts and ends in the PDF's text. */
function range(text: string, until = text): [number, number] {
  const start = PDF.text.indexOf(text)
  return [start, PDF.text.indexOf(until) + until.length]
}

describe('passageSpan', () => {
  const blocks = [block(null, 0, 5), block(1, 7, 20), block(2, 22, 40), block(3, 42, 60)]

  it('finds the paragraphs a passage touches, skipping headings', () => {
    expect(passageSpan(blocks, 8, 12)).toEqual({ first: 1, last: 1 })
    expect(passageSpan(blocks, 0, 30)).toEqual({ first: 1, last: 2 })
    expect(passageSpan(blocks, 15, 59)).toEqual({ first: 1, last: 3 })
  })

  it('does not count a paragraph the passage only ends at', () => {
    expect(passageSpan(blocks, 10, 22)).toEqual({ first: 1, last: 1 })
    expect(passageSpan(blocks, 0, 4)).toBeNull()
  })

  it('answers as a scan of every block would, for any layout and passage', () => {
    const scan = (list: Block[], start: number, end: number) => {
      const touched = list.filter(
        (b) => b.para !== null && b.end > start && b.start < Math.max(end, start + 1),
      )
      return touched.length === 0
        ? null
        : { first: touched[0]!.para, last: touched[touched.length - 1]!.para }
    }
    const layout = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.boolean()), { maxLength: 40 })
      .map((parts) => {
        let at = 0
        let para = 0
        return parts.map(([length, heading]) => {
          const made = block(heading ? null : ++para, at, at + length)
          at += length + 2
          return made
        })
      })
    fc.assert(
      fc.property(layout, fc.nat(1300), fc.nat(200), (list, start, length) => {
        expect(passageSpan(list, start, start + length)).toEqual(scan(list, start, start + length))
      }),
    )
  })

  it('gives no pages for a document without them, so its spans stay as they were', () => {
    expect(passageSpan(blocks, 8, 30)).not.toHaveProperty('pages')
  })

  it('gives the page of a passage inside one paragraph', () => {
    expect(passageSpan(PDF.blocks, ...range('econd on sev'))).toEqual({
      first: 2,
      last: 2,
      pages: { first: 7, last: 7 },
    })
  })

  it('gives the first and last page of a passage across a page break', () => {
    expect(passageSpan(PDF.blocks, ...range('Second', 'Top of nine'))).toEqual({
      first: 2,
      last: 4,
      pages: { first: 7, last: 9 },
    })
  })

  it('cites the new page for a passage starting at the first block of a page', () => {
    expect(passageSpan(PDF.blocks, ...range('Top of eight.'))?.pages).toEqual({
      first: 8,
      last: 8,
    })
    // Starting in the blank line before it, or ending where it starts, changes nothing.
    const [start, end] = range('Top of eight.')
    expect(passageSpan(PDF.blocks, start - 1, end)?.pages).toEqual({ first: 8, last: 8 })
    expect(passageSpan(PDF.blocks, ...range('Second on seven.'))?.pages).toEqual({
      first: 7,
      last: 7,
    })
    expect(passageSpan(PDF.blocks, range('Second')[0], start)?.pages).toEqual({
      first: 7,
      last: 7,
    })
  })

  it('takes pages from paragraphs only, like ¶ numbers, so a heading adds no page', () => {
    const paged = PDF.blocks.map((b, i) => (i === 0 ? { ...b, page: 6 } : b))
    expect(passageSpan(paged, 0, range('First')[1])).toEqual({
      first: 1,
      last: 1,
      pages: { first: 7, last: 7 },
    })
    expect(passageSpan(paged, 0, 3)).toBeNull()
  })

  it('gives no pages when an end paragraph has none', () => {
    const partly = PDF.blocks.map((b, i) => (i === 4 ? { ...b, page: undefined } : b))
    expect(passageSpan(partly, ...range('Top of eight', 'Top of nine'))).toEqual({
      first: 3,
      last: 4,
    })
  })
})

describe('formatPassageLocator', () => {
  it('names paragraphs for a document without pages, as citations always have', () => {
    expect(formatPassageLocator({ first: 3, last: 3 })).toBe('¶3')
    expect(formatPassageLocator({ first: 3, last: 4 })).toBe('¶3–4')
    expect(formatPassageLocator(null)).toBe('')
  })

  it('names the page, or the first and last page, for a paged document', () => {
    expect(formatPassageLocator({ first: 3, last: 3, pages: { first: 7, last: 7 } })).toBe('p. 7')
    expect(formatPassageLocator({ first: 3, last: 5, pages: { first: 7, last: 7 } })).toBe('p. 7')
    expect(formatPassageLocator({ first: 3, last: 4, pages: { first: 7, last: 8 } })).toBe(
      'pp. 7–8',
    )
  })
})

describe('pageMark', () => {
  it('marks the first block to start on each page', () => {
    expect(PDF.blocks.map((_, i) => pageMark(PDF.blocks, i))).toEqual([
      'p. 7',
      undefined,
      undefined,
      'p. 8',
      'p. 9',
    ])
    expect(formatPage(12)).toBe('p. 12')
  })

  it('marks nothing in a document without pages', () => {
    const blocks = [block(null, 0, 5), block(1, 7, 20)]
    expect(blocks.map((_, i) => pageMark(blocks, i))).toEqual([undefined, undefined])
  })
})
