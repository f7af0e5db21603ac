import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serializeBrief } from './brief-markdown'
import { summaryNodes } from './summary-markdown'

const PIECES = [
  '*',
  '_',
  '**',
  '`',
  '```',
  '~~',
  '#',
  '# ',
  '> ',
  '- ',
  '1. ',
  '- [x] ',
  '|',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '[',
  ']',
  '(',
  ')',
  '[a](http://x "t")',
  '![i](y)',
  '<',
  '>',
  '<http://a.b>',
  'www.a.b',
  'a@b.c',
  '&amp;',
  '\\',
  '[^1]',
  '[^1]: n',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '    ',
  '---',
  '===',
  '$',
  '!',
  '.',
  ':',
  'text',
  'word',
  '1',
  '<b>',
  '</b>',
  '<!--',
  '-->',
  '\u00A0',
  '😀',
]

const markdownArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 25 })
  .map((parts) => parts.join(''))

describe('filtered escaping', () => {
  it('writes exactly what mdast-util-to-markdown writes, for any Markdown it reads', () => {
    fc.assert(
      fc.property(markdownArb, (markdown) => {
        const tree = { type: 'root' as const, children: summaryNodes(markdown, 0) }
        expect(serializeBrief(tree)).toBe(serializeBrief(tree, true))
      }),
      { numRuns: 1000 },
    )
  })
})
