import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEditDistance, MAX_PATTERN_LENGTH } from './edit-distance'

/** Textbook O(n·m) Levenshtein, the reference the bit-vector version must agree with. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost)
    }
    row = next
  }
  return row[b.length] ?? 0
}

const distance = (a: string, b: string) => createEditDistance(a)(b, 0, b.length)

describe('createEditDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['same text', 'same text', 0],
    ['a'.repeat(32), 'a'.repeat(31) + 'b', 1],
  ])('distance(%j, %j) = %i', (a, b, expected) => {
    expect(distance(a, b)).toBe(expected)
  })

  it('compares against a window of the text, clamped to its ends', () => {
    const measure = createEditDistance('cat')
    expect(measure('the cat sat', 4, 7)).toBe(0)
    expect(measure('the cat sat', 8, 11)).toBe(1)
    expect(measure('the cat sat', 0, 3)).toBe(3)
    expect(measure('cat', -5, 50)).toBe(0)
  })

  it('refuses patterns longer than one machine word', () => {
    expect(() => createEditDistance('x'.repeat(MAX_PATTERN_LENGTH + 1))).toThrow(RangeError)
  })

  it('agrees with the textbook algorithm', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '😊')
    const str = (max: number) => fc.array(alphabet, { maxLength: max }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(
        str(16).filter((s) => s.length <= MAX_PATTERN_LENGTH),
        str(24),
        (a, b) => {
          expect(distance(a, b)).toBe(levenshtein(a, b))
        },
      ),
      { numRuns: 400 },
    )
  })
})
