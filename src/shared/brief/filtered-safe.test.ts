import fc from 'fast-check'
import type { Nodes } from 'mdast'
import type { ConstructName, SafeConfig, Unsafe } from 'mdast-util-to-markdown'
import { describe, expect, it } from 'vitest'
import { serializeBrief } from './brief-markdown'
import { filteredSafe } from './filtered-safe'
import { withSerialiserState } from './fixtures/serialiser-state'
import { summaryNodes } from './summary-markdown'

/** Constructs whose unsafe patterns differ; stacks are drawn from these. */
const CONSTRUCTS: ConstructName[] = [
  'phrasing',
  'paragraph',
  'blockquote',
  'listItem',
  'headingAtx',
  'headingSetext',
  'strong',
  'emphasis',
  'autolink',
  'label',
  'reference',
  'link',
  'destinationLiteral',
  'destinationRaw',
  'titleQuote',
  'titleApostrophe',
  'codeFencedLangGraveAccent',
  'codeFencedMetaTilde',
  'tableCell',
  'footnoteDefinition',
]

/** Characters that patterns look for, as context or as the character escaped. */
const CHARACTERS = [...'\r\n\t !"#&\'()*+-.:<=>@[\\]_`|~wWps1234567890aZ\u00A0\u007F']

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('www.example.com', 'http://x', 'a@b.co', '1. item', '  - x', '\n# h', 'a_b_c'),
)
const context = fc.oneof(
  fc.constantFrom('', '\n', '\r', '\r\n', ' ', '# ', '**', '*', '_', '\\', ']', '[', 'w', '1', 'a'),
  fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 3 }),
)
const stack = fc.uniqueArray(fc.constantFrom(...CONSTRUCTS), { maxLength: 4 })
const neighbour = fc.option(fc.constantFrom<Nodes['type']>('text', 'emphasis', 'strong'), {
  nil: undefined,
})

const NODE_BOUND: Unsafe[] = [
  { character: '|', beforeNode: 'emphasis' },
  { character: '!', afterNode: ['strong', 'text'], inConstruct: 'phrasing' },
]
const UNICODE: Unsafe[] = [{ character: '\u00A0', after: '\\p{Lu}', unicode: true }]

/** Runs both escapings on random input in a state configured with `options`. */
function expectSameEscaping(unsafe: Unsafe[] = [], numRuns = 800): void {
  withSerialiserState(
    (state) => {
      const builtIn = state.safe
      const fast = filteredSafe(state, builtIn)
      fc.assert(
        fc.property(
          stack,
          text,
          context,
          context,
          neighbour,
          neighbour,
          (constructs, value, before, after, beforeNode, afterNode) => {
            const config: SafeConfig = {
              before,
              after,
              beforeNode: beforeNode && ({ type: beforeNode } as Nodes),
              afterNode: afterNode && ({ type: afterNode } as Nodes),
            }
            state.stack.push(...constructs)
            try {
              expect(fast(value, config)).toBe(builtIn.call(state, value, config))
            } finally {
              state.stack.length = 0
            }
          },
        ),
        { numRuns },
      )
    },
    { unsafe },
  )
}

describe('filteredSafe', () => {
  it('escapes exactly as mdast-util-to-markdown does, in any construct and context', () => {
    expectSameEscaping()
  })

  it('still does with patterns bound to neighbouring nodes or written for Unicode', () => {
    expectSameEscaping([...NODE_BOUND, ...UNICODE], 1000)
  })

  it('leaves plain text as it is and escapes what would be Markdown', () => {
    withSerialiserState((state) => {
      const safe = filteredSafe(state, state.safe)
      state.stack.push('paragraph', 'phrasing')
      expect(safe('Iran and Pakistan (2024): talks.', { before: '\n', after: '\n' })).toBe(
        'Iran and Pakistan (2024): talks.',
      )
      expect(safe('# *not* a heading', { before: '\n', after: '\n' })).toBe(
        '\\# \\*not\\* a heading',
      )
    })
  })
})

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

describe('the fast serialiser on any Markdown an analyst writes', () => {
  it('writes exactly what mdast-util-to-markdown writes', () => {
    fc.assert(
      fc.property(markdownArb, (markdown) => {
        const tree = { type: 'root' as const, children: summaryNodes(markdown, 0) }
        expect(serializeBrief(tree)).toBe(serializeBrief(tree, true))
      }),
      { numRuns: 600 },
    )
  })
})
