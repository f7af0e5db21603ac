/**
 * The reuse worker's saved work, in an IndexedDB database of its own (`casefile-reuse-cache`),
 * so a restart reads the index and the passages found instead of indexing every document
 * again:
 * - `index`: two rows: the fingerprint index's snapshot (flat typed arrays) with the (document,
 *   rev) pairs it covers, and beside it what a start needs of it (those pairs and each
 *   document's outlet and date as the index knows them), so a start does not read the
 *   snapshot (about 100 MB at 10,000 articles) until a document must be indexed;
 * - `documents`: per document and rev, its word count and its quotes (null while its names
 *   are not yet found);
 * - `words`: per document and rev, its words (typed arrays), read back only for the few
 *   documents a newly added one shares fingerprints with;
 * - `pairs`: per pair of documents (each at its rev), the passages they share.
 * A row counts only when its revs are those the index snapshot covers, so a snapshot written
 * before the last few documents were added is never read with their passages. It holds
 * nothing the analyst made: when it is missing, damaged or of another engine version it is
 * rebuilt, and when it cannot be opened at all the worker runs without it.
 */
import type { Quote } from '@shared/reuse/quotes'
import { ReuseIndex, type ReuseIndexSnapshot } from '@shared/reuse/reuse-index'
import type { SharedPassage } from '@shared/reuse/types'
import type { ReuseWords } from '@shared/reuse/words'
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie'
import { openWorkerCache, type OpenedWorkerCache } from './worker-cache'

/**
 * The version of what the reuse engine gives. Raise it whenever src/shared/reuse changes what
 * it finds (words, fingerprints, passages, quotes), so saved work is done again.
 */
export const REUSE_ENGINE_VERSION = 1

/** The cache database's name. */
export const REUSE_CACHE_NAME = 'casefile-reuse-cache'

export interface CachedIndex {
  key: 'index'
  engine: number
  snapshot: ReuseIndexSnapshot
  /** [docId, rev] of every document in the snapshot. */
  revs: [string, string][]
}

/** A document's outlet and publication date as the index knows them (ReuseIndex.info). */
export interface CoveredInfo {
  outlet: string | null
  published: number | null
}

/**
 * What a start needs of the saved index without reading it: the documents it covers and
 * what it knows of each, written with the snapshot in one transaction.
 */
export interface CachedCoverage {
  key: 'covered'
  engine: number
  /** [docId, rev] of every document in the snapshot. */
  revs: [string, string][]
  /** [docId, what the index knows of it], for the same documents. */
  info: [string, CoveredInfo][]
}

export interface CachedDocument {
  docId: string
  rev: string
  engine: number
  wordCount: number
  /** Null while the document's names (which quote speakers need) are not found yet. */
  quotes: Quote[] | null
}

export interface CachedWords {
  docId: string
  rev: string
  engine: number
  hashes: Uint32Array
  starts: Uint32Array
  ends: Uint32Array
}

export interface CachedPair {
  /** pairKey(a, b) from shared/reuse/pair-key.ts. */
  key: string
  a: string
  b: string
  revA: string
  revB: string
  engine: number
  passages: SharedPassage[]
}

/** What a restart reads: the index's coverage and every row, to be checked against its revs. */
export interface SavedReuse {
  coverage: CachedCoverage | null
  documents: CachedDocument[]
  pairs: CachedPair[]
}

/** The cache as the worker uses it. */
export interface ReuseCache {
  /** Everything saved of this engine version (rows of other versions are left out). */
  load(): Promise<SavedReuse>
  /** The index snapshot alone (null: none of this engine version), to take the index back after letting it go. */
  loadIndex(): Promise<CachedIndex | null>
  /** Words of these documents at these revs, by docId (absent: not saved). */
  words(documents: readonly { docId: string; rev: string }[]): Promise<Map<string, ReuseWords>>
  /**
   * Saves one document's work: its row, its words, and its pairs (those it shares passages
   * with now; its older pairs are replaced). `words` null keeps the saved words (quotes only).
   * `rechecked`: other pairs whose passages changed with it (an outlet's footer it made
   * furniture), saved in the same transaction.
   */
  saveDocument(
    document: CachedDocument,
    words: ReuseWords | null,
    pairs: CachedPair[] | null,
    rechecked?: { put: CachedPair[]; deleted: string[] },
  ): Promise<void>
  /** Saves pairs whose passages changed with no document's work (an edited outlet), and forgets some. */
  savePairs(rechecked: { put: CachedPair[]; deleted: string[] }): Promise<void>
  /** Forgets documents and every pair they are in. */
  remove(docIds: readonly string[]): Promise<void>
  /** Saves the index snapshot with the revs it covers and what it knows of each document. */
  saveIndex(
    snapshot: ReuseIndexSnapshot,
    revs: [string, string][],
    info: [string, CoveredInfo][],
  ): Promise<void>
}

class CacheDatabase extends Dexie {
  index!: Table<CachedIndex | CachedCoverage, string>
  documents!: EntityTable<CachedDocument, 'docId'>
  words!: EntityTable<CachedWords, 'docId'>
  pairs!: EntityTable<CachedPair, 'key'>
  constructor(name: string, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores({ index: 'key', documents: 'docId', words: 'docId', pairs: 'key, a, b' })
  }
}

function over(database: CacheDatabase): ReuseCache {
  const current = <Row extends { engine: number }>(rows: Row[]) =>
    rows.filter((row) => row?.engine === REUSE_ENGINE_VERSION)
  const loadIndex = async () => {
    const index = (await database.index.get('index')) as CachedIndex | undefined
    return index?.engine === REUSE_ENGINE_VERSION ? index : null
  }
  return {
    async load() {
      const saved = await database.transaction(
        'r',
        [database.index, database.documents, database.pairs],
        async () => {
          const coverage = (await database.index.get('covered')) as CachedCoverage | undefined
          return {
            coverage: coverage?.engine === REUSE_ENGINE_VERSION ? coverage : null,
            documents: current(await database.documents.toArray()),
            pairs: current(await database.pairs.toArray()),
          }
        },
      )
      if (saved.coverage) return saved
      // Saved before the coverage was kept beside the index: read from the index this once.
      const index = await loadIndex()
      if (!index) return saved
      let coverage: CachedCoverage
      try {
        coverage = coverageOf(ReuseIndex.fromSnapshot(index.snapshot), index.revs)
      } catch {
        return saved
      }
      await database.index.put(coverage).catch(() => undefined)
      return { ...saved, coverage }
    },
    loadIndex,
    async words(documents) {
      const rows = await database.words.bulkGet(documents.map((d) => d.docId))
      const found = new Map<string, ReuseWords>()
      documents.forEach((d, i) => {
        const row = rows[i]
        if (row && row.rev === d.rev && row.engine === REUSE_ENGINE_VERSION)
          found.set(d.docId, {
            length: row.hashes.length,
            hashes: row.hashes,
            starts: row.starts,
            ends: row.ends,
          })
      })
      return found
    },
    async saveDocument(document, words, pairs, rechecked) {
      await database.transaction(
        'rw',
        [database.documents, database.words, database.pairs],
        async () => {
          await database.documents.put(document)
          if (words)
            await database.words.put({
              docId: document.docId,
              rev: document.rev,
              engine: REUSE_ENGINE_VERSION,
              hashes: words.hashes,
              starts: words.starts,
              ends: words.ends,
            })
          if (pairs) {
            await database.pairs.where('a').equals(document.docId).delete()
            await database.pairs.where('b').equals(document.docId).delete()
            await database.pairs.bulkPut(pairs)
          }
          if (rechecked) {
            await database.pairs.bulkDelete(rechecked.deleted)
            await database.pairs.bulkPut(rechecked.put)
          }
        },
      )
    },
    async savePairs(rechecked) {
      await database.transaction('rw', database.pairs, async () => {
        await database.pairs.bulkDelete(rechecked.deleted)
        await database.pairs.bulkPut(rechecked.put)
      })
    },
    async remove(docIds) {
      if (docIds.length === 0) return
      const ids = [...docIds]
      await database.transaction(
        'rw',
        [database.documents, database.words, database.pairs],
        async () => {
          await database.documents.bulkDelete(ids)
          await database.words.bulkDelete(ids)
          await database.pairs.where('a').anyOf(ids).delete()
          await database.pairs.where('b').anyOf(ids).delete()
        },
      )
    },
    async saveIndex(snapshot, revs, info) {
      await database.index.bulkPut([
        { key: 'index', engine: REUSE_ENGINE_VERSION, snapshot, revs },
        { key: 'covered', engine: REUSE_ENGINE_VERSION, revs, info },
      ])
    },
  }
}

/** What `index` knows of the documents `revs` names: the coverage saved beside its snapshot. */
export function coverageOf(index: ReuseIndex, revs: [string, string][]): CachedCoverage {
  const info: [string, CoveredInfo][] = []
  for (const [docId] of revs) {
    const known = index.info(docId)
    if (known) info.push([docId, known])
  }
  return { key: 'covered', engine: REUSE_ENGINE_VERSION, revs, info }
}

/** A cache that keeps nothing, for when IndexedDB cannot be used. */
export const NO_REUSE_CACHE: ReuseCache = {
  load: () => Promise.resolve({ coverage: null, documents: [], pairs: [] }),
  loadIndex: () => Promise.resolve(null),
  words: () => Promise.resolve(new Map()),
  saveDocument: () => Promise.resolve(),
  savePairs: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  saveIndex: () => Promise.resolve(),
}

/** The cache, and what the analyst should be told about it (null when all is well). */
export type OpenedReuseCache = OpenedWorkerCache<ReuseCache>

/**
 * Opens the cache. One that will not open (damaged, or written by another version of the
 * app) is deleted and made again, with a notice; if even that fails, reuse is found without
 * a cache (each start indexes every document again), also with a notice. Never rejects.
 */
export function openReuseCache(
  options?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>,
  name = REUSE_CACHE_NAME,
): Promise<OpenedReuseCache> {
  return openWorkerCache(() => new CacheDatabase(name, options), over, NO_REUSE_CACHE, {
    rebuilt: (reason) =>
      `The saved text-reuse index could not be read (${reason}), so Casefile is comparing every source again.`,
    unsaved: (reason) =>
      `Text reuse found in sources cannot be saved in this browser (${reason}): sources are compared again each time Casefile starts.`,
  })
}
