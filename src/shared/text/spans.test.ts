import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byLeftmostLongest, keepLeftmostLongest, type Span } from './spans'

const span = (start: number, end: number, id = '') => ({ start, end, id })

describe('keepLeftmostLongest', () => {
  it('keeps the leftmost reading, then the longest of those starting together', () => {
    const found = [span(3, 10, 'tail'), span(0, 5, 'head'), span(0, 10, 'whole'), span(10, 12)]
    expect(keepLeftmostLongest(found).map((s) => s.id)).toEqual(['whole', ''])
  })

  it('keeps the first given of two equal spans, and leaves its input alone', () => {
    const input = [span(0, 4, 'rule'), span(0, 4, 'chrono')]
    expect(keepLeftmostLongest(input).map((s) => s.id)).toEqual(['rule'])
    expect(input.map((s) => s.id)).toEqual(['rule', 'chrono'])
  })

  it('returns non-overlapping spans in order, each one of the input', () => {
    const spans = fc.array(
      fc.tuple(fc.nat(50), fc.nat(10)).map(([start, length]) => span(start, start + length)),
    )
    fc.assert(
      fc.property(spans, (input) => {
        const kept = keepLeftmostLongest(input)
        kept.forEach((s, i) => {
          expect(input).toContain(s)
          const next: Span | undefined = kept[i + 1]
          if (next) expect(next.start).toBeGreaterThanOrEqual(s.end)
        })
        expect([...kept].sort(byLeftmostLongest)).toEqual(kept)
      }),
    )
  })
})
