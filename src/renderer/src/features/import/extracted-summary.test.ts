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

describe('extractedSummary', () => {
  it('counts pages, paragraphs and words, and quotes the first paragraph', () => {
    const summary = extractedSummary(
      doc([
        { kind: 'heading', level: 1, text: 'Border talks', marks: [], page: 1 },
        { kind: 'paragraph', level: 0, text: 'Iran and Pakistan agreed.', marks: [], page: 1 },
        { kind: 'paragraph', level: 0, text: 'Talks resume in March.', marks: [], page: 2 },
      ]),
    )
    expect(summary.counts).toBe('PDF · 2 pages · 2 paragraphs · 10 words')
    expect(summary.opening).toBe('Iran and Pakistan agreed.')
  })

  it('names the encoding of a text file and cuts a long opening at a word', () => {
    const long = 'word '.repeat(100).trim()
    const summary = extractedSummary(
      doc([{ kind: 'paragraph', level: 0, text: long, marks: [] }], {
        format: 'text',
        encoding: 'Windows-1252',
      }),
    )
    expect(summary.counts).toBe('Plain text · Windows-1252 · 1 paragraph · 100 words')
    expect(summary.opening?.endsWith('word…')).toBe(true)
    expect(summary.opening!.length).toBeLessThanOrEqual(281)
  })
})
