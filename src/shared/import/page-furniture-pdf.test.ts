import { describe, expect, it } from 'vitest'
import {
  findPageFurniture,
  furnitureKey,
  furnitureNotice,
  isPageNumberText,
  repeatThreshold,
} from './page-furniture-pdf'
import type { PdfLine } from './pdf-lines'

function line(text: string, y: number): PdfLine {
  return { text, x: 50, xEnd: 50 + text.length * 5, y, size: 10, runs: [] }
}

describe('isPageNumberText', () => {
  it.each([
    '7',
    ' 12 ',
    '- 7 -',
    '– 7 –',
    '[7]',
    'Page 7',
    'page 7 of 30',
    '7 / 30',
    'xii',
    'Seite 4',
  ])('takes %j for a page number', (text) => expect(isPageNumberText(text)).toBe(true))

  it.each(['7 people died', 'Chapter 7', 'civil', '12345', 'Page seven', ''])(
    'does not take %j for one',
    (text) => expect(isPageNumberText(text)).toBe(false),
  )
})

describe('furnitureKey', () => {
  it('lets page numbers inside a header vary', () => {
    expect(furnitureKey('Annual Report 2023 · page 4')).toBe(
      furnitureKey('Annual  report 2023 · Page 15'),
    )
  })
})

describe('findPageFurniture', () => {
  const pages = [1, 2, 3, 4].map((page) => [
    line(`Ministry of Transport — Annual report ${2020 + page}`, 800),
    line(`Body text that differs on page ${'abcd'[page - 1]}`, 700),
    line(`More body text ${'wxyz'[page - 1]}`, 688),
    line(`Confidential draft - page ${page} of 4`, 40),
    line(String(page), 28),
  ])

  it('drops a header repeated with varying numbers, a footer and bare page numbers', () => {
    const found = findPageFurniture(pages)
    expect(found.repeated).toBe(8)
    expect(found.pageNumbers).toBe(4)
    for (const [index, dropped] of found.dropped.entries()) {
      expect([...dropped].map((l) => l.text).sort()).toEqual(
        [pages[index]![0]!.text, pages[index]![3]!.text, pages[index]![4]!.text].sort(),
      )
    }
  })

  it('keeps body lines, even ones at the top of a page', () => {
    const found = findPageFurniture(pages)
    for (const dropped of found.dropped) {
      expect([...dropped].some((l) => l.text.startsWith('Body'))).toBe(false)
    }
  })

  it('stops at the first body line from each edge', () => {
    const found = findPageFurniture([
      [line('Intro', 800), line('3', 780), line('body', 700)],
      [line('Other', 800), line('4', 780), line('text', 700)],
    ])
    expect(found.pageNumbers).toBe(0)
  })

  it('needs two pages of three, three of more, for a repeat', () => {
    expect(repeatThreshold(2)).toBe(2)
    expect(repeatThreshold(3)).toBe(2)
    expect(repeatThreshold(30)).toBe(3)
    const once = findPageFurniture([
      [line('A lone header', 800), line('body', 700)],
      [line('x', 700)],
    ])
    expect(once.repeated).toBe(0)
  })
})

describe('furnitureNotice', () => {
  it('says what was dropped, or nothing', () => {
    expect(furnitureNotice({ repeated: 3, pageNumbers: 1 })).toBe(
      'Dropped 3 running header or footer lines and 1 page number repeated at page edges.',
    )
    expect(furnitureNotice({ repeated: 0, pageNumbers: 0 })).toBeNull()
  })
})
