// @vitest-environment happy-dom
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { offsetOfBoundary, offsetsToRange, rangeToOffsets } from './dom-offsets'

/** Block texts as the parser would produce them, and their inner HTML as the reader draws them. */
const BLOCKS: { tag: string; text: string; html: string; wrap?: 'ul' | 'blockquote' }[] = [
  { tag: 'h2', text: 'Border talks resume', html: 'Border talks resume' },
  {
    tag: 'p',
    text: 'The ministers met in Quetta on Friday to discuss trade.',
    html: 'The ministers met in <strong>Quetta</strong> on <em>Friday</em> to discuss trade.',
  },
  { tag: 'li', text: 'First point', html: 'First point', wrap: 'ul' },
  { tag: 'li', text: 'Second bold point', html: 'Second <strong>bold</strong> point', wrap: 'ul' },
  { tag: 'p', text: 'A quoted line.', html: 'A <em>quoted</em> line.', wrap: 'blockquote' },
  {
    tag: 'p',
    text: 'Closing words with nested marks.',
    html: 'Closing words with <strong><em>nest</em>ed</strong> marks.',
  },
]
const TEXT = BLOCKS.map((b) => b.text).join('\n\n')
const STARTS = BLOCKS.reduce<number[]>(
  (starts, b, i) => [
    ...starts,
    i === 0 ? 0 : (starts[i - 1] ?? 0) + (BLOCKS[i - 1]?.text.length ?? 0) + 2,
  ],
  [],
)

function render(): Element {
  const parts: string[] = []
  BLOCKS.forEach((b, i) => {
    const block = `<${b.tag} class="block" data-block="${i}" data-start="${STARTS[i]}" data-para="${i}">${b.html}</${b.tag}>`
    const prev = BLOCKS[i - 1]?.wrap
    const next = BLOCKS[i + 1]?.wrap
    // Wrappers and the whitespace between them are not block text.
    if (b.wrap === 'ul')
      parts.push(`${prev === 'ul' ? '' : '<ul>\n'}${block}${next === 'ul' ? '' : '</ul>'}\n`)
    else if (b.wrap === 'blockquote') parts.push(`<blockquote>${block}</blockquote>\n`)
    else parts.push(`${block}\n`)
  })
  document.body.innerHTML =
    '<header><h1>The title</h1><p class="byline">By a reporter</p></header>' +
    `<main><div class="document-body">\n${parts.join('')}</div></main>` +
    '<footer><p>Page footer</p></footer>'
  const body = document.querySelector('.document-body')
  if (!body) throw new Error('fixture: no body')
  return body
}

let body: Element

beforeEach(() => {
  body = render()
})

const block = (i: number) => {
  const element = body.querySelector(`[data-block="${i}"]`)
  if (!element) throw new Error(`fixture: no block ${i}`)
  return element
}

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange()
  r.setStart(startNode, startOffset)
  r.setEnd(endNode, endOffset)
  return r
}

function textNode(element: Element, index = 0): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let node = walker.nextNode()
  for (let i = 0; i < index; i++) node = walker.nextNode()
  if (!node) throw new Error('fixture: no text node')
  return node as Text
}

describe('the fixture', () => {
  it('renders each block with exactly its canonical text', () => {
    BLOCKS.forEach((b, i) => {
      expect(block(i).textContent).toBe(b.text)
      expect(TEXT.slice(STARTS[i], (STARTS[i] ?? 0) + b.text.length)).toBe(b.text)
    })
  })
})

describe('rangeToOffsets', () => {
  it('maps a selection inside one text node', () => {
    const p = block(1)
    const r = range(textNode(p), 4, textNode(p), 13)
    expect(rangeToOffsets(body, r)).toEqual({
      start: (STARTS[1] ?? 0) + 4,
      end: (STARTS[1] ?? 0) + 13,
    })
  })

  it('counts text split across <strong> and <em>', () => {
    const p = block(1)
    // From inside "Quetta" (the strong) to inside "Friday" (the em).
    const r = range(textNode(p, 1), 2, textNode(p, 3), 3)
    const offsets = rangeToOffsets(body, r)
    expect(offsets && TEXT.slice(offsets.start, offsets.end)).toBe('etta on Fri')
  })

  it('handles element boundaries: (element, child index)', () => {
    const p = block(1)
    const strong = p.querySelector('strong') as Element
    // (p, 1) is just before <strong>; (strong, 1) is just after its text; (p, childCount) is the end.
    expect(rangeToOffsets(body, range(p, 1, strong, 1))).toEqual({
      start: (STARTS[1] ?? 0) + 'The ministers met in '.length,
      end: (STARTS[1] ?? 0) + 'The ministers met in Quetta'.length,
    })
    expect(rangeToOffsets(body, range(p, 0, p, p.childNodes.length))).toEqual({
      start: STARTS[1],
      end: (STARTS[1] ?? 0) + (BLOCKS[1]?.text.length ?? 0),
    })
  })

  it('maps a selection across blocks, lists and quotes', () => {
    const r = range(textNode(block(2)), 6, textNode(block(4), 1), 3)
    const offsets = rangeToOffsets(body, r)
    expect(offsets && TEXT.slice(offsets.start, offsets.end)).toBe(
      'point\n\nSecond bold point\n\nA quo',
    )
  })

  it('clamps a start in the page header to the first block', () => {
    const byline = document.querySelector('.byline') as Element
    const r = range(textNode(byline), 3, textNode(block(1)), 3)
    expect(rangeToOffsets(body, r)).toEqual({ start: 0, end: (STARTS[1] ?? 0) + 3 })
  })

  it('clamps an end in the page footer to the last block', () => {
    const footer = document.querySelector('footer p') as Element
    const r = range(textNode(block(5)), 8, textNode(footer), 2)
    expect(rangeToOffsets(body, r)).toEqual({ start: (STARTS[5] ?? 0) + 8, end: TEXT.length })
  })

  it('clamps boundaries between blocks and in wrappers inward', () => {
    const ul = body.querySelector('ul') as Element
    const blockquote = body.querySelector('blockquote') as Element
    // (ul, 0) is before the first list item; (blockquote, 1) is after the quoted paragraph.
    expect(rangeToOffsets(body, range(ul, 0, blockquote, 1))).toEqual({
      start: STARTS[2],
      end: (STARTS[4] ?? 0) + (BLOCKS[4]?.text.length ?? 0),
    })
    // (body, i) positions between top-level children.
    const children = Array.from(body.childNodes)
    const afterHeading = children.indexOf(block(0)) + 1
    const beforeClosing = children.indexOf(block(5))
    expect(rangeToOffsets(body, range(body, afterHeading, body, beforeClosing))).toEqual({
      start: STARTS[1],
      end: (STARTS[4] ?? 0) + (BLOCKS[4]?.text.length ?? 0),
    })
  })

  it('returns null for a collapsed range or one that touches no block', () => {
    const p = block(1)
    expect(rangeToOffsets(body, range(textNode(p), 3, textNode(p), 3))).toBeNull()
    const header = document.querySelector('header') as Element
    expect(rangeToOffsets(body, range(header, 0, header, 2))).toBeNull()
    // Just the whitespace between two blocks.
    const children = Array.from(body.childNodes)
    const gap = children.indexOf(block(0)) + 1
    expect(body.childNodes[gap]?.nodeType).toBe(Node.TEXT_NODE)
    expect(rangeToOffsets(body, range(body, gap, body, gap + 1))).toBeNull()
  })
})

describe('offsetsToRange', () => {
  it('covers the text of a range inside one block', () => {
    const start = TEXT.indexOf('Quetta on')
    const r = offsetsToRange(body, start, start + 'Quetta on'.length)
    expect(r?.toString()).toBe('Quetta on')
    // Starting exactly where <strong> begins starts inside it, not at the end of the text before.
    expect(r?.startContainer.parentElement?.tagName).toBe('STRONG')
    expect(r?.startOffset).toBe(0)
  })

  it('snaps offsets in a separator to the neighbouring block edges', () => {
    const separator = (STARTS[1] ?? 0) - 1
    const r = offsetsToRange(body, separator, (STARTS[2] ?? 0) - 1)
    expect(r && rangeToOffsets(body, r)).toEqual({
      start: STARTS[1],
      end: (STARTS[1] ?? 0) + (BLOCKS[1]?.text.length ?? 0),
    })
  })

  it('clamps offsets beyond the text and refuses empty or separator-only ranges', () => {
    const r = offsetsToRange(body, (STARTS[5] ?? 0) + 8, TEXT.length + 50)
    expect(r && rangeToOffsets(body, r)).toEqual({ start: (STARTS[5] ?? 0) + 8, end: TEXT.length })
    expect(offsetsToRange(body, 5, 5)).toBeNull()
    expect(offsetsToRange(body, 9, 3)).toBeNull()
    expect(offsetsToRange(body, (STARTS[1] ?? 0) - 2, STARTS[1] ?? 0)).toBeNull()
    expect(offsetsToRange(document.createElement('div'), 0, 5)).toBeNull()
  })

  it('round-trips every range of block text', () => {
    // Valid starts are offsets inside a block; valid ends are offsets after a block character.
    const starts: number[] = []
    const ends: number[] = []
    BLOCKS.forEach((b, i) => {
      for (let k = 0; k < b.text.length; k++) {
        starts.push((STARTS[i] ?? 0) + k)
        ends.push((STARTS[i] ?? 0) + k + 1)
      }
    })
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.constantFrom(...ends), (a, b) => {
        fc.pre(a < b)
        const r = offsetsToRange(body, a, b)
        expect(r).not.toBeNull()
        if (!r) return
        expect(rangeToOffsets(body, r)).toEqual({ start: a, end: b })
        // Block text is the canonical text without the separators.
        expect(r.toString().replace(/\n/g, '')).toBe(TEXT.slice(a, b).replace(/\n/g, ''))
      }),
      { numRuns: 300 },
    )
  })
})

describe('offsetOfBoundary', () => {
  it('maps a caret inside a block, and clamps one outside by direction', () => {
    const p = block(1)
    expect(offsetOfBoundary(body, textNode(p, 2), 1)).toBe(
      (STARTS[1] ?? 0) + 'The ministers met in Quetta '.length,
    )
    const ul = body.querySelector('ul') as Element
    expect(offsetOfBoundary(body, ul, 0)).toBe(STARTS[2])
    expect(offsetOfBoundary(body, ul, 0, 'backward')).toBe(
      (STARTS[1] ?? 0) + (BLOCKS[1]?.text.length ?? 0),
    )
    const footer = document.querySelector('footer') as Element
    expect(offsetOfBoundary(body, footer, 0)).toBeNull()
    expect(offsetOfBoundary(body, footer, 0, 'backward')).toBe(TEXT.length)
  })
})
