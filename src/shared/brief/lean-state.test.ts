import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withSerialiserState } from './fixtures/serialiser-state'
import { indentLines, leanState } from './lean-state'

describe('indentLines', () => {
  it('indents each line exactly as mdast-util-to-markdown does, whatever its line endings', () => {
    withSerialiserState((state) => {
      const builtIn = state.indentLines
      const lines = fc.string({
        unit: fc.constantFrom('a', ' ', '>', '\n', '\r', '\r\n'),
        maxLength: 12,
      })
      const map = (line: string, index: number, blank: boolean) =>
        `<${index}${blank ? 'b' : ''}>${line}`
      fc.assert(
        fc.property(lines, (value) => {
          expect(indentLines(value, map)).toBe(builtIn(value, map))
        }),
        { numRuns: 1000 },
      )
    })
  })
})

describe('leanState', () => {
  it('writes nested flow as the library does and puts the original utilities back', () => {
    withSerialiserState((state) => {
      const utilities = () => [
        state.createTracker,
        state.containerFlow,
        state.indentLines,
        state.enter,
      ]
      const original = utilities()
      const quote = {
        type: 'blockquote' as const,
        children: [
          { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'a\nb' }] },
          { type: 'list' as const, children: [{ type: 'listItem' as const, children: [] }] },
        ],
      }
      const info = { before: '\n', after: '\n', now: { line: 1, column: 1 }, lineShift: 0 }
      const expected = state.handle(quote, undefined, state, info)
      const restore = leanState(state)
      expect(utilities()).not.toEqual(original)
      expect(state.handle(quote, undefined, state, info)).toBe(expected)
      restore()
      expect(utilities()).toEqual(original)
    })
  })
})
