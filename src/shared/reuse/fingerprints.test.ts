import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fingerprints,
  GUARANTEE_WORDS,
  SHINGLE_WORDS,
  shingles,
  WINNOW_WINDOW,
  winnow,
} from './fingerprints'
import { seeded } from './testing/made-texts'
import type { ReuseWords } from './words'

/** Words given directly as hashes (offsets are not looked at here). */
function wordsOf(hashes: number[]): ReuseWords {
  return {
    length: hashes.length,
    hashes: Uint32Array.from(hashes),
    starts: new Uint32Array(hashes.length),
    ends: new Uint32Array(hashes.length),
  }
}

function randomWords(count: number, random: () => number): number[] {
  return Array.from({ length: count }, () => Math.floor(random() * 2 ** 32))
}

function shareAFingerprint(x: number[], y: number[]): boolean {
  const a = new Set(fingerprints(wordsOf(x)).hashes)
  return fingerprints(wordsOf(y)).hashes.some((h) => a.has(h))
}

describe('fingerprints', () => {
  it('guarantees a common fingerprint for any shared run of GUARANTEE_WORDS words', () => {
    expect(GUARANTEE_WORDS).toBe(SHINGLE_WORDS + WINNOW_WINDOW - 1)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (seed, before, after) => {
          const random = seeded(seed)
          const run = randomWords(GUARANTEE_WORDS, random)
          const x = [...randomWords(before, random), ...run, ...randomWords(after, random)]
          const y = [...randomWords(after, random), ...run, ...randomWords(before, random)]
          return shareAFingerprint(x, y)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('finds a 10-word passage with one word in ten edited, in every unchanged stretch', () => {
    // A 60-word passage with a word substituted every 10 words: each 9-word stretch between
    // edits yields a fingerprint both texts have.
    const random = seeded(7)
    const passage = randomWords(60, random)
    const edited = passage.map((w, i) => (i % 10 === 9 ? w ^ 0x5555 : w))
    const x = [...randomWords(30, random), ...passage, ...randomWords(30, random)]
    const y = [...randomWords(45, random), ...edited, ...randomWords(10, random)]
    const inX = new Map<number, number>()
    const fx = fingerprints(wordsOf(x))
    fx.hashes.forEach((h, i) => inX.set(h, fx.positions[i] as number))
    const fy = fingerprints(wordsOf(y))
    const stretches = new Set<number>()
    fy.hashes.forEach((h, i) => {
      if (inX.has(h)) stretches.add(Math.floor(((fy.positions[i] as number) - 45) / 10))
    })
    expect([...stretches].sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('keeps about 2/(w+1) of the shingles', () => {
    const words = wordsOf(randomWords(20_000, seeded(3)))
    const kept = fingerprints(words).length / shingles(words).length
    expect(kept).toBeGreaterThan((2 / (WINNOW_WINDOW + 1)) * 0.9)
    expect(kept).toBeLessThan((2 / (WINNOW_WINDOW + 1)) * 1.1)
  })

  it('gives a short text one fingerprint and a text under n words none', () => {
    expect(fingerprints(wordsOf([1, 2, 3, 4, 5])).length).toBe(1)
    expect(fingerprints(wordsOf([1, 2, 3, 4, 5, 6])).length).toBe(1)
    expect(fingerprints(wordsOf([1, 2, 3, 4])).length).toBe(0)
  })

  it('records positions in word order and each hash at its shingle', () => {
    const words = wordsOf(randomWords(500, seeded(11)))
    const all = shingles(words)
    const kept = winnow(all)
    for (let i = 0; i < kept.length; i++) {
      expect(kept.hashes[i]).toBe(all[kept.positions[i] as number])
      if (i > 0) expect(kept.positions[i]).toBeGreaterThan(kept.positions[i - 1] as number)
    }
  })

  it('depends on word order', () => {
    expect(shingles(wordsOf([1, 2, 3, 4, 5]))[0]).not.toBe(shingles(wordsOf([5, 4, 3, 2, 1]))[0])
  })
})
