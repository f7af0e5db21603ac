import { describe, expect, it } from 'vitest'
import { ImportRefusal, MAX_IMPORT_BYTES } from '@shared/import/extracted'
import { extractFile, type ExtractedFile } from './extract-file'
import { loadFixture } from './testing/load-fixture'

const extract = (fixture: string, name = fixture) =>
  extractFile({ name, bytes: loadFixture(fixture) })

function documentOf(file: ExtractedFile) {
  if (file.kind !== 'document') throw new Error(`expected a document, got ${file.kind}`)
  return file.document
}

async function refusalOf(reading: Promise<unknown>): Promise<ImportRefusal> {
  const error: unknown = await reading.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ImportRefusal)
  return error as ImportRefusal
}

describe('extractFile picks the reader by format', () => {
  it('reads a text file', async () => {
    const doc = documentOf(await extract('text-utf8.txt'))
    expect(doc.format).toBe('text')
    expect(doc.fileName).toBe('text-utf8.txt')
    expect(doc.hints.title).toBe('Iran and Pakistan trade strikes across Balochistan border')
  })

  it('reads a Markdown file with its front matter', async () => {
    const doc = documentOf(await extract('markdown-front-matter.md'))
    expect(doc.format).toBe('markdown')
    expect(doc.hints.title).toBe("Pakistan strikes 'terrorist hideouts' in Iran")
  })

  it('hands back a web page as its article, still to be sanitised', async () => {
    const file = await extract('html-news-article.html')
    if (file.kind !== 'article') throw new Error(`expected an article, got ${file.kind}`)
    expect(file.article.format).toBe('html')
    expect(file.article.hints.title).toBe('Harbour strike enters second week as talks stall')
    expect(file.article.chunks.length).toBeGreaterThan(0)
    expect(file.article.chunks.join('')).not.toMatch(/<script|\son\w+=/i)
  })

  it('reads a PDF', async () => {
    const doc = documentOf(await extract('pdf-report.pdf'))
    expect(doc.format).toBe('pdf')
    expect(doc.blocks[0]?.text).toBe('Water allocation in the delta')
    expect(doc.blocks.at(-1)?.page).toBe(3)
  })

  it('counts a document’s words in the worker, as the sheet would count them', async () => {
    for (const fixture of ['text-utf8.txt', 'markdown-front-matter.md', 'pdf-report.pdf']) {
      const doc = documentOf(await extract(fixture))
      const words = doc.blocks.reduce((sum, b) => sum + (b.text.match(/\S+/g)?.length ?? 0), 0)
      expect(words).toBeGreaterThan(0)
      expect(doc.wordCount, fixture).toBe(words)
    }
  })

  it('reads a Word file', async () => {
    const doc = documentOf(await extract('docx-report.docx'))
    expect(doc.format).toBe('docx')
    expect(doc.hints.title).toBe('Field notes on the grain corridor & its ports')
  })

  it('reads a PDF named as text as the PDF it is', async () => {
    const doc = documentOf(await extract('pdf-report.pdf', 'report.txt'))
    expect(doc.format).toBe('pdf')
    expect(doc.fileName).toBe('report.txt')
  })

  it('passes on progress', async () => {
    const seen: Array<[number, number]> = []
    await extractFile(
      { name: 'pdf-report.pdf', bytes: loadFixture('pdf-report.pdf') },
      { onProgress: (done, total) => seen.push([done, total]) },
    )
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })
})

describe('extractFile refuses', () => {
  it('an unknown extension, naming the file and what Casefile imports', async () => {
    const refusal = await refusalOf(
      extractFile({ name: 'budget.xlsx', bytes: new Uint8Array([1, 2, 3]) }),
    )
    expect(refusal.fileName).toBe('budget.xlsx')
    expect(refusal.message).toBe(
      'budget.xlsx is a .xlsx file. Casefile imports text (.txt), Markdown (.md), web pages (.html), PDF and Word (.docx) files.',
    )
  })

  it('a file without an extension', async () => {
    const refusal = await refusalOf(extractFile({ name: 'README', bytes: new Uint8Array(4) }))
    expect(refusal.message).toMatch(/^README is a file without an extension\. Casefile imports/)
  })

  it('an old Word .doc file, saying how to convert it', async () => {
    const refusal = await refusalOf(extract('doc-legacy.doc'))
    expect(refusal.reason).toMatch(/save it as \.docx/)
  })

  it('what the reader refuses, as the reader words it', async () => {
    expect((await refusalOf(extract('text-empty.txt'))).fileName).toBe('text-empty.txt')
    expect((await refusalOf(extract('pdf-image-only.pdf'))).reason).toMatch(/OCR/)
    expect((await refusalOf(extract('html-index-page.html'))).reason).toMatch(/no article/)
  })

  it('a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1)
    const refusal = await refusalOf(extractFile({ name: 'huge.pdf', bytes }))
    expect(refusal.reason).toMatch(/larger than the 50 MB/)
  })
})

describe('extractFile when cancelled', () => {
  it('rejects with an AbortError before reading', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      extractFile(
        { name: 'pdf-report.pdf', bytes: loadFixture('pdf-report.pdf') },
        { signal: controller.signal },
      ),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('stops between pages of a PDF', async () => {
    const controller = new AbortController()
    const reading = extractFile(
      { name: 'pdf-report.pdf', bytes: loadFixture('pdf-report.pdf') },
      { signal: controller.signal, onProgress: () => controller.abort() },
    )
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
  })
})
