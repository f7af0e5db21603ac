/**
 * The search worker end to end, in-process: the real worker handler at the far end of a
 * MessageChannel, the real client, the analyst's database and the search cache on
 * fake-indexeddb, and changes followed through Dexie's `storagemutated` as in the app.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { assembleDocument } from '@shared/corpus/parse-document'
import { p, point } from '@shared/dates/date-builders'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClaim, updateClaim } from '../db/claims'
import { CasefileDatabase } from '../db/database'
import { addImportedDocument, deleteImportedDocument, updateDocumentMeta } from '../db/documents'
import { addHighlight, deleteHighlight, updateHighlight } from '../db/highlights'
import { addEvent, createTimeline } from '../db/timelines'
import { openAnalystDatabase } from './analyst-database'
import { createSearchClient, type SearchClient } from './search-client'
import { CACHE_FORMAT, SearchCacheDatabase } from './search-cache'
import type { SearchResultHit, WorkerSearchOptions } from './search-protocol'
import type { SearchWorker } from './search-worker'
import { inProcessWorker } from './testing/in-process-worker'
import { bundledCorpus } from './testing/bundled-corpus'
import { watchTables } from './watch-tables'

const stops: (() => void)[] = []

afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

let databases = 0
const factories = new WeakMap<CasefileDatabase, IDBFactory>()

/** The analyst's database as the worker opens it (after this thread has, as the app does). */
async function asTheWorkerOpensIt(analyst: CasefileDatabase) {
  await analyst.open()
  return openAnalystDatabase(analyst.name, { indexedDB: factories.get(analyst), IDBKeyRange })
}

/** A fresh analyst database and a cache factory (one IndexedDB per test for the cache). */
function fresh() {
  const analystFactory = new IDBFactory()
  const analyst = new CasefileDatabase(`analyst-${++databases}`, {
    indexedDB: analystFactory,
    IDBKeyRange,
  })
  factories.set(analyst, analystFactory)
  const factory = new IDBFactory()
  const cache = () => new SearchCacheDatabase('cache', { indexedDB: factory, IDBKeyRange })
  return { analyst, cache }
}

interface Running {
  client: SearchClient
  worker: SearchWorker
  /** The hits of a search, best first. */
  find(query: string, options?: WorkerSearchOptions): Promise<SearchResultHit[]>
  /** Until the start-up indexing is done. */
  ready(): Promise<void>
}

/** A worker and its client over `analyst` and `cache`, fed the bundled `corpus`. */
function start(
  analyst: CasefileDatabase,
  cache: SearchCacheDatabase,
  corpus: DocumentModel[] = [],
  writes = true,
): Running {
  const { connect, worker } = inProcessWorker({
    analyst: asTheWorkerOpensIt(analyst),
    cache,
    claimCache: async () => writes,
  })
  const client = createSearchClient(connect)
  const unwatch = watchTables(analyst.name, (table, ids) => client.changed(table, ids))
  client.start(
    corpus.map((doc) => ({
      id: doc.meta.id,
      rev: doc.rev,
      title: doc.meta.title,
      published: doc.meta.published,
    })),
    async (id) => corpus.find((doc) => doc.meta.id === id)!,
  )
  stops.push(() => {
    unwatch()
    worker.close()
    client.close()
    cache.close()
  })
  return {
    client,
    worker,
    find: async (query, options) => (await client.search(query, options)).hits,
    ready: () =>
      vi.waitFor(
        async () => {
          await worker.settled()
          expect(client.state().status).toEqual({ state: 'ready' })
        },
        { timeout: 10_000 },
      ),
  }
}

/** Waits (polling) until `check` passes: a change reaches the worker after its commit. */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 5_000 })

const ids = (hits: SearchResultHit[]) => hits.map((hit) => hit.id)

function importedDoc(id: string, paragraphs: string[], title = 'Border report'): DocumentModel {
  return assembleDocument(
    {
      id,
      title,
      authors: [],
      outlet: null,
      published: { year: 2024, month: 1, day: 20, approximate: false, basis: 'stated', note: '' },
      genre: 'news',
      raw: '',
      authorNote: null,
    },
    paragraphs.map((text) => ({ kind: 'paragraph' as const, level: 0, text, marks: [] })),
  )
}

const quoteOf = (doc: DocumentModel, exact: string) => {
  const start = doc.text.indexOf(exact)
  return {
    docId: doc.meta.id,
    docRev: doc.rev,
    selectors: {
      quote: { exact, prefix: '', suffix: '' },
      position: { start, end: start + exact.length },
    },
    color: 'yellow' as const,
  }
}

describe('the search worker follows the analyst’s edits', () => {
  it('finds a new highlight’s note, follows its edit and forgets it once deleted', async () => {
    const { analyst, cache } = fresh()
    const doc = importedDoc('d1', ['Iran struck a village near Panjgur.', 'Talks resumed later.'])
    await addImportedDocument(analyst, doc)
    const search = start(analyst, cache())
    await search.ready()

    const { highlight } = await addHighlight(analyst, {
      ...quoteOf(doc, 'Iran struck a village'),
      note: 'corroborated by the ministry',
    })
    await eventually(async () => {
      const hits = await search.find('corroborated')
      expect(hits.map((h) => [h.kind, h.id, h.title])).toEqual([
        ['highlight', highlight.id, 'Border report'],
      ])
      expect(hits[0]!.target).toEqual({ kind: 'highlight', docId: 'd1', highlightId: highlight.id })
    })

    await updateHighlight(analyst, highlight.id, { note: 'disputed by the governor' })
    await eventually(async () => {
      expect(await search.find('corroborated')).toEqual([])
      expect(ids(await search.find('disputed'))).toEqual([highlight.id])
    })

    await deleteHighlight(analyst, highlight.id)
    await eventually(async () => expect(await search.find('disputed')).toEqual([]))
  })

  it('removes a deleted document’s passages and its highlights’ records', async () => {
    const { analyst, cache } = fresh()
    const doc = importedDoc('d1', ['Gwadar port handled the shipment.'])
    await addImportedDocument(analyst, doc)
    await addHighlight(analyst, { ...quoteOf(doc, 'Gwadar port'), note: 'shipment logged' })
    const search = start(analyst, cache())
    await search.ready()
    expect((await search.find('gwadar')).map((h) => h.kind).sort()).toEqual([
      'highlight',
      'passage',
    ])

    await deleteImportedDocument(analyst, 'd1')
    await eventually(async () => {
      expect(await search.find('gwadar')).toEqual([])
      expect(await search.find('logged')).toEqual([])
    })
  })

  it('shows a renamed source’s new title on its passages and highlights', async () => {
    const { analyst, cache } = fresh()
    const doc = importedDoc('d1', ['Gwadar port handled the shipment.'], 'Old title')
    await addImportedDocument(analyst, doc)
    await addHighlight(analyst, { ...quoteOf(doc, 'Gwadar port'), note: 'port traffic' })
    const search = start(analyst, cache())
    await search.ready()
    await updateDocumentMeta(analyst, 'd1', { ...doc.meta, title: 'New title' })
    await eventually(async () => {
      const hits = await search.find('gwadar')
      expect(hits.map((h) => [h.kind, h.title]).sort()).toEqual([
        ['highlight', 'New title'],
        ['passage', 'New title'],
      ])
    })
  })

  it('indexes a claim as it is created and edited', async () => {
    const { analyst, cache } = fresh()
    const search = start(analyst, cache())
    await search.ready()
    const { claim } = await createClaim(analyst, { statement: 'The strike hit a militant camp' })
    await eventually(async () => expect(ids(await search.find('militant'))).toEqual([claim.id]))
    await updateClaim(analyst, claim.id, { statement: 'The strike hit a village' })
    await eventually(async () => {
      expect(await search.find('militant')).toEqual([])
      const [hit] = await search.find('village')
      expect(hit).toMatchObject({ kind: 'claim', title: 'The strike hit a village' })
    })
  })

  it('finds a timeline event and opens it in its timeline', async () => {
    const { analyst, cache } = fresh()
    const search = start(analyst, cache())
    await search.ready()
    const { timeline } = await createTimeline(analyst, 'January strikes')
    const { event } = await addEvent(analyst, {
      timelineId: timeline.id,
      title: 'Missile strike on Panjgur',
      date: point(p(2024, 1, 16)),
    })
    await eventually(async () => {
      const hits = await search.find('panjgur', { kinds: ['event'] })
      expect(hits.map((h) => h.target)).toEqual([
        { kind: 'event', id: event.id, timelineId: timeline.id },
      ])
      expect(hits[0]!.title).toBe('Missile strike on Panjgur')
    })
  })
})

describe('the search cache', () => {
  it('lets a second worker find everything without indexing anything again', async () => {
    const { analyst, cache } = fresh()
    const doc = importedDoc('d1', ['Jaish al-Adl claimed the attack.'])
    await addImportedDocument(analyst, doc)
    await addHighlight(analyst, { ...quoteOf(doc, 'claimed the attack'), note: 'responsibility' })
    const corpus = bundledCorpus()
    const first = start(analyst, cache(), corpus)
    await first.ready()
    expect(first.client.state().indexed).toBeGreaterThan(corpus.length)
    expect(await first.client.persist()).toBe(true)
    const before = first.client.state().records

    const second = start(analyst, cache(), corpus)
    await second.ready()
    expect(second.client.state()).toMatchObject({ indexed: 0, records: before, notice: null })
    expect((await second.find('responsibility')).map((h) => h.kind)).toEqual(['highlight'])
    expect((await second.find('Jaish al-Adl')).length).toBeGreaterThan(1)
  })

  it('replays a change written after the last snapshot', async () => {
    const { analyst, cache } = fresh()
    const first = start(analyst, cache())
    await first.ready()
    await createClaim(analyst, { statement: 'Before the snapshot' })
    await eventually(async () => expect(await first.find('before')).toHaveLength(1))
    expect(await first.client.persist()).toBe(true)
    const { claim } = await createClaim(analyst, { statement: 'After the snapshot' })
    await eventually(async () => expect(ids(await first.find('after'))).toEqual([claim.id]))
    await first.worker.settled()

    const second = start(analyst, cache())
    await second.ready()
    expect(second.client.state().indexed).toBe(0)
    expect(ids(await second.find('after'))).toEqual([claim.id])
    expect(await second.find('before')).toHaveLength(1)
  })

  it('catches up with a change made while no worker ran', async () => {
    const { analyst, cache } = fresh()
    const first = start(analyst, cache())
    await first.ready()
    await first.client.persist()
    stops.splice(0).forEach((stop) => stop())

    const { claim } = await createClaim(analyst, { statement: 'Written while search slept' })
    const second = start(analyst, cache())
    await second.ready()
    expect(second.client.state().indexed).toBe(1)
    expect(ids(await second.find('slept'))).toEqual([claim.id])
  })

  it('leaves the cache to the worker that writes it, keeping its own changes in memory', async () => {
    const { analyst, cache } = fresh()
    await createClaim(analyst, { statement: 'Written before both' })
    const writer = start(analyst, cache())
    await writer.ready()
    await writer.client.persist()
    stops.splice(0).forEach((stop) => stop())

    const reader = start(analyst, cache(), [], false)
    await reader.ready()
    expect(await reader.find('before')).toHaveLength(1)
    const { claim } = await createClaim(analyst, { statement: 'Seen by the reader' })
    await eventually(async () => {
      const [hit] = await reader.find('reader')
      expect(hit).toMatchObject({ id: claim.id, title: 'Seen by the reader' })
    })
    expect(await reader.client.persist()).toBe(false)
    const stored = cache()
    expect(await stored.sourceRecords.get(`claim:${claim.id}`)).toBeUndefined()
    stored.close()
  })

  it('rebuilds a damaged cache and says so', async () => {
    const { analyst, cache } = fresh()
    await createClaim(analyst, { statement: 'Sovereignty was violated' })
    const first = start(analyst, cache())
    await first.ready()
    await first.client.persist()

    const damaged = cache()
    await damaged.snapshot.put({ key: 'data.offsets', value: 'not offsets' })
    damaged.close()
    const second = start(analyst, cache())
    await second.ready()
    expect(second.client.state().notice).toMatch(/rebuilt: its stored copy was damaged/)
    expect(second.client.state().indexed).toBe(1)
    expect(await second.find('sovereignty')).toHaveLength(1)
  })

  it('rebuilds a cache of another format and says so', async () => {
    const { analyst, cache } = fresh()
    await createClaim(analyst, { statement: 'Sovereignty was violated' })
    const first = start(analyst, cache())
    await first.ready()
    await first.client.persist()

    const old = cache()
    await old.meta.put({ key: 'format', value: CACHE_FORMAT - 1 })
    old.close()
    const second = start(analyst, cache())
    await second.ready()
    expect(second.client.state().notice).toMatch(/rebuilt for this version of Casefile/)
    expect(second.client.state().indexed).toBe(1)
    expect(await second.find('sovereignty')).toHaveLength(1)
  })
})

describe('searching the bundled corpus', () => {
  const corpus = bundledCorpus()

  async function ready() {
    const { analyst, cache } = fresh()
    const search = start(analyst, cache(), corpus)
    await search.ready()
    return { analyst, search }
  }

  it('finds the passages of both sources that name Marg Bar Sarmachar, opening at the hit', async () => {
    const { search } = await ready()
    const hits = await search.find('Marg Bar Sarmachar')
    expect(new Set(hits.map((h) => h.docId))).toEqual(
      new Set([
        'pakistan-iran-relations-seeking-stability',
        'pak-iran-relations-amid-recent-developments-implications',
      ]),
    )
    for (const hit of hits) {
      expect(hit.kind).toBe('passage')
      expect(hit.fuzzy).toBe(false)
      const doc = corpus.find((d) => d.meta.id === hit.docId)!
      expect(hit.title).toBe(doc.meta.title)
      const target = hit.target as { start: number; end: number }
      expect(['Marg', 'Bar', 'Sarmachar']).toContain(doc.text.slice(target.start, target.end))
      const marked = hit.snippet.hits.map((r) => hit.snippet.text.slice(r.start, r.end))
      // The phrase is marked whole (snippet.ts joins hits a space or hyphen apart).
      expect(
        marked.some((m) => /^marg[\s-]bar[\s-]sarmachar/i.test(m)),
        marked.join('|'),
      ).toBe(true)
    }
  })

  it('finds Balochistan from the typo “Balochstan”, marking the real spelling', async () => {
    const { search } = await ready()
    const hits = await search.find('Balochstan')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.fuzzy)).toBe(true)
    const marked = hits[0]!.snippet.hits.map((r) => hits[0]!.snippet.text.slice(r.start, r.end))
    expect(marked).toContain('Balochistan')
  })

  it('ranks every exact match above the fuzzy ones', async () => {
    const { analyst, search } = await ready()
    const { claim } = await createClaim(analyst, {
      statement: 'Balochstan, as the cable spells it',
    })
    await eventually(async () => {
      const hits = await search.find('Balochstan')
      expect(hits[0]!.id).toBe(claim.id)
      expect(hits[0]!.fuzzy).toBe(false)
      expect(hits.slice(1).every((h) => h.fuzzy)).toBe(true)
    })
  })

  it('counts the matches of each kind and filters by kind, source, tag and date', async () => {
    const { analyst, search } = await ready()
    const doc = corpus[0]!
    const exact = 'Pakistan'
    await addHighlight(analyst, {
      ...quoteOf(doc, exact),
      note: 'border diplomacy',
      tags: ['watch'],
    })
    await createClaim(analyst, { statement: 'Border diplomacy works', tags: ['watch'] })
    await eventually(async () => {
      const { counts } = await search.client.search('diplomacy')
      expect(counts.highlight).toBe(1)
      expect(counts.claim).toBe(1)
    })
    const { counts } = await search.client.search('diplomacy')
    expect(counts.passage).toBeGreaterThan(0)

    const kinds = async (options: WorkerSearchOptions) =>
      [...new Set((await search.find('diplomacy', options)).map((h) => h.kind))].sort()
    expect(await kinds({ kinds: ['claim'] })).toEqual(['claim'])
    expect(await kinds({ kinds: [], filters: { docIds: [], tags: [] } })).toEqual([
      'claim',
      'highlight',
      'passage',
    ])
    expect(await kinds({ filters: { tags: ['watch'] } })).toEqual(['claim', 'highlight'])
    const ofDoc = await search.find('diplomacy', { filters: { docIds: [doc.meta.id] } })
    expect(ofDoc.every((h) => h.docId === doc.meta.id)).toBe(true)
    expect(ofDoc.map((h) => h.kind)).toContain('highlight')

    // The claim is dated today; the corpus's sources before 2025.
    const recent = await search.find('diplomacy', { filters: { from: Date.UTC(2025, 0, 1) } })
    expect(recent.map((h) => h.kind)).toEqual(['claim'])
    const older = await search.find('diplomacy', { filters: { to: Date.UTC(2025, 0, 1) } })
    expect(older.length).toBeGreaterThan(0)
    expect(older.some((h) => h.kind === 'claim')).toBe(false)
  })

  it('limits the hits of each kind for a list grouped by kind', async () => {
    const { search } = await ready()
    const hits = await search.find('Pakistan', { limitPerKind: 3 })
    expect(hits).toHaveLength(3)
    const { counts } = await search.client.search('Pakistan', { limitPerKind: 3 })
    expect(counts.passage).toBeGreaterThan(3)
  })

  it('answers only the newest of searches typed faster than they run', async () => {
    const { search } = await ready()
    const typed = ['B', 'Ba', 'Bal', 'Balo', 'Baloch'].map((query) =>
      search.client.search(query).then(
        (results) => results.query,
        (error: DOMException) => error.name,
      ),
    )
    expect(await Promise.all(typed)).toEqual([
      'AbortError',
      'AbortError',
      'AbortError',
      'AbortError',
      'Baloch',
    ])
  })
})
