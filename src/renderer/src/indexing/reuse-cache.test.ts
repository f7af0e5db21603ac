import { reuseDocumentInfo } from '@shared/reuse/document-info'
import { fingerprints } from '@shared/reuse/fingerprints'
import { reuseWords, type ReuseWords } from '@shared/reuse/words'
import { ReuseIndex } from '@shared/reuse/reuse-index'
import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import {
  coverageOf,
  openReuseCache,
  REUSE_CACHE_NAME,
  REUSE_ENGINE_VERSION,
  type CachedPair,
} from './reuse-cache'

const passage = {
  a: { docId: 'a', start: 0, end: 10 },
  b: { docId: 'b', start: 5, end: 15 },
  words: 12,
  similarity: 0.9,
  aWords: { start: 0, end: 12 },
  bWords: { start: 1, end: 13 },
}
const pair: CachedPair = {
  key: 'a\u0000b',
  a: 'a',
  b: 'b',
  revA: 'r1',
  revB: 'r2',
  engine: REUSE_ENGINE_VERSION,
  passages: [passage],
}
const row = (docId: string, rev: string) => ({
  docId,
  rev,
  engine: REUSE_ENGINE_VERSION,
  wordCount: 12,
  quotes: null,
})

/** An index of these documents' words: the first published by Dawn on 18 January 2024. */
function indexOf(documents: Record<string, ReuseWords>): ReuseIndex {
  const index = new ReuseIndex()
  Object.entries(documents).forEach(([docId, words], i) =>
    index.add(
      docId,
      fingerprints(words),
      i === 0
        ? reuseDocumentInfo('Dawn', { year: 2024, month: 1, day: 18, approximate: false })
        : {},
    ),
  )
  return index
}

describe('the reuse cache', () => {
  it('keeps a document’s words, passages and the index, and forgets a document with its pairs', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange }
    const { cache, notice } = await openReuseCache(options)
    expect(notice).toBe(null)
    const words = reuseWords('one two three four five six')
    await cache.saveDocument(row('a', 'r1'), words, [])
    await cache.saveDocument(row('b', 'r2'), reuseWords('seven eight'), [pair])
    const index = indexOf({ a: words, b: reuseWords('seven eight nine ten eleven twelve') })
    const revs: [string, string][] = [
      ['a', 'r1'],
      ['b', 'r2'],
    ]
    await cache.saveIndex(index.snapshot(), revs, coverageOf(index, revs).info)

    const { cache: reopened } = await openReuseCache(options)
    const saved = await reopened.load()
    // What a start needs, without the snapshot; the snapshot when the index is taken back.
    expect(saved.coverage?.revs).toEqual(revs)
    expect(saved.coverage?.info).toEqual([
      ['a', { outlet: 'Dawn', published: Date.UTC(2024, 0, 18) }],
      ['b', { outlet: null, published: null }],
    ])
    expect((await reopened.loadIndex())?.revs).toEqual(revs)
    expect(saved.documents.map((d) => d.docId).sort()).toEqual(['a', 'b'])
    expect(saved.pairs).toEqual([pair])
    const read = await reopened.words([
      { docId: 'a', rev: 'r1' },
      { docId: 'b', rev: 'another rev' },
    ])
    expect([...read.keys()]).toEqual(['a'])
    expect([...read.get('a')!.hashes]).toEqual([...words.hashes])

    await reopened.remove(['a'])
    const after = await reopened.load()
    expect(after.documents.map((d) => d.docId)).toEqual(['b'])
    expect(after.pairs).toEqual([])
  })

  it('gives a cache saved before the coverage was kept its coverage, read from the index once', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange }
    const { cache } = await openReuseCache(options)
    const index = indexOf({ a: reuseWords('one two three four five six') })
    await cache.saveIndex(index.snapshot(), [['a', 'r1']], [])
    // As an earlier Casefile left it: the index row alone.
    const db = new Dexie(REUSE_CACHE_NAME, options)
    await db.open()
    await db.table('index').delete('covered')
    db.close()

    const { cache: reopened } = await openReuseCache(options)
    const expected = [['a', { outlet: 'Dawn', published: Date.UTC(2024, 0, 18) }]]
    expect((await reopened.load()).coverage?.info).toEqual(expected)
    const again = new Dexie(REUSE_CACHE_NAME, options)
    await again.open()
    expect((await again.table('index').get('covered'))?.info).toEqual(expected)
    again.close()
  })

  it('re-indexing a document replaces its pairs', async () => {
    const { cache } = await openReuseCache({ indexedDB: new IDBFactory(), IDBKeyRange })
    await cache.saveDocument(row('b', 'r2'), null, [pair])
    await cache.saveDocument(row('b', 'r3'), null, [])
    expect((await cache.load()).pairs).toEqual([])
  })

  it('works in a cache a newer Casefile left (with stores of its own)', async () => {
    const indexedDB = new IDBFactory()
    const other = new Dexie(REUSE_CACHE_NAME, { indexedDB, IDBKeyRange })
    other.version(40).stores({ index: 'key', something: 'id' })
    await other.open()
    other.close()
    const { cache, notice } = await openReuseCache({ indexedDB, IDBKeyRange })
    expect(notice).toBe(null)
    await cache.saveDocument(row('a', 'r1'), null, null)
    expect((await cache.load()).documents).toHaveLength(1)
  })
})
