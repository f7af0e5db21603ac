/**
 * Furniture against syndication at corpus scale: a text in more documents than the index's
 * common limit is a wire story when it spreads across outlets (found, linked to its earliest
 * carrier, one source) and furniture when it repeats within one outlet's pages (ignored).
 */
import { describe, expect, it } from 'vitest'
import type { SourceIdentity } from '../claims/types'
import { reuseDocumentInfo } from './document-info'
import { findReuse } from './find-reuse'
import { fingerprints } from './fingerprints'
import { passageIndependence, type EvidencePassage } from './independence'
import { addFindAndRecheck, recheckPassages, setDocumentInfo, StoredPassages } from './recheck'
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

function infoOf(doc: Doc) {
  return reuseDocumentInfo(doc.outlet, { year: 2026, month: 12, day: doc.day, approximate: false })
}

/**
 * Indexes the documents one by one as the worker does (stored passages checked again when a
 * document turns fingerprints into furniture); the passages stored after each document.
 */
function indexAll(
  docs: readonly Doc[],
  index = new ReuseIndex(),
  stored = new StoredPassages(),
): { index: ReuseIndex; passages: SharedPassage[]; after: SharedPassage[][] } {
  const words = new Map<string, ReuseWords>()
  for (const id of index.docIds()) {
    const doc = docs.find((d) => d.id === id)
    if (doc) words.set(id, reuseWords(doc.text))
  }
  const after: SharedPassage[][] = []
  for (const doc of docs) {
    if (index.has(doc.id)) continue
    addFindAndRecheck(index, { ...doc, ...infoOf(doc) }, (id) => words.get(id), stored)
    words.set(doc.id, reuseWords(doc.text))
    after.push(stored.all())
  }
  return { index, passages: stored.all(), after }
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

  it('is furniture when one outlet prints it on 30 pages: no page is linked by it', () => {
    const boilerplate = filler(40, 7777)
    const pages = new Set(Array.from({ length: 30 }, (_, k) => k * 3))
    const docs = corpus(
      (i) => (pages.has(i) ? boilerplate : null),
      (i) => (pages.has(i) ? 'Daily Post' : `Outlet ${i}`),
    )
    const { index, passages, after } = indexAll(docs)
    expect(passages).toEqual([])
    // The first pages are linked by it until the outlet has repeated it on enough of them;
    // from the page that makes it furniture on, no pair is left at any point.
    const turning = FURNITURE_OUTLET_PAGES * 3 - 3
    expect(after[turning - 3]!.length).toBeGreaterThan(0)
    for (const [i, stored] of after.entries())
      if (i >= turning) expect(stored, `after ${i}`).toEqual([])
    // The finished index finds it in none of them.
    const byId = new Map(docs.map((d) => [d.id, reuseWords(d.text)]))
    for (const doc of docs.filter((_, i) => pages.has(i))) {
      const words = byId.get(doc.id)!
      expect(
        findReuse(index, { id: doc.id, words }, fingerprints(words), (id) => byId.get(id)),
      ).toEqual([])
    }
  })

  it('leaves a real passage two pages of the outlet share beside its footer', () => {
    const footer = filler(40, 7777)
    const pages = new Set(Array.from({ length: 30 }, (_, k) => k * 3))
    // Pages 0 and 3 (the first two, linked by the footer before it is furniture) share a
    // story just before it; pages 60 and 63 (indexed once it is furniture) share another.
    const stories = new Map([
      [0, filler(60, 4545)],
      [3, filler(60, 4545)],
      [60, filler(60, 4646)],
      [63, filler(60, 4646)],
    ])
    const docs = corpus(
      (i) => (pages.has(i) ? [stories.get(i), footer].filter(Boolean).join(' ') : null),
      (i) => (pages.has(i) ? 'Daily Post' : `Outlet ${i}`),
    )
    const { passages } = indexAll(docs)
    expect([...pairsOf(passages)].sort()).toEqual(['doc-000 doc-003', 'doc-060 doc-063'])
    const footerWords = reuseWords(footer).length
    for (const p of passages) {
      // The story, not the footer after it.
      expect(p.words).toBeGreaterThanOrEqual(55)
      expect(p.words).toBeLessThan(60 + footerWords / 2)
    }
  })

  it('is furniture the same way when indexing goes on from a stored index', () => {
    const boilerplate = filler(40, 7777)
    const pages = new Set(Array.from({ length: 30 }, (_, k) => k * 3))
    const docs = corpus(
      (i) => (pages.has(i) ? boilerplate : null),
      (i) => (pages.has(i) ? 'Daily Post' : `Outlet ${i}`),
    )
    // Stopped after four pages (linked by the footer), restarted from the stored index.
    const stored = new StoredPassages()
    const first = indexAll(docs.slice(0, 10), new ReuseIndex(), stored)
    expect(first.passages.length).toBeGreaterThan(0)
    const restored = ReuseIndex.fromSnapshot(structuredClone(first.index.snapshot()))
    const { passages, after } = indexAll(docs, restored, stored)
    expect(passages).toEqual([])
    const turning = FURNITURE_OUTLET_PAGES * 3 - 3 - 10
    for (const [i, list] of after.entries())
      if (i >= turning) expect(list, `after ${i}`).toEqual([])
  })

  it('is furniture once the analyst gives the pages their outlet', () => {
    const boilerplate = filler(40, 7777)
    const pages = Array.from({ length: 30 }, (_, k) => k * 3)
    const docs = corpus(
      (i) => (pages.includes(i) ? boilerplate : null),
      (i) => `Outlet ${i}`,
    )
    const { index } = indexAll(docs)
    const words = reuseWords(`${filler(30, 9999)} ${boilerplate}`)
    const carriers = () =>
      findReuse(index, { id: 'new', words }, fingerprints(words), (id) =>
        reuseWords(docs.find((d) => d.id === id)!.text),
      )
    // Thirty outlets carrying it: a widely carried text, linked to its earliest carrier.
    expect(pairsOf(carriers()).size).toBe(1)
    for (const i of pages)
      expect(index.setInfo(docs[i]!.id, infoOf({ ...docs[i]!, outlet: 'Daily Post' }))).toBe(true)
    expect(index.setInfo(docs[0]!.id, infoOf({ ...docs[0]!, outlet: 'Daily Post' }))).toBe(false)
    expect(carriers()).toEqual([])
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

describe('an outlet the analyst corrects', () => {
  it('makes the footer its pages share furniture, and the pairs it linked go', () => {
    const footer = filler(40, 7777)
    const story = filler(60, 4545)
    // Six pages of one site, each filed under an outlet of its own: the footer links them.
    const docs = corpus(
      (i) => (i < 6 ? (i < 2 ? `${story} ${footer}` : footer) : null),
      (i) => `Outlet ${i}`,
    )
    const stored = new StoredPassages()
    const { index } = indexAll(docs, new ReuseIndex(), stored)
    expect(pairsOf(stored.all()).size).toBe(15)
    const words = new Map(docs.map((d) => [d.id, reuseWords(d.text)]))
    const edits = docs.slice(0, 6).map((d) => ({
      docId: d.id,
      info: infoOf({ ...d, outlet: 'Daily Post' }),
      words: words.get(d.id),
    }))
    const { changed, carriers } = setDocumentInfo(index, edits)
    expect(changed).toBe(true)
    expect(index.info(docs[0]!.id)?.outlet).toBe('Daily Post')
    expect(carriers.sort()).toEqual(docs.slice(0, 6).map((d) => d.id))
    for (const [key, list] of recheckPassages(index, stored.among(carriers), (id) => words.get(id)))
      stored.set(key, list)
    // The story the first two share stays; the footer links no one.
    expect([...pairsOf(stored.all())]).toEqual(['doc-000 doc-001'])
    // The same details again change nothing.
    expect(setDocumentInfo(index, edits)).toEqual({ changed: false, carriers: [] })
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
