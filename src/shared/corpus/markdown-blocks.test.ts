import { describe, expect, it } from 'vitest'
import {
  htmlBlockText,
  importedMarkdownToBlocks,
  markdownToBlocks,
  UnsupportedMarkdownError,
} from './markdown-blocks'

const texts = (body: string): string[] =>
  importedMarkdownToBlocks(body).blocks.map((block) => block.text)

describe('markdownToBlocks (curated)', () => {
  it('reads headings, paragraphs, quotes and list items with folded text and marks', () => {
    expect(
      markdownToBlocks('# Panjgur\n\nThe **Baloch**  groups\nsaid.\n\n> A quote.\n\n- One\n- Two'),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Panjgur', marks: [] },
      {
        kind: 'paragraph',
        level: 0,
        text: 'The Baloch groups said.',
        marks: [{ kind: 'strong', start: 4, end: 10 }],
      },
      { kind: 'blockQuote', level: 0, text: 'A quote.', marks: [] },
      { kind: 'listItem', level: 0, text: 'One', marks: [] },
      { kind: 'listItem', level: 0, text: 'Two', marks: [] },
    ])
  })

  it('still refuses raw HTML and images, naming the line', () => {
    expect(() => markdownToBlocks('Text.\n\n<div>x</div>')).toThrow(UnsupportedMarkdownError)
    expect(() => markdownToBlocks('Text.\n\n<div>x</div>')).toThrow(/raw HTML on line 3/)
    expect(() => markdownToBlocks('See ![map](map.png).')).toThrow(/an image on line 1/)
  })

  it('reads a table as the paragraph CommonMark sees (no GitHub extensions)', () => {
    expect(markdownToBlocks('| a | b |\n|---|---|\n| 1 | 2 |')).toEqual([
      { kind: 'paragraph', level: 0, text: '| a | b | |---|---| | 1 | 2 |', marks: [] },
    ])
  })
})

describe('importedMarkdownToBlocks', () => {
  it('keeps a table as one paragraph per row, cells joined, marks moved with them', () => {
    const { blocks, changes } = importedMarkdownToBlocks(
      '| Date | Place |\n| --- | --- |\n| 16 Jan | **Panjgur** |\n| 18 Jan |  |',
    )
    expect(blocks).toEqual([
      { kind: 'paragraph', level: 0, text: 'Date · Place', marks: [] },
      {
        kind: 'paragraph',
        level: 0,
        text: '16 Jan · Panjgur',
        marks: [{ kind: 'strong', start: 9, end: 16 }],
      },
      { kind: 'paragraph', level: 0, text: '18 Jan', marks: [] },
    ])
    expect(changes.tables).toBe(1)
  })

  it('leaves images out and counts them', () => {
    const { blocks, changes } = importedMarkdownToBlocks(
      'The border ![map of Panjgur](map.png) crossing.\n\n![alone](a.png)\n\n[![logo](l.png)](https://x.example)',
    )
    expect(blocks.map((b) => b.text)).toEqual(['The border crossing.'])
    expect(changes.images).toBe(3)
  })

  it('keeps the text of inline and block HTML without its tags', () => {
    const { blocks, changes } = importedMarkdownToBlocks(
      'The <span class="name">Jaish al-Adl</span> group<br>said.\n\n<div class="note">\n<p>First &amp; <b>second</b>.</p><p>Third&nbsp;part.</p>\n</div>',
    )
    expect(blocks.map((b) => b.text)).toEqual([
      'The Jaish al-Adl group said.',
      'First & second.',
      'Third part.',
    ])
    expect(changes.html).toBeGreaterThan(0)
  })

  it('leaves script and style elements out whole, inline or block', () => {
    const { blocks, changes } = importedMarkdownToBlocks(
      'Before <script>alert(1)</script> after.\n\n<script>\nfetch("https://evil.example")\n</script>\n\n<style>p { color: red }</style>\n\nEnd.',
    )
    expect(blocks.map((b) => b.text)).toEqual(['Before after.', 'End.'])
    expect(changes.scripts).toBe(3)
  })

  it('reads GitHub strikethrough, autolinks and footnotes as text', () => {
    expect(
      texts(
        '~~Old~~ new, see https://dawn.example/a and the report.[^1]\n\n[^1]: Dawn, 18 January 2024.',
      ),
    ).toEqual(['Old new, see https://dawn.example/a and the report.[1]', 'Dawn, 18 January 2024.'])
  })

  it('reads what the curated mode reads the same way', () => {
    const body = '# Title\n\nOne *two*.\n\n> Quote.\n\n1. Item\n\n```\ncode  here\n```'
    expect(importedMarkdownToBlocks(body).blocks).toEqual(markdownToBlocks(body))
  })
})

describe('htmlBlockText', () => {
  it('decodes numeric and named references and drops comments', () => {
    expect(
      htmlBlockText('<p>&#8220;Baloch&#x201D; &mdash; <!-- hidden --> ok &bogus;</p>'),
    ).toEqual({
      paragraphs: ['“Baloch” — ok &bogus;'],
      scripts: 0,
    })
  })
})
