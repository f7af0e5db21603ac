/**
 * The live index over a real search cache (fake-indexeddb): what a change costs once the
 * index was restored, and when the snapshot is written again.
 */
import type { SourceRecords } from '@shared/search/records-of'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { LiveIndex, RECENT_SOURCES, SNAPSHOT_BACKLOG } from './live-index'
import { SearchCacheDatabase } from './search-cache'

/** One source of `paragraphs` passages, each naming `word` and a few fillers. */
function source(id: string, paragraphs: number, word = 'turbat'): SourceRecords {
  return {
    key: `document:${id}`,
    fingerprint: `${id}@1`,
    records: Array.from({ length: paragraphs }, (_, i) => ({
      id: `${id}#${i}`,
      kind: 'passage' as const,
      docId: id,
      label: id,
      text: `${word} paragraph ${i} of ${id}, filler${i % 97} words${i % 13}`,
    })),
  }
}

function cacheFactory() {
  const factory = new IDBFactory()
  return () => new SearchCacheDatabase('cache', { indexedDB: factory, IDBKeyRange })
}

const ids = (live: LiveIndex, query: string) =>
  live.index
    .search(query, { limit: 10_000 })
    .map((hit) => hit.id)
    .sort()

/** How many chunk rows the cache's snapshot has, and under which generation. */
async function storedSnapshot(cache: SearchCacheDatabase) {
  const keys = (await cache.snapshot.toCollection().primaryKeys()) as string[]
  return keys.filter((key) => key.startsWith('chunk.'))
}

describe('the live index', () => {
  it('takes a change after a restore without reading the postings, and replays it at the next start', async () => {
    const open = cacheFactory()
    const first = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    await first.apply([source('a', 3000), source('b', 2000)])
    expect(await first.persist()).toBe(true)
    first.close()

    const second = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    await second.loadSources()
    const chunks = second.index.missingChunks().length
    expect(chunks).toBeGreaterThan(1)
    // A note-sized change: one new source, one source edited down.
    await second.apply([source('c', 2, 'panjgur'), source('b', 1)])
    expect(second.index.missingChunks()).toHaveLength(chunks)
    expect(ids(second, 'panjgur')).toEqual(['c#0', 'c#1'])
    await second.prepare('turbat')
    expect(ids(second, 'turbat')).toHaveLength(3001)
    second.close()

    const third = await LiveIndex.open(open(), { idleMs: 60_000 })
    expect(third.replayed).toBeGreaterThan(0)
    await third.live.prepare('turbat')
    expect(ids(third.live, 'turbat')).toHaveLength(3001)
    expect(ids(third.live, 'panjgur')).toEqual(['c#0', 'c#1'])
    third.live.close()
  })

  it('holds no more postings than its budget, reads again what it let go, and answers as if it held them all', async () => {
    const open = cacheFactory()
    const first = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    const places = ['turbat', 'panjgur', 'gwadar', 'kech', 'quetta', 'zhob']
    await first.apply(places.map((place, i) => source(place, 600 + 100 * i, place)))
    expect(await first.persist()).toBe(true)
    first.close()

    const budget = 48 * 1024
    const whole = (await LiveIndex.open(open(), { idleMs: 60_000, budget: Infinity })).live
    const held = (await LiveIndex.open(open(), { idleMs: 60_000, budget })).live
    const chunks = held.index.missingChunks().length
    const run = (live: LiveIndex, query: string, typos = false) =>
      live.withChunks(query, typos, () =>
        live.index.search(query, { limit: 10_000, fuzzy: typos }).map((hit) => [hit.id, hit.score]),
      )
    const queries = [
      ...places,
      'paragraph',
      'filler1',
      'turbat paragraph 5',
      'fill',
      'words1',
      'gwadr',
      ...places,
    ]
    let largest = 0
    for (const query of queries) {
      const typos = query === 'gwadr'
      expect(await run(held, query, typos)).toEqual(await run(whole, query, typos))
      expect(held.heldBytes).toBeLessThanOrEqual(budget)
      largest = Math.max(largest, held.heldBytes)
    }
    // More than the budget was read over the queries, so some were let go and read again.
    expect(whole.heldBytes).toBeGreaterThan(2 * budget)
    expect(largest).toBeGreaterThan(0)
    expect(held.index.missingChunks().length).toBeGreaterThan(0)
    expect(held.index.missingChunks().length).toBeLessThan(chunks)

    // A change after its chunk was let go: kept, found, and written for the next start.
    await run(held, 'zhob')
    await held.loadSources()
    expect(held.index.chunksFor('turbat')).not.toEqual([])
    await held.apply([source('turbat', 2, 'turbat'), source('n', 1, 'zhob turbat')])
    await run(held, 'quetta')
    await run(held, 'kech paragraph')
    expect(held.heldBytes).toBeLessThanOrEqual(budget)
    expect((await run(held, 'turbat')).map(([id]) => id).sort()).toEqual([
      'n#0',
      'turbat#0',
      'turbat#1',
    ])
    expect(await run(held, 'zhob')).toHaveLength(1101)
    held.close()
    whole.close()
    const again = (await LiveIndex.open(open(), { idleMs: 60_000, budget })).live
    expect((await run(again, 'turbat')).map(([id]) => id).sort()).toEqual([
      'n#0',
      'turbat#0',
      'turbat#1',
    ])
    again.close()
  })

  it('reads postings in the background only up to its budget, all of them for a new snapshot, and then goes back to its budget', async () => {
    const open = cacheFactory()
    const first = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    await first.apply([source('a', 3000), source('b', 2000, 'panjgur')])
    expect(await first.persist()).toBe(true)
    first.close()

    const budget = 64 * 1024
    const live = (await LiveIndex.open(open(), { idleMs: 60_000, budget })).live
    await live.loadSources()
    expect(live.unread).toBeGreaterThan(0)
    await live.warm()
    expect(live.unread).toBe(0)
    expect(live.heldBytes).toBeLessThanOrEqual(budget)
    expect(live.heldBytes).toBeGreaterThan(budget / 2)
    expect(live.index.missingChunks().length).toBeGreaterThan(0)
    // A new snapshot needs every chunk. Once written, the index is the one a start would
    // restore from it: within the budget again, reading from the new rows what it needs.
    await live.apply([source('c', 2, 'kech')])
    expect(await live.persist()).toBe(true)
    expect(live.heldBytes).toBeLessThanOrEqual(budget)
    expect(live.heldBytes).toBeGreaterThan(budget / 2)
    expect(live.index.missingChunks().length).toBeGreaterThan(0)
    const count = (query: string) =>
      live.withChunks(query, false, () => live.index.search(query, { limit: 10_000 }).length)
    expect(await count('turbat')).toBe(3000)
    expect(await count('panjgur')).toBe(2000)
    expect(await count('kech')).toBe(2)
    expect(live.heldBytes).toBeLessThanOrEqual(budget)
    // And what it answers is what a start from the cache answers.
    const { live: restored, replayed } = await LiveIndex.open(open(), {
      idleMs: 60_000,
      budget: Infinity,
    })
    expect(replayed).toBe(0)
    for (const query of ['turbat', 'panjgur', 'kech', 'filler5', 'paragraph 12']) {
      const answer = (index: LiveIndex) => index.withChunks(query, true, () => ids(index, query))
      expect(await answer(live)).toEqual(await answer(restored))
    }
    restored.close()
    live.close()
  })

  it('keeps the changes made while its snapshot is written, in the index it goes on with and at the next start', async () => {
    const open = cacheFactory()
    const live = (await LiveIndex.open(open(), { idleMs: 60_000, budget: 16 * 1024 })).live
    await live.apply([source('a', 3000), source('b', 5, 'panjgur')])
    const writing = live.persist()
    // Applied once the snapshot is made and before its write ends (the next start replays
    // it, below): a new source, one changed, one removed.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const changed = live.apply([source('n', 4, 'kech'), source('a', 10)], ['document:b'])
    expect(await writing).toBe(true)
    await changed
    const count = (index: LiveIndex, query: string) =>
      index.withChunks(query, false, () => index.index.search(query, { limit: 10_000 }).length)
    expect(await count(live, 'kech')).toBe(4)
    expect(await count(live, 'turbat')).toBe(10)
    expect(await count(live, 'panjgur')).toBe(0)
    live.close()

    const { live: restored, replayed } = await LiveIndex.open(open(), { idleMs: 60_000 })
    expect(replayed).toBe(14)
    expect(await count(restored, 'kech')).toBe(4)
    expect(await count(restored, 'turbat')).toBe(10)
    expect(await count(restored, 'panjgur')).toBe(0)
    restored.close()
  })

  it('holds only unwritten sources’ record ids, and reads a source’s from the cache when it changes', async () => {
    const open = cacheFactory()
    const first = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    await first.apply([source('a', 5), source('b', 3, 'panjgur')])
    expect(first.heldSourceIds).toBe(0)
    first.close()

    const { live } = await LiveIndex.open(open(), { idleMs: 60_000 })
    await live.loadSources()
    expect(live.heldSourceIds).toBe(0)
    // Two changes in a row, the second before the first is written: a loses three records,
    // then one more; b goes.
    const shrunk = live.apply([source('a', 2)], ['document:b'])
    const again = live.apply([source('a', 1)])
    await Promise.all([shrunk, again])
    const count = (index: LiveIndex, query: string) =>
      index.withChunks(query, false, () => ids(index, query))
    expect(await count(live, 'turbat')).toEqual(['a#0'])
    expect(await count(live, 'panjgur')).toEqual([])
    expect(live.heldSourceIds).toBe(0)
    live.close()

    const restored = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    expect(await count(restored, 'turbat')).toEqual(['a#0'])
    expect(await count(restored, 'panjgur')).toEqual([])
    restored.close()
  })

  it('writes a snapshot by itself once an index built from nothing is idle', async () => {
    const open = cacheFactory()
    const cache = open()
    const live = (await LiveIndex.open(cache, { idleMs: 5 })).live
    // New sources only, in steps, as the worker indexes a library it has not seen.
    for (let step = 0; step < 4; step++) {
      await live.apply([source(`s${step}`, SNAPSHOT_BACKLOG / 4 + 1)])
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await storedSnapshot(cache)).length).toBeGreaterThan(0)
    live.close()
    const restored = await LiveIndex.open(open(), { idleMs: 60_000 })
    expect(restored.replayed).toBe(0)
    restored.live.close()
  })

  it('writes the snapshot again only when idle with a backlog of rows, not for every small change', async () => {
    const open = cacheFactory()
    const cache = open()
    const live = (await LiveIndex.open(cache, { idleMs: 5 })).live
    await live.apply([source('a', SNAPSHOT_BACKLOG + 10)])
    await new Promise((resolve) => setTimeout(resolve, 50))
    await live.persist()
    const before = await storedSnapshot(cache)
    expect(before.length).toBeGreaterThan(0)

    await live.apply([source('n', 3, 'panjgur')])
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await storedSnapshot(cache)).toEqual(before)

    await live.apply([source('m', SNAPSHOT_BACKLOG, 'kech')])
    await new Promise((resolve) => setTimeout(resolve, 200))
    // The idle snapshot may still be writing: an explicit one waits for it.
    await live.persist()
    const after = await storedSnapshot(cache)
    expect(after).not.toEqual(before)
    live.close()

    const restored = await LiveIndex.open(open(), { idleMs: 60_000 })
    expect(restored.replayed).toBe(0)
    await restored.live.prepare('panjgur')
    expect(ids(restored.live, 'panjgur')).toHaveLength(3)
    restored.live.close()
  })

  it('replays a source that lost records after the snapshot: what it dropped is gone at the next start', async () => {
    const open = cacheFactory()
    const first = (await LiveIndex.open(open(), { idleMs: 60_000 })).live
    await first.apply([source('a', 3), source('b', 2)])
    expect(await first.persist()).toBe(true)
    // After the snapshot: a loses its last two paragraphs, then gets its second back; b goes.
    await first.apply([source('a', 1)])
    await first.apply([source('a', 2)])
    await first.apply([], ['document:b'])
    expect(ids(first, 'turbat')).toEqual(['a#0', 'a#1'])
    first.close()

    const second = await LiveIndex.open(open(), { idleMs: 60_000 })
    await second.live.prepare('turbat')
    expect(ids(second.live, 'turbat')).toEqual(['a#0', 'a#1'])
    const [shown] = await second.live.read([{ id: 'a#1', kind: 'passage', docId: 'a' }])
    expect(shown?.text).toMatch(/^turbat paragraph 1 of a/)
    second.live.close()
  })

  it('drops the tombstones a snapshot makes useless, and keeps the later ones', async () => {
    const cache = cacheFactory()()
    const live = (await LiveIndex.open(cache, { idleMs: 60_000 })).live
    await live.apply([source('a', 5), source('b', 5)])
    await live.apply([], ['document:a'])
    expect(await cache.sourceRecords.where('removed').equals(1).count()).toBe(1)
    await live.persist()
    expect(await cache.sourceRecords.where('removed').equals(1).count()).toBe(0)
    await live.apply([], ['document:b'])
    expect(await cache.sourceRecords.where('removed').equals(1).count()).toBe(1)
    live.close()
  })

  it('shows the sources the last searches read from memory, and a changed source as it now is', async () => {
    const cache = cacheFactory()()
    const live = (await LiveIndex.open(cache, { idleMs: 60_000 })).live
    // A passage's read asks for two source keys: imported, and bundled (not stored).
    const many = Array.from({ length: RECENT_SOURCES / 2 }, (_, i) => source(`s${i}`, 2))
    await live.apply([source('a', 2), source('b', 2), ...many])
    const hit = (docId: string, n = 0) => ({ id: `${docId}#${n}`, kind: 'passage' as const, docId })
    const text = async (docId: string, n = 0) => (await live.read([hit(docId, n)]))[0]?.text

    expect(await text('a')).toMatch(/^turbat paragraph 0 of a/)
    // Edited after it was read: the next read shows the edit, not what was read before.
    await live.apply([source('a', 2, 'panjgur')])
    expect(await text('a', 1)).toMatch(/^panjgur paragraph 1 of a/)
    // A read under way when a change comes is not kept: the change may be written after it.
    const during = text('b')
    await live.apply([source('b', 2, 'kech')])
    await during
    expect(await text('b')).toMatch(/^kech paragraph 0 of b/)
    for (let i = 0; i < RECENT_SOURCES / 2 - 1; i++) await text(`s${i}`)
    await text('a')
    // One more source than it keeps: the least recently read one (s0) makes way.
    await text('b')

    // The store can no longer be read (another tab deleted it, say): what was read lately
    // still shows; the least recently read source and one never read do not.
    cache.close()
    expect(await text('a')).toMatch(/^panjgur paragraph 0 of a/)
    expect(await text('b', 1)).toMatch(/^kech paragraph 1 of b/)
    expect(await text('s1', 1)).toMatch(/^turbat paragraph 1 of s1/)
    expect(await text('s0')).toBeUndefined()
    expect(await text(`s${RECENT_SOURCES / 2 - 1}`)).toBeUndefined()
    live.close()
  })
})
