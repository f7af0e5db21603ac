import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeJsonSyntaxError, jsonFaultOffset, locationOf } from './json-syntax'

function parseError(text: string): unknown {
  try {
    JSON.parse(text)
  } catch (error) {
    return error
  }
  throw new Error('expected the text not to parse')
}

describe('describeJsonSyntaxError', () => {
  it('says a file cut short ends in the middle, at its last line and column', () => {
    const text = '{\n  "tables": {\n    "claims": [{"id": "c1", "statem'
    expect(describeJsonSyntaxError(text, parseError(text))).toBe(
      'The file is not valid JSON: it ends in the middle (truncated?) at line 3, column 36. Use a complete copy of the backup.',
    )
  })

  it('points at a stray character with its line, column and surroundings', () => {
    const text = '{\n  "a": 1,\n  "b": x\n}'
    expect(describeJsonSyntaxError(text, parseError(text))).toBe(
      'The file is not valid JSON: something unexpected at line 3, column 8, near “{ "a": 1, "b": x }”.',
    )
  })

  it('finds the place itself, whatever the engine says', () => {
    const text = '{"a": 1,\n"b" 2}'
    expect(describeJsonSyntaxError(text, new SyntaxError('Unexpected token'))).toMatch(
      /at line 2, column 5, near/,
    )
  })

  it('calls an empty file empty', () => {
    expect(describeJsonSyntaxError('  \n', parseError('  \n'))).toBe(
      'The file is empty: there is no backup in it.',
    )
  })

  it('groups thousands in large line numbers', () => {
    const text = `[${'1,\n'.repeat(1203)}1,`
    expect(describeJsonSyntaxError(text, parseError(text))).toMatch(/at line 1,204, column 3\./)
  })
})

describe('locationOf', () => {
  it('counts lines and columns from 1', () => {
    expect(locationOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(locationOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})

describe('jsonFaultOffset', () => {
  it('accepts whatever JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(jsonFaultOffset(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull()
      }),
    )
  })

  it('agrees with JSON.parse about every prefix of a valid file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value)
        const prefix = text.slice(0, cut % (text.length + 1))
        let parses = true
        try {
          JSON.parse(prefix)
        } catch {
          parses = false
        }
        const fault = jsonFaultOffset(prefix)
        expect(fault === null).toBe(parses)
        // A prefix can only go wrong where it stops: at its end, before trailing white space
        // (content when the cut falls inside a string), or at an escape it cuts ("\u00").
        if (fault !== null) {
          expect(fault).toBeLessThanOrEqual(prefix.length)
          expect(fault).toBeGreaterThanOrEqual(
            Math.min(prefix.trimEnd().length, prefix.length - '\\u000'.length),
          )
        }
      }),
    )
  })

  it('finds a fault anywhere, and refuses what JSON.parse refuses', () => {
    expect(jsonFaultOffset('[1, 2,]')).toBe(6)
    expect(jsonFaultOffset('{"a": 01}')).toBe(7)
    expect(jsonFaultOffset('"tab\there"')).toBe(4)
    expect(jsonFaultOffset('"\\x"')).toBe(1)
    expect(jsonFaultOffset('[1] [2]')).toBe(4)
    expect(jsonFaultOffset('{"a" 1}')).toBe(5)
  })
})
