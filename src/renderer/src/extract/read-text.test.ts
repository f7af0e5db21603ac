import { ImportRefusal } from '@shared/import/extracted'
import { describe, expect, it } from 'vitest'
import { readText, textToBlocks } from './read-text'
import { loadFixture } from './testing/load-fixture'

const blocksOf = (text: string): [string, string][] =>
  textToBlocks(text).blocks.map((block) => [block.kind, block.text])

describe('readText on the fixtures', () => {
  it('reads a hard-wrapped UTF-8 article as the analyst would read it', async () => {
    const doc = await readText(loadFixture('text-utf8.txt'), 'strikes.txt')
    expect(doc.format).toBe('text')
    expect(doc.fileName).toBe('strikes.txt')
    expect(doc.notices).toEqual([])
    expect(doc.hints.title).toBe('Iran and Pakistan trade strikes across Balochistan border')
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Iran and Pakistan trade strikes across Balochistan border'],
      ['paragraph', 'By Saleem Shahid and Amna Baloch'],
      ['paragraph', 'Quetta, 18 January 2024'],
      [
        'paragraph',
        "Pakistan carried out strikes on what it called militant hideouts inside Iran's Sistan-Baluchestan province early on Thursday, two days after an Iranian missile and drone attack on a village near Panjgur killed two children.",
      ],
      [
        'paragraph',
        'The Iranian strike on Tuesday targeted Jaish al-Adl, a Sunni militant group that Tehran says operates from Pakistani soil. Iranian state media said the group\'s "headquarters" had been destroyed; Pakistan said the dead were civilians and called the attack an international outrage.',
      ],
      ['heading', 'REACTION IN ISLAMABAD'],
      [
        'paragraph',
        "The Foreign Office recalled Pakistan's ambassador from Tehran and told the Iranian envoy, who was visiting his home country, not to return. Analysts in Islamabad said both governments would look for a way to step back without appearing to yield to international pressure.",
      ],
      ['listItem', 'China offered to mediate.'],
      ['listItem', 'The United States urged restraint.'],
      ['listItem', 'Trade at the Taftan crossing was briefly suspended.'],
    ])
    expect(doc.blocks.every((block) => block.marks.length === 0)).toBe(true)
  })

  it('reads every encoding fixture to the same blocks, saying which encoding it used', async () => {
    const reference = await readText(loadFixture('text-utf8-bom.txt'), 'a.txt')
    expect(reference.notices).toEqual([])
    expect(reference.hints.title).toBe('Pakistan recalls ambassador after Iranian strike')
    expect(reference.blocks.map((block) => block.text)).toEqual([
      'Pakistan recalls ambassador after Iranian strike',
      'ISLAMABAD — Pakistan recalled its ambassador from Tehran on Wednesday, a day after Iranian missiles and drones struck a village near Panjgur in Balochistan province.',
      'The Foreign Office said two children were killed and called the strike an “unprovoked violation” of Pakistani airspace.',
    ])
    for (const [name, notice] of [
      ['text-utf16le-bom.txt', 'Read as UTF-16 (little-endian).'],
      ['text-utf16be-bom.txt', 'Read as UTF-16 (big-endian).'],
      ['text-crlf.txt', null],
    ] as const) {
      const doc = await readText(loadFixture(name), name)
      expect(doc.blocks).toEqual(reference.blocks)
      expect(doc.notices).toEqual(notice ? [notice] : [])
    }
  })

  it('reads Windows-1252 and Latin-1 files, with the notice naming the encoding', async () => {
    const cp1252 = await readText(loadFixture('text-windows-1252.txt'), 'statement.txt')
    expect(cp1252.notices).toEqual(['Read as Windows-1252 (the file is not UTF-8).'])
    expect(cp1252.encoding).toBe('Windows-1252')
    expect(cp1252.hints.title).toBe('Iran’s strike “sends the wrong signal”')
    expect(cp1252.blocks[1]?.text).toMatch(/^Tehran — Iran’s foreign ministry .* €1\.10 a litre\.$/)
    const latin1 = await readText(loadFixture('text-latin1.txt'), 'communique.txt')
    expect(latin1.notices).toEqual(['Read as ISO-8859-1, Latin-1 (the file is not UTF-8).'])
    expect(latin1.blocks.map((block) => block.text)).toEqual([
      'Déclaration commune',
      "Les ministres se sont réunis à Zürich le 29 janvier 2024. Le communiqué, rédigé en français et en allemand (Straße, Grüße), appelle à la désescalade entre le Pakistan et l'Iran après les frappes de Panjgur et de Saravan.",
    ])
  })

  it('refuses the empty, blank and binary fixtures, naming the file', async () => {
    await expect(readText(loadFixture('text-empty.txt'), 'notes.txt')).rejects.toThrow(
      new ImportRefusal('notes.txt', 'is empty: it has no text to import.'),
    )
    await expect(readText(loadFixture('text-blank.txt'), 'blank.txt')).rejects.toThrow(
      'blank.txt holds only blank space: it has no text to import.',
    )
    await expect(readText(loadFixture('text-binary.txt'), 'data.txt')).rejects.toThrow(
      /^data\.txt does not look like text/,
    )
    await expect(readText(loadFixture('text-really-a-pdf.txt'), 'report.txt')).rejects.toThrow(
      'report.txt looks like a PDF file, not text: give it the .pdf extension and import it again.',
    )
  })

  it('stops with an AbortError when cancelled, and reports progress when done', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      readText(loadFixture('text-utf8.txt'), 'a.txt', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
    const progress: [number, number][] = []
    await readText(loadFixture('text-utf8.txt'), 'a.txt', {
      onProgress: (d, t) => progress.push([d, t]),
    })
    expect(progress).toEqual([[1, 1]])
  })
})

describe('readText on text captured from a web page', () => {
  const page = [
    'HomeDiplomacyBorder crossing reopens at Taftan',
    'Border crossing reopens at Taftan',
    'written by Amna Baloch | January 22, 2024',
    'The crossing at Taftan reopened on Monday after a week, officials said.',
    'Traders said fuel prices fell by a tenth within two days.',
    'Amna Baloch reports on Balochistan for the paper.',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Follow us',
    'Most Popular',
  ].join('\n\n')

  it('offers the title under the breadcrumbs, the byline’s author and date, and leaves the footer out', async () => {
    const read = await readText(new TextEncoder().encode(page), 'taftan.txt')
    expect(read.hints).toMatchObject({
      title: 'Border crossing reopens at Taftan',
      authors: ['Amna Baloch'],
      published: { year: 2024, month: 1, day: 22 },
      publishedText: 'January 22, 2024',
    })
    expect(read.blocks.map((block) => block.text).at(-1)).toBe(
      'Amna Baloch reports on Balochistan for the paper.',
    )
    expect(read.notices).toContain(
      'Left out the site’s 4 lines at the end (“Leave a Reply” and after).',
    )
  })

  it('offers a Markdown-style first line as the title without its hashes', async () => {
    const read = await readText(
      new TextEncoder().encode('# Water report\n\nThe river fell.'),
      'w.txt',
    )
    expect(read.hints.title).toBe('Water report')
  })
})

describe('textToBlocks', () => {
  it('makes every line a paragraph in a file that is not hard-wrapped', () => {
    const long = 'Jaish al-Adl said it carried out the attack in Rask. '.repeat(3)
    expect(blocksOf(`${long}\n${long}\n- a point\n- another`)).toEqual([
      ['paragraph', long.trim()],
      ['paragraph', long.trim()],
      ['listItem', 'a point'],
      ['listItem', 'another'],
    ])
  })

  it('joins a word broken by a hyphen, dropping the hyphen only where the file says so', () => {
    const wrapped = (a: string, b: string, extra = ''): string =>
      `Title line\n\n${'x'.repeat(60)} ${a}\n${b} the end of it all.\n\n${extra}`
    const text = (a: string, b: string, extra?: string): string | undefined =>
      textToBlocks(wrapped(a, b, extra)).blocks[1]?.text.slice(61)
    expect(text('inter-', 'national', 'An international row.')).toBe(
      'international the end of it all.',
    )
    expect(text('inter-', 'national')).toBe('inter-national the end of it all.')
    expect(text('well-', 'known', 'Well-known and wellknown.')).toBe(
      'well-known the end of it all.',
    )
    expect(text('Jaish al-', 'Adl', 'The aladl.')).toBe('Jaish al-Adl the end of it all.')
    expect(text('war --', 'peace')).toBe('war -- peace the end of it all.')
  })

  it('keeps short lines apart inside a hard-wrapped file where the next word would have fitted', () => {
    const body = `${'word '.repeat(14).trim()}\n${'word '.repeat(14).trim()}\nend.`
    expect(blocksOf(`Saleem Shahid\nQuetta\n\n${body}`)).toEqual([
      ['paragraph', 'Saleem Shahid'],
      ['paragraph', 'Quetta'],
      ['paragraph', `${'word '.repeat(28)}end.`],
    ])
  })

  it('finds headings only where they are marked: underlines and capitals', () => {
    expect(blocksOf('Background\n==========\n\nText.\n\nDetails\n-------\nMore text.')).toEqual([
      ['heading', 'Background'],
      ['paragraph', 'Text.'],
      ['heading', 'Details'],
      ['paragraph', 'More text.'],
    ])
    const levels = textToBlocks('One\n===\n\nTwo\n---\n\nTHREE\n\nText.').blocks.map((b) => b.level)
    expect(levels).toEqual([1, 2, 2, 0])
  })

  it('does not take a first line that ends like a sentence, or a lone line, as a title', () => {
    expect(textToBlocks('Dear colleagues,\n\nThe meeting is off.').title).toBeNull()
    expect(textToBlocks('Only one line without a stop').title).toBeNull()
    expect(blocksOf('Only one line without a stop')).toEqual([
      ['paragraph', 'Only one line without a stop'],
    ])
    expect(textToBlocks('- a list first\n\nText.').title).toBeNull()
  })

  it('folds whitespace, and separates paragraphs at form feeds and blank lines with spaces', () => {
    expect(blocksOf('One\u00a0 two\t three.\n \t\nFour.\fFive.')).toEqual([
      ['paragraph', 'One two three.'],
      ['paragraph', 'Four.'],
      ['paragraph', 'Five.'],
    ])
  })

  it('keeps the number of a numbered line and starts a block there', () => {
    expect(blocksOf('Steps:\n1. Close Taftan.\n2. Reopen it.')).toEqual([
      ['paragraph', 'Steps:'],
      ['paragraph', '1. Close Taftan.'],
      ['paragraph', '2. Reopen it.'],
    ])
  })
})
