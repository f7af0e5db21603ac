import { emptyHints } from '@shared/import/extracted'
import { describe, expect, it } from 'vitest'
import { readMarkdown } from './read-markdown'
import { loadFixture } from './testing/load-fixture'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('readMarkdown on the fixtures', () => {
  it('reads front matter into hints and keeps the body, heading included', async () => {
    const doc = await readMarkdown(loadFixture('markdown-front-matter.md'), 'dawn.md')
    expect(doc.format).toBe('markdown')
    expect(doc.notices).toEqual([])
    expect(doc.hints).toEqual({
      title: "Pakistan strikes 'terrorist hideouts' in Iran",
      authors: ['Saleem Shahid', 'Amna Baloch'],
      outlet: 'Dawn',
      published: { year: 2024, month: 1, day: 18, approximate: false },
      publishedText: '2024-01-18',
      genre: 'news',
      sourceUrl: 'https://www.dawn.com/news/example-pakistan-strikes-iran',
      language: 'en',
    })
    expect(doc.blocks.map((block) => [block.kind, block.level, block.text])).toEqual([
      ['heading', 1, "Pakistan strikes 'terrorist hideouts' in Iran"],
      [
        'paragraph',
        0,
        "ISLAMABAD: Pakistan on Thursday carried out strikes on what it described as terrorist hideouts in Iran's Sistan-Baluchestan province, two days after Iran struck targets near Panjgur.",
      ],
      [
        'paragraph',
        0,
        'The Foreign Office said the operation, code-named Marg Bar Sarmachar, was "a series of highly coordinated and specifically targeted precision military strikes".',
      ],
      [
        'blockQuote',
        0,
        'Pakistan fully respects the sovereignty and territorial integrity of the Islamic Republic of Iran.',
      ],
      ['heading', 2, 'What Iran said'],
      [
        'paragraph',
        0,
        "Iran's foreign ministry summoned Pakistan's chargé d'affaires and said that the dead in the village of Saravan were not Iranian nationals.",
      ],
    ])
    expect(doc.blocks[1]?.marks).toEqual([
      { kind: 'strong', start: 0, end: 10 },
      { kind: 'emphasis', start: 76, end: 94 },
    ])
  })

  it('takes the first heading as the title when there is no front matter', async () => {
    const doc = await readMarkdown(loadFixture('markdown-plain.md'), 'profile.md')
    expect(doc.hints).toEqual({ ...emptyHints(), title: 'Jaish al-Adl: a short profile' })
    expect(doc.notices).toEqual([])
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Jaish al-Adl: a short profile'],
      [
        'paragraph',
        'Jaish al-Adl ("Army of Justice") is a Sunni Baloch militant group active in Iran\'s Sistan-Baluchestan province. It emerged in 2012 from the remnants of Jundallah.',
      ],
      ['heading', 'Attacks'],
      [
        'listItem',
        '2019: a suicide car bombing near Zahedan killed 27 members of the Revolutionary Guards.',
      ],
      ['listItem', 'December 2023: an attack on a police station in Rask killed eleven officers.'],
      [
        'paragraph',
        'Iran holds that the group shelters on the Pakistani side of the border, near Panjgur and Turbat; Pakistan denies it.',
      ],
    ])
  })

  it('keeps tables and HTML as text, leaves the image and the script out, and says so', async () => {
    const doc = await readMarkdown(loadFixture('markdown-table-image-html.md'), 'strikes.md')
    expect(doc.hints.title).toBe('Strikes and counter-strikes, January 2024')
    expect(doc.blocks.map((block) => block.text)).toEqual([
      'Strikes and counter-strikes, January 2024',
      'Date · Strike · Place',
      '16 January · Iranian missiles and drones · Near Panjgur, Balochistan',
      '18 January · Pakistani air strikes · Saravan, Sistan-Baluchestan',
      'The two foreign ministers spoke by phone on 19 January and agreed that ambassadors would return to their posts.',
      'This table was compiled from statements by both foreign ministries.',
    ])
    expect(doc.blocks.map((block) => block.text).join(' ')).not.toMatch(/pwned|<|>/)
    expect(doc.notices).toEqual([
      'Left out 1 image: Casefile keeps the text.',
      'Kept 1 table as text, one paragraph per row with cells separated by “·”.',
      'Removed HTML tags and kept the text inside them.',
      'Left out 1 script or style element; nothing in the file was run.',
    ])
  })

  it('imports the body of a file whose front matter is broken, and says where it broke', async () => {
    const doc = await readMarkdown(loadFixture('markdown-broken-front-matter.md'), 'border.md')
    expect(doc.notices).toEqual([
      'The front matter could not be read (line 2: missing closing "quote); it was kept out of the text.',
    ])
    expect(doc.hints).toEqual({ ...emptyHints(), title: 'border' })
    expect(doc.blocks.map((block) => block.text)).toEqual([
      'Baloch separatist groups operate on both sides of the 900-kilometre border between Iran and Pakistan.',
      'Each government accuses the other of sheltering them.',
    ])
  })
})

describe('readMarkdown', () => {
  it('says which encoding it used for a file that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([...'# Zürich\n\nCafé.'].map((char) => char.charCodeAt(0)))
    const doc = await readMarkdown(latin1, 'z.md')
    expect(doc.blocks.map((block) => block.text)).toEqual(['Zürich', 'Café.'])
    expect(doc.notices).toEqual(['Read as ISO-8859-1, Latin-1 (the file is not UTF-8).'])
  })

  it('prefers the first level-1 heading as title, then an opening heading, then a first line that reads as a title, then the file name', async () => {
    const title = async (text: string): Promise<string | null> =>
      (await readMarkdown(bytes(text), 'my_notes.md')).hints.title
    expect(await title('Intro.\n\n# Main title\n\n## Later')).toBe('Main title')
    expect(await title('## Opening\n\nText.')).toBe('Opening')
    expect(await title('Text.\n\n## Later')).toBe('my notes')
    expect(await title('Pakistan and Iran: The way forward\n\nThe year began.')).toBe(
      'Pakistan and Iran: The way forward',
    )
    expect(await title('---\ntitle: From front matter\n---\n# Heading')).toBe('From front matter')
  })

  it('reads a file that opens with a rule and a heading as Markdown, not front matter', async () => {
    const doc = await readMarkdown(bytes('---\nSection\n---\n\nText.'), 'a.md')
    expect(doc.notices).toEqual([])
    expect(doc.blocks.map((block) => block.text)).toEqual(['Section', 'Text.'])
  })

  it('reads a capture without front matter like a text capture: byline in, footer out', async () => {
    const read = await readMarkdown(
      bytes(
        '# Border crossing reopens\n\nBy Amna Baloch | 22 January 2024\n\nThe crossing reopened.\n\nLeave a Reply\n',
      ),
      'taftan.md',
    )
    expect(read.hints).toMatchObject({ authors: ['Amna Baloch'], published: { day: 22 } })
    expect(read.blocks.map((block) => block.text)).not.toContain('Leave a Reply')
    expect(read.notices).toContain('Left out the site’s line at the end (“Leave a Reply”).')
  })

  it('leaves a file with front matter as it is written', async () => {
    const read = await readMarkdown(
      bytes('---\ntitle: Notes\n---\nBy Amna Baloch\n\nLeave a Reply\n'),
      'notes.md',
    )
    expect(read.hints.authors).toEqual([])
    expect(read.blocks.map((block) => block.text)).toContain('Leave a Reply')
  })

  it('refuses a file with no text once read, naming it', async () => {
    await expect(readMarkdown(bytes('---\ntitle: Only\n---\n'), 'only.md')).rejects.toThrow(
      'only.md has front matter but no text to import.',
    )
    await expect(readMarkdown(bytes('![map](map.png)\n\n<!-- note -->'), 'img.md')).rejects.toThrow(
      'img.md has no text to import once its markup is set aside.',
    )
    await expect(readMarkdown(new Uint8Array(0), 'empty.md')).rejects.toThrow(
      'empty.md is empty: it has no text to import.',
    )
    await expect(readMarkdown(bytes('%PDF-1.7\n'), 'x.md')).rejects.toThrow(/looks like a PDF file/)
  })

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      readMarkdown(bytes('# A'), 'a.md', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})
