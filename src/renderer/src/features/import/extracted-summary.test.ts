import { describe, expect, it } from 'vitest'
import { emptyHints, type ExtractedDocument } from '@shared/import/extracted'
import { extractedSummary } from './extracted-summary'

const doc = (blocks: ExtractedDocument['blocks'], extra: Partial<ExtractedDocument> = {}) => ({
  format: 'pdf' as const,
  fileName: 'report.pdf',
  blocks,
  hints: emptyHints(),
  notices: [],
  ...extra,
})

const paragraph = (text: string, page?: number): ExtractedDocument['blocks'][number] => ({
  kind: 'paragraph',
  level: 0,
  text,
  marks: [],
  ...(page === undefined ? {} : { page }),
})

describe('extractedSummary', () => {
  it('counts pages, paragraphs and words, and quotes the first paragraph', () => {
    const summary = extractedSummary(
      doc([
        { kind: 'heading', level: 1, text: 'Border talks', marks: [], page: 1 },
        paragraph('Iran and Pakistan agreed.', 1),
        paragraph('Talks resume in March.', 2),
      ]),
    )
    expect(summary.counts).toBe('PDF · 2 pages · 2 paragraphs · 10 words')
    expect(summary.opening).toBe('Iran and Pakistan agreed.')
  })

  it('counts empty and blank blocks as paragraphs of no words', () => {
    const summary = extractedSummary(
      doc([paragraph(''), paragraph(' \u00A0\n'), paragraph('Only\u00A0these\nthree')]),
    )
    expect(summary.counts).toBe('PDF · 3 paragraphs · 3 words')
    expect(summary.opening).toBeNull()
  })

  it('takes the highest page, wherever it is, and leaves pages out when none are known', () => {
    const pages = extractedSummary(doc([paragraph('a', 3), paragraph('b', 12), paragraph('c', 7)]))
    expect(pages.counts).toBe('PDF · 12 pages · 3 paragraphs · 3 words')
    const none = extractedSummary(doc([paragraph('a'), paragraph('b')], { format: 'markdown' }))
    expect(none.counts).toBe('Markdown · 2 paragraphs · 2 words')
  })

  it('opens with the first heading when there is nothing else, and says so for nothing', () => {
    const headings = extractedSummary(
      doc([{ kind: 'heading', level: 1, text: ' Only a title ', marks: [] }], { format: 'docx' }),
    )
    expect(headings.counts).toBe('Word document · 0 paragraphs · 3 words')
    expect(headings.opening).toBe('Only a title')
    const empty = extractedSummary(doc([], { format: 'text' }))
    expect(empty.counts).toBe('Plain text · 0 paragraphs · 0 words')
    expect(empty.opening).toBeNull()
  })

  it('names the encoding of a text file and cuts a long opening at a word', () => {
    const long = 'word '.repeat(100).trim()
    const summary = extractedSummary(
      doc([paragraph(long)], {
        format: 'text',
        encoding: 'Windows-1252',
      }),
    )
    expect(summary.counts).toBe('Plain text · Windows-1252 · 1 paragraph · 100 words')
    expect(summary.opening?.endsWith('word…')).toBe(true)
    expect(summary.opening!.length).toBeLessThanOrEqual(281)
  })

  it('takes the words counted where the text was made, when the document carries them', () => {
    const summary = extractedSummary({
      ...doc([paragraph('Two words', 1), paragraph('and three more', 2)]),
      wordCount: 41,
    })
    expect(summary.counts).toBe('PDF · 2 pages · 2 paragraphs · 41 words')
  })

  it('counts a document of 300 pages and 3,000 paragraphs', () => {
    const text = 'The harbour authority published its accounts on Tuesday, late. '.repeat(8)
    const blocks = Array.from({ length: 3_000 }, (_, i) => paragraph(text, 1 + (i % 300)))
    const summary = extractedSummary(doc(blocks))
    expect(summary.counts).toBe('PDF · 300 pages · 3,000 paragraphs · 216,000 words')
  })
})
