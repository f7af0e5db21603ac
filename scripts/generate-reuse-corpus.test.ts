import { describe, expect, it } from 'vitest'
import { reuseWords } from '../src/shared/reuse/words'
import {
  generateReuseCorpus,
  PLANT_MAX_WORDS,
  PLANT_MIN_WORDS,
  plantedPairs,
} from './generate-reuse-corpus'

/** Longest common subsequence of two word-hash lists (small inputs only). */
function lcs(x: Uint32Array, y: Uint32Array): number {
  let prev = new Array<number>(y.length + 1).fill(0)
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0)
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!)
    }
    prev = cur
  }
  return prev[y.length]!
}

describe('generateReuseCorpus', () => {
  const options = { articles: 40, words: 400, plants: 30 }
  const corpus = generateReuseCorpus(options)
  const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]))
  const outletOf = new Map(corpus.articles.map((a) => [a.id, a.outlet]))

  it('is deterministic', () => {
    expect(generateReuseCorpus(options)).toEqual(corpus)
    expect(generateReuseCorpus({ ...options, seed: 17 })).not.toEqual(corpus)
  })

  it('plants passages of 12 to 200 words with copies edited by at most a tenth', () => {
    expect(corpus.planted).toHaveLength(30)
    for (const plant of corpus.planted) {
      const source = reuseWords(
        textOf.get(plant.source.docId)!.slice(plant.source.start, plant.source.end),
      )
      expect(plant.words).toBeGreaterThanOrEqual(PLANT_MIN_WORDS)
      expect(plant.words).toBeLessThanOrEqual(PLANT_MAX_WORDS)
      expect(plant.copies.length).toBeGreaterThanOrEqual(1)
      expect(plant.copies.length).toBeLessThanOrEqual(4)
      for (const copy of plant.copies) {
        expect(copy.span.docId).not.toBe(plant.source.docId)
        expect(copy.edits).toBeLessThanOrEqual(Math.floor(plant.words / 10))
        const copied = reuseWords(
          textOf.get(copy.span.docId)!.slice(copy.span.start, copy.span.end),
        )
        // Every edit changes at most one word on each side.
        const aligned = lcs(source.hashes, copied.hashes)
        expect(source.length - aligned).toBeLessThanOrEqual(copy.edits)
        expect(copied.length - aligned).toBeLessThanOrEqual(copy.edits)
      }
    }
  })

  it('spans start and end on word boundaries, copies on their own paragraph', () => {
    for (const plant of corpus.planted) {
      const text = textOf.get(plant.source.docId)!
      expect(text.slice(plant.source.start, plant.source.end)).toMatch(/^\S.*\S$/s)
      expect(text[plant.source.start - 1] ?? ' ').toMatch(/\s/)
      for (const copy of plant.copies) {
        const target = textOf.get(copy.span.docId)!
        expect(
          copy.span.start === 0 || target.slice(copy.span.start - 2, copy.span.start) === '\n\n',
        ).toBe(true)
        expect(
          copy.span.end === target.length ||
            target.slice(copy.span.end, copy.span.end + 2) === '\n\n',
        ).toBe(true)
      }
    }
  })

  it('copies within and across outlets, and lists the pairs that share planted text', () => {
    const copies = corpus.planted.flatMap((p) =>
      p.copies.map((c) => [p.source.docId, c.span.docId]),
    )
    const same = copies.filter(([s, c]) => outletOf.get(s!) === outletOf.get(c!)).length
    expect(same).toBeGreaterThan(0)
    expect(same).toBeLessThan(copies.length)
    const pairs = plantedPairs(corpus.planted)
    for (const [s, c] of copies)
      expect(pairs.has(s! < c! ? `${s}\u0000${c}` : `${c}\u0000${s}`)).toBe(true)
    const multi = corpus.planted.find((p) => p.copies.length > 1)!
    const [c1, c2] = multi.copies.map((c) => c.span.docId)
    expect(pairs.has(c1! < c2! ? `${c1}\u0000${c2}` : `${c2}\u0000${c1}`)).toBe(true)
  })
})
