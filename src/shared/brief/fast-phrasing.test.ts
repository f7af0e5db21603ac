import fc from 'fast-check'
import type {
  FootnoteReference,
  Heading,
  List,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Text,
} from 'mdast'
import { describe, expect, it } from 'vitest'
import { serializeBrief } from './brief-markdown'
import { characterKind, firstCharacter, lastCharacter, plainParagraph } from './fast-phrasing'
import { withSerialiserState } from './fixtures/serialiser-state'

/** Short strings full of what matters next to `**`: letters, punctuation, spaces, ends of lines. */
const value = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab1 .:*_\\#[]()!-\t\n\r\u00A0é😀'), maxLength: 6 }),
  fc.constantFrom('', ' ', '*', '**', '_', 'Status:', ' Contested', ' · ', '16 Jan 2024', '. x'),
)
const text = value.map((v): Text => ({ type: 'text', value: v }))
const reference = fc
  .constantFrom('1', '12', 'summary-a', 'x y')
  .map((label): FootnoteReference => ({ type: 'footnoteReference', identifier: label, label }))
const strong = fc
  .array(text, { maxLength: 2 })
  .map((children): Strong => ({ type: 'strong', children }))
const emphasis = fc
  .array(text, { maxLength: 1 })
  .map((children): PhrasingContent => ({ type: 'emphasis', children }))
const phrasing = fc.array(fc.oneof(text, text, strong, strong, reference, emphasis), {
  maxLength: 5,
})
const paragraph = phrasing.map((children): Paragraph => ({ type: 'paragraph', children }))
const heading = fc
  .record({ depth: fc.integer({ min: 1, max: 6 }), children: phrasing })
  .map(({ depth, children }): Heading => ({
    type: 'heading',
    depth: depth as Heading['depth'],
    children,
  }))
const list = fc
  .record({
    spread: fc.boolean(),
    checked: fc.constantFrom(undefined, null, true, false),
    items: fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 2,
    }),
  })
  .map(({ spread, checked, items }): List => ({
    type: 'list',
    spread,
    children: items.map((children) => ({ type: 'listItem', spread, checked, children })),
  }))
const block: fc.Arbitrary<RootContent> = fc.oneof(
  paragraph,
  heading,
  list,
  fc
    .array(paragraph, { maxLength: 2 })
    .map((children): RootContent => ({ type: 'blockquote', children })),
)
const root = fc.array(block, { maxLength: 4 }).map((children): Root => ({ type: 'root', children }))

describe('the fast phrasing handlers', () => {
  it('write exactly what the built-in handlers write, for any paragraph, heading and list', () => {
    fc.assert(
      fc.property(root, (tree) => {
        expect(serializeBrief(tree)).toBe(serializeBrief(tree, true))
      }),
      { numRuns: 600 },
    )
  })

  it('write a paragraph as the built-in handler does whatever characters surround it', () => {
    withSerialiserState((state) => {
      const builtIn = state.handlers.paragraph
      const fast = plainParagraph(builtIn)
      const around = fc.constantFrom('\n', '*', '**', '_', 'a', '.', ' ', '')
      fc.assert(
        fc.property(paragraph, around, around, (node, before, after) => {
          const parent: Root = { type: 'root', children: [node] }
          const info = { before, after, now: { line: 1, column: 1 }, lineShift: 0 }
          state.indexStack.push(0)
          try {
            expect(fast(node, parent, state, info)).toBe(builtIn(node, parent, state, info))
          } finally {
            state.indexStack.pop()
          }
        }),
        { numRuns: 500 },
      )
    })
  })

  it('write the brief’s labels and strong dates as the library does', () => {
    const label = (name: string, rest: string): PhrasingContent[] => [
      { type: 'strong', children: [{ type: 'text', value: `${name}:` }] },
      { type: 'text', value: ` ${rest}` },
    ]
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [...label('Status', 'Contested'), ...label('Grade', 'B')] },
        {
          type: 'paragraph',
          children: [{ type: 'strong', children: [{ type: 'text', value: '.' }] }],
        },
      ],
    }
    expect(serializeBrief(tree)).toBe(serializeBrief(tree, true))
    expect(serializeBrief(tree)).toMatch(/^\*\*Status:\*\* Contested\*\*Grade:\*\* B\n/)
  })
})

describe('characterKind', () => {
  it('classes characters as CommonMark does next to emphasis markers', () => {
    expect([' ', '\t', '\n', '\u00A0'].map((c) => characterKind(c.charCodeAt(0)))).toEqual([
      1, 1, 1, 1,
    ])
    expect(['.', '*', '$', '¶', '—'].map((c) => characterKind(c.charCodeAt(0)))).toEqual([
      2, 2, 2, 2, 2,
    ])
    expect(['a', 'é', '1'].map((c) => characterKind(c.charCodeAt(0)))).toEqual([0, 0, 0])
    // An empty string's character code.
    expect(characterKind(''.charCodeAt(0))).toBe(0)
  })
})

describe('firstCharacter and lastCharacter', () => {
  it('keep a surrogate pair whole and a lone surrogate alone', () => {
    expect(firstCharacter('😀a')).toBe('😀')
    expect(lastCharacter('a😀')).toBe('😀')
    expect(lastCharacter('a\uDC00')).toBe('\uDC00')
    expect(firstCharacter('')).toBe('')
    expect(lastCharacter('')).toBe('')
  })
})
