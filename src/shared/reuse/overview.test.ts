import { describe, expect, it } from 'vitest'
import { pairOverview, passagesByPair, sourcesOverview } from './overview'
import type { SharedPassage } from './types'

function passage(a: string, b: string, aw: [number, number], bw: [number, number]): SharedPassage {
  return {
    a: { docId: a, start: aw[0] * 6, end: aw[1] * 6 },
    b: { docId: b, start: bw[0] * 6, end: bw[1] * 6 },
    words: Math.min(aw[1] - aw[0], bw[1] - bw[0]),
    similarity: 0.9,
    aWords: { start: aw[0], end: aw[1] },
    bWords: { start: bw[0], end: bw[1] },
  }
}

describe('pairOverview', () => {
  it('sums the words two documents share, counting overlapping passages once', () => {
    const overview = pairOverview(
      [passage('x', 'y', [0, 40], [100, 140]), passage('x', 'y', [30, 60], [200, 230])],
      200,
      1000,
    )
    expect(overview).toEqual({
      a: 'x',
      b: 'y',
      wordsA: 60,
      wordsB: 70,
      shareA: 0.3,
      shareB: 0.07,
      passages: 2,
    })
  })

  it('gives nothing for no passages and a zero share for an empty document', () => {
    expect(pairOverview([], 10, 10)).toBeNull()
    expect(pairOverview([passage('x', 'y', [0, 10], [0, 10])], 0, 10)?.shareA).toBe(0)
  })
})

describe('sourcesOverview', () => {
  it('gives one row per pair, the pair sharing most first', () => {
    const rows = sourcesOverview(
      [
        passage('a', 'b', [0, 12], [0, 12]),
        passage('b', 'c', [0, 50], [10, 60]),
        passage('a', 'b', [20, 40], [30, 50]),
      ],
      () => 100,
    )
    expect(rows.map((r) => [r.a, r.b, r.wordsA, r.passages])).toEqual([
      ['b', 'c', 50, 1],
      ['a', 'b', 32, 2],
    ])
  })

  it('groups passages by pair whichever document each names first, in the order given', () => {
    const ab = passage('a', 'b', [0, 12], [0, 12])
    const bc = passage('b', 'c', [0, 50], [10, 60])
    const ba = passage('b', 'a', [20, 40], [30, 50])
    expect([...passagesByPair([ab, bc, ba]).values()]).toEqual([[ab, ba], [bc]])
  })
})
