import type { Root } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { defaultHandlers } from 'mdast-util-to-markdown'
import { describe, expect, it } from 'vitest'
import { serializeBrief } from './brief-markdown'
import { registeredHandler } from './fast-handlers'

describe('registeredHandler', () => {
  it('finds the handler an extension registers, the last one winning, else the built-in one', () => {
    const gfm = gfmToMarkdown()
    const paragraph = registeredHandler([gfm], 'paragraph')
    expect(paragraph).not.toBe(defaultHandlers.paragraph)
    expect(registeredHandler([gfm], 'heading')).toBe(defaultHandlers.heading)
    expect(registeredHandler([], 'paragraph')).toBe(defaultHandlers.paragraph)
    const later = () => 'later'
    expect(registeredHandler([gfm, { handlers: { paragraph: later } }], 'paragraph')).toBe(later)
    expect(
      registeredHandler([{ handlers: { paragraph: later }, extensions: [gfm] }], 'paragraph'),
    ).toBe(later)
  })
})

describe('the fast root handler', () => {
  it('writes a root of phrasing, or of front matter and flow, as the built-in one does', () => {
    const phrasing: Root = {
      type: 'root',
      children: [
        { type: 'text', value: '# a ' },
        { type: 'strong', children: [{ type: 'text', value: 'b' }] },
        { type: 'footnoteReference', identifier: '1', label: '1' },
      ],
    }
    const flow: Root = {
      type: 'root',
      children: [
        { type: 'yaml', value: 'title: x' },
        { type: 'heading', depth: 1, children: [{ type: 'text', value: 'T' }] },
        { type: 'thematicBreak' },
        { type: 'code', value: 'x' },
        {
          type: 'footnoteDefinition',
          identifier: '1',
          label: '1',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a\nb' }] }],
        },
      ],
    }
    for (const tree of [phrasing, flow]) {
      expect(serializeBrief(tree)).toBe(serializeBrief(tree, true))
    }
    expect(serializeBrief(flow)).toContain('[^1]: a\n    b')
  })
})
