/**
 * Furniture against syndication at corpus scale: a text in more documents than the index's
 * common limit is a wire story when it spreads across outlets (found, linked to its earliest
 * carrier, one source) and furniture when it repeats within one outlet's pages (ignored).
 */
import { describe, expect, it } from 'vitest'
import type { SourceIdentity } from '../claims/types'
import { reuseDocumentInfo } from './document-info'
import { addAndFindReuse, findReuse } from './find-reuse'
import { fingerprints } from './fingerprints'
import { passageIndependence, type EvidencePassage } from './independence'
import { FURNITURE_OUTLET_PAGES, ReuseIndex } from './reuse-index'
import { filler, fillerWords } from './testing/made-texts'
import type { SharedPassage } from './types'
import { reuseWords, type ReuseWords } from './words'

interface Doc {
  id: string
  text: string
  outlet: string
  /** Day of December 2026 it was published. */
  day: number
}

/** A 150-word story; every third carrier changes one word (its own style for a name). */
const STORY = fillerWords(150, 4242)
function carried(copy: number): string {
  return STORY.map((w, i) => (copy % 3 === 0 && i === (copy * 7) % 150 ? `${w}x` : w)).join(' ')
}

/** 100 documents of their own prose; `with(i)` says what document i carries, if anything. */
function corpus(withText: (i: number) => string | null, outletOf: (i: number) => string): Doc[] {
  return Array.from({ length: 100 }, (_, i) => {
    const extra = withText(i)
    return {
      id: `doc-${String(i).padStart(3, '0')}`,
      text: [filler(200, 10 + i), extra, filler(150, 500 + i)].filter(Boolean).join('. '),
      outlet: outletOf(i),
      // Published in an order other than the order indexed: the earliest is not the first.
      day: 1 + ((i * 37) % 28),
    }
  })
}

/** Indexes the documents one by one as the worker does; every passage found on the way. */
function indexAll(docs: readonly Doc[]): { index: ReuseIndex; passages: SharedPassage[] } {
  const index = new ReuseIndex()
  const words = new Map<string, ReuseWords>()
  const passages: SharedPassage[] = []
  for (const doc of docs) {
    const info = reuseDocumentInfo(doc.outlet, {
      year: 2026,
      month: 12,
      day: doc.day,
      approximate: false,
    })
    passages.push(...addAndFindReuse(index, { ...doc, ...info }, (id) => words.get(id)))
    words.set(doc.id, reuseWords(doc.text))
  }
  return { index, passages }
}

function pairsOf(passages: readonly SharedPassage[]): Set<string> {
  return new Set(passages.map((p) => `${p.a.docId} ${p.b.docId}`))
}

describe('a text in many documents', () => {
  it('is a wire story when 30 outlets carry it: found, linked to a few, and one source', () => {
    const carriers = new Set(Array.from({ length: 30 }, (_, k) => k * 3 + 1))
    const docs = corpus(
      (i) => (carriers.has(i) ? carried((i - 1) / 3) : null),
      (i) => (carriers.has(i) ? `Carrier ${i}` : `Outlet ${i % 7}`),
    )
    const { passages } = indexAll(docs)
    const carrierIds = new Set(docs.filter((_, i) => carriers.has(i)).map((d) => d.id))
    // Every carrier shares the story with another, and nothing else is shared.
    const linked = new Set(passages.flatMap((p) => [p.a.docId, p.b.docId]))
    expect(linked).toEqual(carrierIds)
    for (const id of carrierIds) {
      const longest = Math.max(
        ...passages.filter((p) => p.a.docId === id || p.b.docId === id).map((p) => p.words),
      )
      expect(longest).toBeGreaterThanOrEqual(100)
    }
    // Up to 20 documents a fingerprint is not common and links every pair; past them each
    // new carrier is linked to the earliest published one only: not 435 pairs.
    expect(pairsOf(passages).size).toBeLessThan(435)
    for (const doc of docs.filter((_, i) => carriers.has(i)).slice(22)) {
      const partners = pairsOf(passages.filter((p) => p.a.docId === doc.id || p.b.docId === doc.id))
      expect(partners.size, doc.id).toBeLessThanOrEqual(2)
    }

    // Evidence citing the story in every carrier, each by its own author and outlet: one voice.
    const evidence: EvidencePassage[] = docs
      .filter((d) => carrierIds.has(d.id))
      .map((d) => {
        const start = d.text.indexOf(STORY.slice(10, 14).join(' '))
        return {
          evidenceId: `e-${d.id}`,
          highlightId: `h-${d.id}`,
          docId: d.id,
          start,
          end: start + 400,
        }
      })
    const identities = new Map<string, SourceIdentity>(
      docs.map((d) => [d.id, { docId: d.id, authors: [`Author ${d.id}`], outlet: d.outlet }]),
    )
    const result = passageIndependence({ passages: evidence, shared: passages, identities })
    expect(result.groups).toHaveLength(1)
  })

  it('is furniture when one outlet prints it on 30 pages: ignored once the outlet repeats it', () => {
    const boilerplate = filler(40, 7777)
    const pages = new Set(Array.from({ length: 30 }, (_, k) => k * 3))
    const docs = corpus(
      (i) => (pages.has(i) ? boilerplate : null),
      (i) => (pages.has(i) ? 'Daily Post' : `Outlet ${i}`),
    )
    const { index, passages } = indexAll(docs)
    // Only the first pages, before the outlet had repeated it, were linked by it.
    const linked = new Set(passages.flatMap((p) => [p.a.docId, p.b.docId]))
    expect(linked.size).toBeLessThanOrEqual(FURNITURE_OUTLET_PAGES)
    // The finished index finds it in none of them.
    const byId = new Map(docs.map((d) => [d.id, reuseWords(d.text)]))
    for (const doc of docs.filter((_, i) => pages.has(i))) {
      const words = byId.get(doc.id)!
      expect(
        findReuse(index, { id: doc.id, words }, fingerprints(words), (id) => byId.get(id)),
      ).toEqual([])
    }
  })

  it('is still furniture across outlets when they print it on most of their pages', () => {
    // One template on the pages of three outlets: 30 documents, 3 outlets.
    const boilerplate = filler(40, 8888)
    const docs = corpus(
      (i) => (i < 30 ? boilerplate : null),
      (i) => (i < 30 ? `Network ${i % 3}` : `Outlet ${i}`),
    )
    const { index } = indexAll(docs)
    const words = reuseWords(`${filler(30, 9999)} ${boilerplate}`)
    expect(findReuse(index, { id: 'new', words }, fingerprints(words), () => undefined)).toEqual([])
  })

  it('leaves two independent reports of one event apart', () => {
    const reportA =
      'A car bomb exploded near the main market of Quetta on Monday morning, killing at least ' +
      'seven people and wounding more than twenty, police officials said.'
    const reportB =
      'Seven people died and over twenty were hurt when explosives packed in a vehicle went off ' +
      'by the central bazaar in Quetta early on Monday, according to the provincial police.'
    const docs = corpus(
      (i) => (i === 3 ? reportA : i === 4 ? reportB : null),
      (i) => `Outlet ${i}`,
    )
    expect(indexAll(docs).passages).toEqual([])
  })
})

describe('a stored index', () => {
  it('keeps each document’s outlet and date, so it tells furniture from a wire story as before', () => {
    const carriers = new Set(Array.from({ length: 30 }, (_, k) => k * 3 + 1))
    const docs = corpus(
      (i) => (carriers.has(i) ? carried((i - 1) / 3) : null),
      (i) => (carriers.has(i) ? `Carrier ${i}` : `Outlet ${i % 7}`),
    )
    const { index } = indexAll(docs)
    const restored = ReuseIndex.fromSnapshot(structuredClone(index.snapshot()))
    const prints = fingerprints(reuseWords(`${filler(30, 4343)} ${carried(99)}`))
    const ids = (i: ReuseIndex) =>
      i
        .candidates(prints)
        .map((c) => c.docId)
        .sort()
    // Linked to the earliest carrier only (and to none of the others), before and after.
    expect(ids(index)).toHaveLength(1)
    expect(ids(restored)).toEqual(ids(index))
    const earliest = docs
      .filter((_, i) => carriers.has(i))
      .sort((x, y) => x.day - y.day || x.id.localeCompare(y.id))[0]!
    expect(ids(restored)).toEqual([earliest.id])
  })
})
