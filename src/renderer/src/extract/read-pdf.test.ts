import { describe, expect, it } from 'vitest'
import { ImportRefusal, MAX_IMPORT_BYTES } from '@shared/import/extracted'
import { PASSWORD_REASON, readPdf, SCANNED_REASON } from './read-pdf'
import { loadFixture } from './testing/load-fixture'

async function refusalOf(name: string, given?: Uint8Array): Promise<ImportRefusal> {
  const bytes = given ?? loadFixture(name)
  const error: unknown = await readPdf(bytes, name).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ImportRefusal)
  return error as ImportRefusal
}

describe('readPdf on a three-page report', () => {
  const reading = readPdf(loadFixture('pdf-report.pdf'), 'pdf-report.pdf')

  it('reads headings and paragraphs in order, each with the page it starts on', async () => {
    const doc = await reading
    expect(doc.format).toBe('pdf')
    expect(
      doc.blocks.map((block) => [block.kind, block.level, block.page, block.text.slice(0, 30)]),
    ).toEqual([
      ['heading', 1, 1, 'Water allocation in the delta'],
      ['paragraph', 0, 1, 'The commission was asked in Ja'],
      ['paragraph', 0, 1, 'Allocation has been governed s'],
      ['paragraph', 0, 1, 'Witnesses from every district '],
      ['paragraph', 0, 1, 'The gauge was repaired in Marc'],
      ['heading', 2, 2, 'Findings'],
      ['paragraph', 0, 2, 'First, the schedule of 1998 re'],
      ['paragraph', 0, 2, 'The commission could not estab'],
      ['heading', 2, 2, 'Recommendations'],
      ['paragraph', 0, 2, 'A review of the schedule shoul'],
      ['paragraph', 0, 3, 'The review should be carried o'],
      ['paragraph', 0, 3, 'The commission recommends an i'],
    ])
    expect(doc.blocks.every((block) => block.marks.length === 0)).toBe(true)
  })

  it('joins the paragraphs that run across page breaks', async () => {
    const doc = await reading
    expect(doc.blocks[4]!.text).toContain(
      'treats them as reliable and finds that in both dry seasons the upstream districts',
    )
    expect(doc.blocks[9]!.text).toMatch(
      /thirty years, which point to drier summers .* river basin\.$/,
    )
  })

  it('takes out the hyphen of a word broken at a line end', async () => {
    const doc = await reading
    expect(doc.blocks[3]!.text).toContain('reduce their draw in equal proportion, and')
    expect(doc.blocks.some((block) => block.text.includes('propor-'))).toBe(false)
  })

  it('drops the running header and the page-number footers, and says so', async () => {
    const doc = await reading
    const all = doc.blocks.map((block) => block.text).join('\n')
    expect(all).not.toContain('Delta Water Commission')
    expect(all).not.toMatch(/Page \d of 3/)
    expect(doc.notices).toEqual([
      'Dropped 3 running header or footer lines and 3 page numbers repeated at page edges.',
    ])
  })

  it('offers the title, authors and date the file states', async () => {
    const { hints } = await reading
    expect(hints.title).toBe('Water allocation in the delta: report of the commission')
    expect(hints.authors).toEqual(['Jane Doe', 'Omar Said'])
    expect(hints.published).toEqual({ year: 2023, month: 5, day: 4, approximate: false })
    expect(hints.publishedText).toBe('D:20230504093000Z')
  })
})

describe('readPdf on a two-column page', () => {
  it('reads the title, then the left column, then the right, joining the paragraph between them', async () => {
    const doc = await readPdf(loadFixture('pdf-two-column.pdf'), 'pdf-two-column.pdf')
    expect(doc.blocks.map((block) => [block.kind, block.text.slice(0, 24)])).toEqual([
      ['heading', 'Notes from the border cr'],
      ['paragraph', 'At dawn the queue of lor'],
      ['paragraph', 'Customs officers on both'],
      ['paragraph', 'By noon the queue had sh'],
    ])
    expect(doc.blocks[2]!.text).toMatch(/each lorry and which neither ministry .* at the gate\.$/)
    expect(doc.notices).toEqual(['Dropped 1 page number repeated at page edges.'])
  })
})

describe('readPdf progress and cancelling', () => {
  it('reports each page read', async () => {
    const calls: Array<[number, number]> = []
    await readPdf(loadFixture('pdf-report.pdf'), 'pdf-report.pdf', {
      onProgress: (done, total) => calls.push([done, total]),
    })
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })

  it('stops between pages when cancelled, rejecting with an AbortError', async () => {
    const controller = new AbortController()
    const calls: number[] = []
    const reading = readPdf(loadFixture('pdf-report.pdf'), 'pdf-report.pdf', {
      signal: controller.signal,
      onProgress: (done) => {
        calls.push(done)
        controller.abort()
      },
    })
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
    expect(calls).toEqual([1])
  })

  it('does not start when already cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const bytes = loadFixture('pdf-report.pdf')
    await expect(
      readPdf(bytes, 'pdf-report.pdf', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('readPdf refusals', () => {
  it('refuses a PDF without a text layer as a scan that needs OCR', async () => {
    const refusal = await refusalOf('pdf-image-only.pdf')
    expect(refusal.reason).toBe(SCANNED_REASON)
    expect(refusal.message).toBe(
      'pdf-image-only.pdf has no text layer: it looks like a scan. Run it through OCR (for example ocrmypdf) and import the result.',
    )
  })

  it('refuses a password-protected PDF', async () => {
    const refusal = await refusalOf('pdf-encrypted.pdf')
    expect(refusal.message).toBe(`pdf-encrypted.pdf ${PASSWORD_REASON}`)
  })

  it('refuses a truncated PDF and a file that only starts like one', async () => {
    for (const name of ['pdf-truncated.pdf', 'pdf-not-a-pdf.pdf']) {
      const refusal = await refusalOf(name)
      expect(refusal.message).toMatch(new RegExp(`^${name} is not a readable PDF \\(.+\\)\\.$`))
    }
  })

  it('refuses a file over the size limit before reading it', async () => {
    const refusal = await refusalOf('huge.pdf', new Uint8Array(MAX_IMPORT_BYTES + 1))
    expect(refusal.message).toBe('huge.pdf is larger than the 50 MB Casefile imports.')
  })
})
