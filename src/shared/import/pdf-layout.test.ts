import { describe, expect, it } from 'vitest'
import { layoutPdfPages, looksScanned, visibleCharacters } from './pdf-layout'
import type { PdfRun } from './pdf-lines'

function run(str: string, x: number, y: number, size = 10): PdfRun {
  return { str, x, y, width: str.length * size * 0.5, height: size, fontName: 'f1' }
}

/** Body lines from the top of the text area down, each 60 characters wide (300 units). */
function body(lines: string[], top: number, x = 50): PdfRun[] {
  return lines.map((text, index) => run(text.padEnd(60, ' '), x, top - index * 12))
}

function furniture(page: number): PdfRun[] {
  return [
    run(`Delta Water Commission · Report ${2023} · page ${page}`, 50, 810, 8),
    run(String(page), 290, 30, 8),
  ]
}

const pages: PdfRun[][] = [
  [
    ...furniture(1),
    run('Findings', 50, 760, 18),
    ...body(
      [
        'The commission found that the water allocation rules of the',
        'delta had not been applied since the drought of the last de-',
        'cade, and that the upstream users had taken more than their',
      ],
      730,
    ),
  ],
  [
    ...furniture(2),
    ...body(['share in every season but one.'], 760),
    ...body(['A second paragraph opens with an indent and ends here.'], 748, 70),
  ],
]

describe('layoutPdfPages', () => {
  const layout = layoutPdfPages(pages)

  it('drops the running header and the page numbers and says so', () => {
    const texts = layout.blocks.map((block) => block.text)
    expect(texts.join(' ')).not.toMatch(/Commission ·|^\d$/)
    expect(layout.repeatedDropped).toBe(2)
    expect(layout.pageNumbersDropped).toBe(2)
    expect(layout.notices).toEqual([
      'Dropped 2 running header or footer lines and 2 page numbers repeated at page edges.',
    ])
  })

  it('reads the heading, joins the paragraph across the page break and takes out the hyphen', () => {
    expect(layout.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Findings', page: 1 },
      {
        kind: 'paragraph',
        level: 0,
        page: 1,
        text:
          'The commission found that the water allocation rules of the delta had not been ' +
          'applied since the drought of the last decade, and that the upstream users had ' +
          'taken more than their share in every season but one.',
      },
      {
        kind: 'paragraph',
        level: 0,
        page: 2,
        text: 'A second paragraph opens with an indent and ends here.',
      },
    ])
  })

  it('reads two columns one after the other', () => {
    const left = Array.from({ length: 6 }, (_, i) => `left ${i} words of the first column`)
    const right = Array.from({ length: 6 }, (_, i) => `right ${i} words of the second one`)
    const page = [
      ...left.map((text, i) => run(text, 50, 700 - i * 12)),
      ...right.map((text, i) => run(text, 320, 700 - i * 12)),
    ]
    const texts = layoutPdfPages([page]).blocks.map((block) => block.text)
    expect(texts.join(' ')).toBe([...left, ...right].join(' '))
  })

  it('gives nothing for pages without text', () => {
    expect(layoutPdfPages([[], []]).blocks).toEqual([])
  })
})

describe('looksScanned', () => {
  it('takes no text, or a few characters a page, for a scan', () => {
    expect(looksScanned([0, 0, 0])).toBe(true)
    expect(looksScanned([3, 0, 0, 2])).toBe(true)
    expect(looksScanned([1200, 0, 900])).toBe(false)
  })

  it('counts visible characters only', () => {
    expect(visibleCharacters([run(' a b ', 0, 0), run('\n', 0, 0)])).toBe(2)
  })
})
