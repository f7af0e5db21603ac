import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../corpus/document-model'
import { citationAuthors, citationName, formatCitation, quoteWithCitation } from './citation'

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

  it('cites a source with pages by page, or first and last page', () => {
    const pdf = { ...meta, imported: { format: 'pdf' as const, encoding: null, notices: [] } }
    expect(formatCitation(pdf, { first: 9, last: 9, pages: { first: 7, last: 7 } })).toBe(
      "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024, p. 7",
    )
    expect(formatCitation(pdf, { first: 9, last: 11, pages: { first: 7, last: 8 } })).toMatch(
      /, c\. Feb 2024, pp\. 7–8$/,
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
