import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Block, DocumentMeta } from '../corpus/document-model'
import {
  citationAuthors,
  citationName,
  formatCitation,
  paragraphSpan,
  quoteWithCitation,
} from './citation'

const meta: DocumentMeta = {
  id: 'pakistan-iran-relations-seeking-stability',
  title: 'Pakistan-Iran Relations: Seeking Stability',
  authors: ['Samiha Yousaf'],
  outlet: 'The Diplomatic Insight',
  published: { year: 2024, month: 2, approximate: true, basis: 'inferred', note: 'n' },
  genre: 'analysis',
  raw: 'r.txt',
  authorNote: null,
}

function block(para: number | null, start: number, end: number): Block {
  return { kind: para ? 'paragraph' : 'heading', level: 0, text: '', start, end, para, marks: [] }
}

describe('citationName', () => {
  it('puts the surname first with initials', () => {
    expect(citationName('Samiha Yousaf')).toBe('Yousaf, S.')
    expect(citationName('F.M. Shakil')).toBe('Shakil, F.M.')
    expect(citationName('Dr. Muhammad Abdullah')).toBe('Abdullah, M.')
    expect(citationName('Hafiz Muhammad Ahmad')).toBe('Ahmad, H.M.')
    expect(citationName('Plato')).toBe('Plato')
  })
})

describe('citationAuthors', () => {
  it('joins two and shortens three or more', () => {
    expect(citationAuthors(['Asad Ali', 'Saddam Tahir'])).toBe('Ali, A. and Tahir, S.')
    expect(citationAuthors(['Sehar Fakhar', 'B C', 'D E'])).toBe('Fakhar, S. et al.')
    expect(citationAuthors([])).toBe('')
  })
})

describe('formatCitation', () => {
  it('matches the house style, keeping the date approximate', () => {
    expect(formatCitation(meta, { first: 3, last: 3 })).toBe(
      "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024, ¶3",
    )
  })

  it('leaves out an unknown outlet and says n.d. for an unknown date', () => {
    expect(formatCitation({ ...meta, outlet: null, published: null }, { first: 2, last: 4 })).toBe(
      "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', n.d., ¶2–4",
    )
  })
})

describe('paragraphSpan', () => {
  const blocks = [block(null, 0, 5), block(1, 7, 20), block(2, 22, 40), block(3, 42, 60)]

  it('finds the paragraphs a passage touches, skipping headings', () => {
    expect(paragraphSpan(blocks, 8, 12)).toEqual({ first: 1, last: 1 })
    expect(paragraphSpan(blocks, 0, 30)).toEqual({ first: 1, last: 2 })
    expect(paragraphSpan(blocks, 15, 59)).toEqual({ first: 1, last: 3 })
  })

  it('does not count a paragraph the passage only ends at', () => {
    expect(paragraphSpan(blocks, 10, 22)).toEqual({ first: 1, last: 1 })
    expect(paragraphSpan(blocks, 0, 4)).toBeNull()
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
        expect(paragraphSpan(list, start, start + length)).toEqual(
          scan(list, start, start + length),
        )
      }),
    )
  })
})

describe('quoteWithCitation', () => {
  it('puts the quote in curly quotes before the citation', () => {
    expect(quoteWithCitation('Two days after', meta, { first: 5, last: 5 })).toMatch(
      /^“Two days after” \(Yousaf, S\., .*, ¶5\)$/,
    )
  })
})
