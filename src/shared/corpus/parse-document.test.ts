import { describe, expect, it } from 'vitest'
import { CorpusFormatError } from './front-matter'
import {
  BLOCK_SEPARATOR,
  contentRev,
  parseCuratedDocument,
  summarizeDocument,
} from './parse-document'

const FRONT = `---
id: test-doc
title: 'A test: document'
authors:
  - Ann Author
  - Bo Writer
outlet: null
published:
  year: 2023
  month: 7
  approximate: true
  basis: inferred
  note: Inferred from the text.
genre: analysis
raw: 999_test.txt
---
`

function doc(body: string, front = FRONT) {
  return parseCuratedDocument(front + body, 'test-doc.md')
}

function expectFieldError(front: string, field: string) {
  try {
    doc('Some text.', front)
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusFormatError)
    const formatError = error as CorpusFormatError
    expect(formatError.file).toBe('test-doc.md')
    expect(formatError.field).toBe(field)
    expect(formatError.message).toContain('test-doc.md')
    expect(formatError.message).toContain(field)
    return
  }
  throw new Error(`expected an error about ${field}`)
}

describe('parseCuratedDocument', () => {
  it('reads the metadata, keeping what is unknown as null', () => {
    const model = doc('Hello.')
    expect(model.meta).toEqual({
      id: 'test-doc',
      title: 'A test: document',
      authors: ['Ann Author', 'Bo Writer'],
      outlet: null,
      published: {
        year: 2023,
        month: 7,
        approximate: true,
        basis: 'inferred',
        note: 'Inferred from the text.',
      },
      genre: 'analysis',
      raw: '999_test.txt',
      authorNote: null,
    })
  })

  it('builds canonical text from blocks joined by a blank line, with offsets and ¶ numbers', () => {
    const model = doc(
      '# Heading one\n\nFirst   paragraph\nwraps here.\n\n- item one\n- item *two*\n\n> A quoted\n> line.\n\nLast.\n',
    )
    expect(model.text).toBe(
      [
        'Heading one',
        'First paragraph wraps here.',
        'item one',
        'item two',
        'A quoted line.',
        'Last.',
      ].join(BLOCK_SEPARATOR),
    )
    expect(model.blocks.map((b) => [b.kind, b.para])).toEqual([
      ['heading', null],
      ['paragraph', 1],
      ['listItem', 2],
      ['listItem', 3],
      ['blockQuote', 4],
      ['paragraph', 5],
    ])
    for (const block of model.blocks) {
      expect(model.text.slice(block.start, block.end)).toBe(block.text)
    }
    expect(model.blocks[0]?.level).toBe(1)
  })

  it('removes inline markup but keeps its span as a mark, and unescapes characters', () => {
    const model = doc('Trade worth **\\$1.5 billion** a *year*, 3 \\* 4.\n')
    const block = model.blocks[0]!
    expect(block.text).toBe('Trade worth $1.5 billion a year, 3 * 4.')
    expect(block.marks).toEqual([
      { kind: 'strong', start: 12, end: 24 },
      { kind: 'emphasis', start: 27, end: 31 },
    ])
    expect(block.text.slice(12, 24)).toBe('$1.5 billion')
  })

  it('keeps curly quotes and non-ASCII text exactly, normalised to NFC', () => {
    const model = doc('Pakistan’s “peace” — cafe\u0301.\n')
    expect(model.text).toBe('Pakistan’s “peace” — café.')
  })

  it('gives the same rev for the same text and a different rev for any change', () => {
    const a = doc('One sentence.')
    const b = doc('One sentence.', FRONT.replace('analysis', 'op-ed'))
    const c = doc('One sentence!')
    expect(a.rev).toMatch(/^[0-9a-f]{16}$/)
    expect(a.rev).toBe(b.rev)
    expect(a.rev).not.toBe(c.rev)
    expect(a.rev).toBe(contentRev('One sentence.'))
  })

  it('refuses raw HTML in the body, naming the file and line', () => {
    expect(() => doc('Text\n\n<script>alert(1)</script>\n')).toThrow(
      /test-doc\.md: body: raw HTML on line 3/,
    )
  })

  it('refuses an empty body', () => {
    expect(() => doc('\n\n')).toThrow(/body: has no text/)
  })

  it('names a missing field', () => {
    expectFieldError(FRONT.replace('genre: analysis\n', ''), 'genre')
    expectFieldError(FRONT.replace(/authors:\n.*\n.*\n/, ''), 'authors')
  })

  it('names a malformed field', () => {
    expectFieldError(FRONT.replace('month: 7', 'month: 13'), 'published.month')
    expectFieldError(FRONT.replace('id: test-doc', 'id: Test Doc'), 'id')
    expectFieldError(FRONT.replace('outlet: null', 'outlet: 42'), 'outlet')
    expectFieldError(FRONT.replace('  month: 7\n', '  month: 2\n  day: 30\n'), 'published')
    expectFieldError(
      FRONT.replace('genre: analysis', 'genre: analysis\nsurprise: 1'),
      'front matter',
    )
  })

  it('reports a file without front matter or with broken YAML', () => {
    expect(() => parseCuratedDocument('Just text', 'x.md')).toThrow(/x\.md: front matter: .*---/)
    expect(() => parseCuratedDocument('---\ntitle: [unclosed\n---\nText', 'x.md')).toThrow(
      /x\.md: front matter: is not valid YAML/,
    )
  })
})

describe('summarizeDocument', () => {
  it('counts words and numbered paragraphs', () => {
    const summary = summarizeDocument(doc('# Title here\n\nIt’s a well-known fact.\n\nTwo words.'))
    expect(summary.wordCount).toBe(8)
    expect(summary.paragraphCount).toBe(2)
  })
})
