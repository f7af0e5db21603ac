import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { captureSelection, describeSelection, selectionProblem, trimSelection } from './describe'
import { CONTEXT_LENGTH } from './selectors'

const TEXT = 'First paragraph, with some words.\n\nSecond paragraph follows here.'

describe('describeSelection', () => {
  it('stores the quote, up to 32 characters of context each side, and the position', () => {
    const start = TEXT.indexOf('Second')
    const selectors = describeSelection(TEXT, start, start + 'Second paragraph'.length)
    expect(selectors).toEqual({
      quote: {
        exact: 'Second paragraph',
        prefix: 'st paragraph, with some words.\n\n',
        suffix: ' follows here.',
      },
      position: { start, end: start + 16 },
    })
    expect(selectors.quote.prefix).toBe(TEXT.slice(start - CONTEXT_LENGTH, start))
  })

  it('keeps shorter context at the ends of the text', () => {
    const selectors = describeSelection(TEXT, 0, 5)
    expect(selectors.quote.prefix).toBe('')
    expect(selectors.quote.suffix).toHaveLength(CONTEXT_LENGTH)
    const end = describeSelection(TEXT, TEXT.length - 5, TEXT.length)
    expect(end.quote.suffix).toBe('')
  })

  it('never cuts a surrogate pair at the edge of the context', () => {
    const emoji = '😊'
    // The prefix window would start on the second half of the emoji.
    const text =
      emoji + 'x'.repeat(CONTEXT_LENGTH - 1) + 'QUOTE' + 'y'.repeat(CONTEXT_LENGTH - 1) + emoji
    const start = text.indexOf('QUOTE')
    const { quote } = describeSelection(text, start, start + 5)
    expect(quote.prefix).toBe('x'.repeat(CONTEXT_LENGTH - 1))
    expect(quote.suffix).toBe('y'.repeat(CONTEXT_LENGTH - 1))
  })

  it('refuses ranges outside the text', () => {
    expect(() => describeSelection(TEXT, -1, 3)).toThrow(RangeError)
    expect(() => describeSelection(TEXT, 4, 2)).toThrow(RangeError)
    expect(() => describeSelection(TEXT, 0, TEXT.length + 1)).toThrow(RangeError)
  })

  it('round-trips: prefix + exact + suffix is the text around the range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1)
        const end = Math.min(text.length, start + (Math.max(a, b) % 50))
        const { quote, position } = describeSelection(text, start, end)
        expect(position).toEqual({ start, end })
        expect(quote.exact).toBe(text.slice(start, end))
        expect(text.slice(start - quote.prefix.length, start)).toBe(quote.prefix)
        expect(text.slice(end, end + quote.suffix.length)).toBe(quote.suffix)
        expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH)
        expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH)
      }),
    )
  })
})

describe('selectionProblem', () => {
  it.each([
    ['an ordinary range', 0, 5, null],
    ['an empty range', 3, 3, 'Select some text first.'],
    ['spaces only', 33, 35, 'Select some text, not just spaces.'],
    [
      'a reversed range',
      5,
      0,
      'That selection is outside the document text. Select the passage again.',
    ],
    [
      'a negative start',
      -1,
      4,
      'That selection is outside the document text. Select the passage again.',
    ],
    [
      'an end past the text',
      0,
      999,
      'That selection is outside the document text. Select the passage again.',
    ],
    [
      'a fractional offset',
      0.5,
      4,
      'That selection is outside the document text. Select the passage again.',
    ],
  ])('%s → %j', (_label, start, end, expected) => {
    expect(TEXT.slice(33, 35)).toBe('\n\n')
    expect(selectionProblem(TEXT, start, end)).toBe(expected)
  })
})

describe('trimSelection', () => {
  it('drops whitespace a drag picked up at either end, including the blank line', () => {
    const start = TEXT.indexOf('words')
    const end = TEXT.indexOf('Second')
    expect(trimSelection(TEXT, start - 1, end)).toEqual({ start, end: start + 'words.'.length })
  })

  it('collapses a blank range and clamps offsets outside the text', () => {
    expect(trimSelection(TEXT, 33, 35)).toEqual({ start: 35, end: 35 })
    expect(trimSelection(TEXT, -5, 5)).toEqual({ start: 0, end: 5 })
    expect(trimSelection(TEXT, TEXT.length - 5, TEXT.length + 9)).toEqual({
      start: TEXT.length - 5,
      end: TEXT.length,
    })
  })
})

describe('captureSelection', () => {
  it('trims, then describes the trimmed range', () => {
    const start = TEXT.indexOf(' with')
    const captured = captureSelection(TEXT, start, start + ' with '.length)
    expect(captured).toMatchObject({ ok: true, start: start + 1, end: start + 5 })
    expect(captured.ok && captured.selectors.quote.exact).toBe('with')
  })

  it('explains why a selection was refused', () => {
    expect(captureSelection(TEXT, 33, 35)).toEqual({
      ok: false,
      problem: 'Select some text, not just spaces.',
    })
  })
})
