import { describe, expect, it } from 'vitest'
import { fingerprints } from './fingerprints'
import { ReuseIndex, type ReuseIndexSnapshot } from './reuse-index'
import { filler } from './testing/made-texts'
import { reuseWords } from './words'

function printsOf(text: string) {
  return fingerprints(reuseWords(text))
}

/** A passage of 30 made-up words that the tests plant in several documents. */
const SHARED = filler(30, 999)

function indexOf(docs: Record<string, string>): ReuseIndex {
  const index = new ReuseIndex()
  for (const [id, text] of Object.entries(docs)) index.add(id, printsOf(text))
  return index
}

function candidateIds(index: ReuseIndex, text: string, except?: string): string[] {
  return index
    .candidates(printsOf(text), except)
    .map((c) => c.docId)
    .sort()
}

describe('ReuseIndex', () => {
  const docs = {
    x: `${filler(100, 1)} ${SHARED} ${filler(50, 2)}`,
    y: `${filler(80, 3)} ${SHARED} ${filler(80, 4)}`,
    z: filler(200, 5),
  }

  it('names the documents that share a passage with a text, and where', () => {
    const index = indexOf(docs)
    const text = `${filler(10, 6)} ${SHARED}`
    const candidates = index.candidates(printsOf(text))
    expect(candidates.map((c) => c.docId).sort()).toEqual(['x', 'y'])
    const inX = candidates.find((c) => c.docId === 'x')!.seeds
    for (let i = 0; i < inX.length; i += 2) {
      // The shared passage starts at word 10 of the text and word 100 of x.
      expect((inX[i + 1] as number) - (inX[i] as number)).toBe(90)
    }
  })

  it('leaves out the text’s own document and removed documents', () => {
    const index = indexOf(docs)
    expect(candidateIds(index, docs.x, 'x')).toEqual(['y'])
    expect(index.remove('y')).toBe(true)
    expect(index.remove('y')).toBe(false)
    expect(candidateIds(index, docs.x, 'x')).toEqual([])
    expect(index.size).toBe(2)
    expect(index.has('y')).toBe(false)
  })

  it('replaces a document added again under its id', () => {
    const index = indexOf(docs)
    index.add('y', printsOf(filler(100, 8)))
    expect(candidateIds(index, docs.x, 'x')).toEqual([])
    expect(index.size).toBe(3)
  })

  it('ignores fingerprints in more than 20 documents (furniture) and flags them', () => {
    const index = new ReuseIndex()
    const boiler = filler(30, 77)
    for (let i = 0; i < 21; i++) index.add(`d${i}`, printsOf(`${filler(40, 100 + i)} ${boiler}`))
    expect(index.furnitureLimit()).toBe(20)
    const prints = printsOf(`${filler(5, 1000)} ${boiler}`)
    const flagged = new Uint8Array(prints.length)
    const seen = index.candidates(prints, undefined, flagged)
    // Inside the boilerplate every document has the same fingerprints: all 21, so ignored.
    // Only at its first words, where winnowing windows reach into each document's own text,
    // can a fingerprint be in fewer documents.
    const inside = [...prints.positions].filter((p) => p >= 5 + 8)
    expect(inside.length).toBeGreaterThan(5)
    prints.positions.forEach((p, f) => {
      if (p >= 5 + 8) expect(flagged[f]).toBe(1)
    })
    for (const c of seen) {
      for (let i = 0; i < c.seeds.length; i += 2) expect(c.seeds[i]).toBeLessThan(5 + 8)
    }
    index.remove('d0')
    // Now 20 carry it: it counts again.
    expect(candidateIds(index, `${filler(5, 1000)} ${boiler}`)).toHaveLength(20)
  })

  it('answers the same after compaction and after a snapshot is restored', () => {
    const index = indexOf(docs)
    index.add('w', printsOf(`${SHARED} ${filler(20, 9)}`))
    index.remove('z')
    const before = candidateIds(index, SHARED)
    const snapshot = index.snapshot()
    expect(snapshot.ids).toEqual(['x', 'y', null, 'w'])
    // Through a structured clone, as IndexedDB stores it.
    const restored = ReuseIndex.fromSnapshot(structuredClone(snapshot))
    expect(candidateIds(restored, SHARED)).toEqual(before)
    expect(before).toEqual(['w', 'x', 'y'])
    expect(restored.size).toBe(3)
    restored.add('v', printsOf(SHARED))
    expect(candidateIds(restored, SHARED, 'v')).toEqual(before)
    expect(restored.docIds()).toEqual(['x', 'y', 'w', 'v'])
  })

  it('refuses a damaged snapshot', () => {
    const snapshot = indexOf(docs).snapshot()
    expect(() => ReuseIndex.fromSnapshot({ ...snapshot, docs: snapshot.docs.subarray(1) })).toThrow(
      /damaged/,
    )
    expect(() => ReuseIndex.fromSnapshot({ ...snapshot, ids: [] })).toThrow(/damaged/)
    expect(() => ReuseIndex.fromSnapshot({ ...snapshot, outlets: [] })).toThrow(/damaged/)
  })

  it('refuses a snapshot stored before it knew outlets, so the worker builds the index again', () => {
    const older: Partial<ReuseIndexSnapshot> = indexOf(docs).snapshot()
    delete older.outlets
    delete older.published
    expect(() =>
      ReuseIndex.fromSnapshot({ ...older, version: 1 } as unknown as ReuseIndexSnapshot),
    ).toThrow(/version 1/)
  })

  it('merges its recent postings as it grows without losing any', () => {
    const index = new ReuseIndex()
    // About 6,800 postings per document of 17,000 words: past 65,536 they are merged.
    for (let i = 0; i < 12; i++) {
      index.add(`big${i}`, printsOf(`${filler(17_000, 200 + i)} ${i % 3 === 0 ? SHARED : ''}`))
    }
    expect(candidateIds(index, SHARED)).toEqual(['big0', 'big3', 'big6', 'big9'])
    expect(index.bytes).toBe(index.postings * 12)
  })
})
