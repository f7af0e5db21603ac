import { describe, expect, it } from 'vitest'
import type { PdfLine } from './pdf-lines'
import {
  bodyMetrics,
  collectWords,
  columnParagraphs,
  endsSentence,
  joinLineTexts,
  mendParagraphs,
  startsListItem,
  type PdfParagraph,
} from './pdf-paragraphs'

const RIGHT = 300

/** A line from x to the column's right edge unless `xEnd` says it stops short. */
function line(text: string, y: number, options: { x?: number; xEnd?: number; size?: number } = {}) {
  const result: PdfLine = {
    text,
    x: options.x ?? 50,
    xEnd: options.xEnd ?? RIGHT,
    y,
    size: options.size ?? 10,
    runs: [],
  }
  return result
}

const BODY = { size: 10, leading: 1.2 }

describe('bodyMetrics', () => {
  it('takes the size most characters are set in and the usual line spacing', () => {
    const metrics = bodyMetrics([
      [
        line('A heading', 800, { size: 18 }),
        line('body text that is long and set in the body size', 770),
        line('more body text that is long and set in the size', 758),
        line('and more body text that goes on and on for a while', 746),
      ],
    ])
    expect(metrics.size).toBe(10)
    expect(metrics.leading).toBeCloseTo(1.2)
  })
})

describe('columnParagraphs', () => {
  const texts = (paragraphs: PdfParagraph[]): string[][] => paragraphs.map((p) => p.lines)

  it('breaks at a wider gap, at an indent and after a short line', () => {
    const paragraphs = columnParagraphs(
      [
        line('First paragraph runs on', 700),
        line('and ends here.', 688, { xEnd: 150 }),
        line('Second one starts after a short line', 676),
        line('and goes on', 664),
        line('Third after a gap', 640),
        line('still third.', 628, { xEnd: 120 }),
        line('Fourth is indented', 616, { x: 70 }),
      ],
      1,
      BODY,
    )
    expect(texts(paragraphs)).toEqual([
      ['First paragraph runs on', 'and ends here.'],
      ['Second one starts after a short line', 'and goes on'],
      ['Third after a gap', 'still third.'],
      ['Fourth is indented'],
    ])
  })

  it('reads a larger line as a heading and keeps a two-line heading together', () => {
    const paragraphs = columnParagraphs(
      [
        line('A long heading that', 720, { size: 16, xEnd: 200 }),
        line('wraps', 700, { size: 16, xEnd: 100 }),
        line('Body.', 680),
      ],
      2,
      BODY,
    )
    expect(paragraphs.map((p) => [p.kind, p.lines.join(' '), p.page])).toEqual([
      ['heading', 'A long heading that wraps', 2],
      ['paragraph', 'Body.', 2],
    ])
  })

  it('reads list items, their wrapped lines hanging', () => {
    const paragraphs = columnParagraphs(
      [
        line('• first item that', 700),
        line('wraps under itself', 688, { x: 62, xEnd: 200 }),
        line('• second item', 676, { xEnd: 150 }),
      ],
      1,
      BODY,
    )
    expect(paragraphs.map((p) => [p.kind, p.lines.length])).toEqual([
      ['listItem', 2],
      ['listItem', 1],
    ])
  })

  it('marks a first paragraph that may continue one and a last one that may go on', () => {
    const paragraphs = columnParagraphs(
      [line('continued from before', 700), line('ends.', 688, { xEnd: 80 }), line('Runs', 676)],
      1,
      BODY,
    )
    expect(paragraphs.map((p) => [p.openStart, p.openEnd])).toEqual([
      [true, false],
      [false, true],
    ])
  })
})

describe('joinLineTexts', () => {
  const words = collectWords(['a well-known route', 'the cooperation', 'co-operate'])

  it('takes out a line-end hyphen before a lower-case letter', () => {
    expect(joinLineTexts('an inter-', 'national route', words)).toBe('an international route')
  })

  it('keeps a hyphen the document spells elsewhere, and after self- or well-', () => {
    expect(joinLineTexts('to co-', 'operate', words)).toBe('to co-operate')
    expect(joinLineTexts('a self-', 'evident', words)).toBe('a self-evident')
    expect(joinLineTexts('a well-', 'known', words)).toBe('a well-known')
  })

  it('prefers the unhyphenated spelling when the document has it', () => {
    const both = collectWords(['cooperation', 'co-operation', 'cooperation'])
    expect(joinLineTexts('co-', 'operation', both)).toBe('cooperation')
  })

  it('keeps a hyphen before a capital or a digit, and a dash with a space', () => {
    expect(joinLineTexts('anti-', 'American', words)).toBe('anti-American')
    expect(joinLineTexts('COVID-', '19 cases', words)).toBe('COVID-19 cases')
    expect(joinLineTexts('the 1990s -', 'then', words)).toBe('the 1990s - then')
  })

  it('always takes out a soft hyphen', () => {
    expect(joinLineTexts('infor\u00AD', 'mation', words)).toBe('information')
  })
})

describe('mendParagraphs', () => {
  const paragraph = (lines: string[], page: number, extra: Partial<PdfParagraph> = {}) =>
    ({
      kind: 'paragraph',
      size: 10,
      lines,
      page,
      openStart: true,
      openEnd: true,
      ...extra,
    }) as PdfParagraph

  it('joins a paragraph cut by a page break mid-sentence, keeping the first page', () => {
    const blocks = mendParagraphs(
      [paragraph(['The ministry said that the'], 1), paragraph(['talks would resume.'], 2)],
      new Set(),
    )
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        level: 0,
        text: 'The ministry said that the talks would resume.',
        page: 1,
      },
    ])
  })

  it('joins across a hyphen at the page break', () => {
    const blocks = mendParagraphs(
      [paragraph(['the nego-'], 3), paragraph(['tiations went on.'], 4)],
      new Set(),
    )
    expect(blocks.map((b) => [b.text, b.page])).toEqual([['the negotiations went on.', 3]])
  })

  it('keeps the break after a full sentence before a capital, an indent or a short line', () => {
    const blocks = mendParagraphs(
      [
        paragraph(['It ended.'], 1),
        paragraph(['New one'], 2),
        paragraph(['goes on'], 2, { openEnd: false }),
        paragraph(['after a short line'], 3),
        paragraph(['indented'], 3, { openStart: false }),
      ],
      new Set(),
    )
    expect(blocks.map((b) => b.text)).toEqual([
      'It ended.',
      'New one goes on',
      'after a short line',
      'indented',
    ])
  })

  it('joins a sentence ending at a break when the next starts in lower case', () => {
    const blocks = mendParagraphs(
      [paragraph(['ends with etc.'], 1), paragraph(['and more'], 2)],
      new Set(),
    )
    expect(blocks).toHaveLength(1)
  })

  it('numbers heading levels by size and demotes a long "heading"', () => {
    const blocks = mendParagraphs(
      [
        paragraph(['Title'], 1, { kind: 'heading', size: 24 }),
        paragraph(['Section'], 1, { kind: 'heading', size: 14 }),
        paragraph(['x'.repeat(250)], 1, { kind: 'heading', size: 14 }),
        paragraph(['Other section'], 2, { kind: 'heading', size: 14 }),
      ],
      new Set(),
    )
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['paragraph', 0],
      ['heading', 2],
    ])
  })
})

describe('startsListItem and endsSentence', () => {
  it.each(['• item', '- item', '1. item', '12) item', '(a) item', 'b. item', '(iv) item'])(
    'takes %j for a list item',
    (text) => expect(startsListItem(text)).toBe(true),
  )

  it.each(['1990 was', 'In 2. ', 'Item'])('does not take %j for one', (text) =>
    expect(startsListItem(text)).toBe(false),
  )

  it('sees sentence ends before closing quotes', () => {
    expect(endsSentence('he said “no.”')).toBe(true)
    expect(endsSentence('and the')).toBe(false)
  })
})
