import { describe, expect, it } from 'vitest'
import { ImportRefusal } from '@shared/import/extracted'
import {
  CORRUPT_DOCX_REASON,
  EMPTY_DOCX_REASON,
  htmlToBlocks,
  OLD_DOC_REASON,
  readDocx,
} from './read-docx'
import { loadFixture } from './testing/load-fixture'

async function refusalOf(name: string): Promise<ImportRefusal> {
  const error: unknown = await readDocx(loadFixture(name), name).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ImportRefusal)
  return error as ImportRefusal
}

describe('readDocx on a report', () => {
  const reading = readDocx(loadFixture('docx-report.docx'), 'docx-report.docx')

  it('reads headings, paragraphs, list items, the quote, table rows and the note in order', async () => {
    const doc = await reading
    expect(doc.format).toBe('docx')
    expect(doc.blocks.map((block) => [block.kind, block.level, block.text])).toEqual([
      ['heading', 1, 'The grain corridor'],
      [
        'paragraph',
        0,
        'Ships left the three ports at a rate of four a day in November, up from one in August.[1]',
      ],
      ['heading', 2, 'What the crews said'],
      ['listItem', 0, 'Inspections took longer than agreed.'],
      ['listItem', 0, 'Insurance costs doubled.'],
      ['blockQuote', 0, 'We sail when the inspectors say we can, not before.'],
      ['paragraph', 0, 'Port | Ships in November'],
      ['paragraph', 0, 'Odesa | 61'],
      ['paragraph', 0, 'Pivdennyi | 44'],
      ['paragraph', 0, 'The corridor remains open, for now.'],
      ['heading', 2, 'Notes'],
      ['paragraph', 0, '[1] Port authority figures, published in December 2022.'],
    ])
    expect(doc.blocks.every((block) => block.page === undefined)).toBe(true)
  })

  it('keeps bold and italic as marks over the text', async () => {
    const { blocks } = await reading
    const text = blocks[1]!.text
    expect(blocks[1]!.marks.map((mark) => [mark.kind, text.slice(mark.start, mark.end)])).toEqual([
      ['strong', 'four a day'],
      ['emphasis', 'one'],
    ])
  })

  it('offers the title, authors and date of its core properties', async () => {
    const { hints, notices } = await reading
    expect(hints.title).toBe('Field notes on the grain corridor & its ports')
    expect(hints.authors).toEqual(['Ana Ruiz', 'Li Wei'])
    expect(hints.published).toEqual({ year: 2022, month: 11, day: 30, approximate: false })
    expect(hints.publishedText).toBe('2022-11-30T08:00:00Z')
    expect(notices).toEqual([])
  })

  it('reports progress and stops when cancelled', async () => {
    const bytes = loadFixture('docx-report.docx')
    const calls: number[] = []
    await readDocx(bytes, 'docx-report.docx', { onProgress: (done) => calls.push(done) })
    expect(calls).toEqual([1, 2])
    const controller = new AbortController()
    const cancelled = readDocx(bytes, 'docx-report.docx', {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('htmlToBlocks', () => {
  it('gives nested list items, joins split bold runs and tells about nothing empty', () => {
    const blocks = htmlToBlocks(
      '<p><strong>Bold</strong><strong> run</strong> then</p><p> </p>' +
        '<ul><li>outer<ul><li>inner</li></ul></li></ul>',
    )
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        level: 0,
        text: 'Bold run then',
        marks: [{ kind: 'strong', start: 0, end: 8 }],
      },
      { kind: 'listItem', level: 0, text: 'outer', marks: [] },
      { kind: 'listItem', level: 0, text: 'inner', marks: [] },
    ])
  })

  it('gathers endnotes under Notes without their back links', () => {
    const blocks = htmlToBlocks(
      '<p>Text<sup><a href="#endnote-2" id="endnote-ref-2">[2]</a></sup></p>' +
        '<ol><li id="endnote-2"><p>The source. <a href="#endnote-ref-2">↑</a></p></li></ol>',
    )
    expect(blocks.map((block) => block.text)).toEqual(['Text[2]', 'Notes', '[2] The source.'])
  })
})

describe('readDocx refusals', () => {
  it('refuses an old binary .doc', async () => {
    expect((await refusalOf('doc-legacy.doc')).message).toBe(`doc-legacy.doc ${OLD_DOC_REASON}`)
  })

  it('refuses a damaged .docx', async () => {
    expect((await refusalOf('docx-corrupt.docx')).message).toBe(
      'docx-corrupt.docx is not a readable Word file: it may be damaged or not really a .docx.',
    )
    expect(CORRUPT_DOCX_REASON).toMatch(/^is not a readable Word file/)
  })

  it('refuses a PDF renamed .docx', async () => {
    const pdf = loadFixture('pdf-report.pdf')
    const error = await readDocx(pdf, 'renamed.docx').catch((caught: unknown) => caught)
    expect((error as ImportRefusal).reason).toBe(CORRUPT_DOCX_REASON)
  })

  it('refuses an empty document', async () => {
    expect((await refusalOf('docx-empty.docx')).reason).toBe(EMPTY_DOCX_REASON)
  })
})
