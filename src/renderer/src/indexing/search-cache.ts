/**
 * The search index's own IndexedDB database: a disposable cache, separate from the
 * analyst's `casefile` database and rebuilt from it whenever it is missing, of another
 * format, or damaged. It holds every record the index has (a row each, written as soon as
 * the record changes, with a generation number; a tombstone for a removal), each source's
 * fingerprint, and the engine's snapshot (one row per column, rewritten only when the
 * index has been idle, stamped with the generation it includes). Loading reads the
 * snapshot and replays the record rows of later generations.
 *
 * The snapshot's postings, most of its bytes, are a row per chunk of terms, read when a
 * query needs them ({@link readChunks}): a restored index answers its first query after
 * reading the small columns and a few chunks, not the whole snapshot.
 */
import { Dexie, type EntityTable } from 'dexie'
import type { IndexedRecord } from '@shared/search/records-of'
import { loadSearchIndex, type SearchIndex } from '@shared/search/search-index'

/** The cache's IndexedDB name. */
export const SEARCH_CACHE_NAME = 'casefile-search-cache'

/**
 * The format of the rows below and of what they are made from (the records' shapes, the
 * tokeniser). Raising it makes every cache of an older format rebuild itself.
 */
export const CACHE_FORMAT = 2

/** A record as stored, or the tombstone of a removed one (`removed`, no fields). */
export type RecordRow =
  | (IndexedRecord & { source: string; generation: number; removed?: undefined })
  | { id: string; source: string; generation: number; removed: 1 }

/** A source of records (a document, a highlight, ...) as indexed. */
export interface SourceRow {
  /** `${kind}:${id}` (shared/search/records-of.ts `sourceKey`). */
  key: string
  fingerprint: string
  /** Its record ids. */
  ids: string[]
  generation: number
  /** The document its records belong to (a document's, a highlight's), so a deletion finds them. */
  docId?: string
}

interface MetaRow {
  key: 'format' | 'generation'
  value: number
}

/** One column of the snapshot, or the stamp saying which generation the columns include. */
interface SnapshotRow {
  key: string
  value: unknown
}

const STAMP = '$stamp'

interface Stamp {
  generation: number
  columns: string[]
  /** How many chunks of postings (rows {@link chunkKey}) the snapshot has. */
  chunks: number
}

/** The row of a chunk of postings, named by the snapshot's generation as well. */
const chunkKey = (generation: number, chunk: number) => `chunk.${generation}.${chunk}`

/** The cache database (one Dexie class, one schema version; the format is in `meta`). */
export class SearchCacheDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>
  sources!: EntityTable<SourceRow, 'key'>
  records!: EntityTable<RecordRow, 'id'>
  snapshot!: EntityTable<SnapshotRow, 'key'>

  constructor(
    name: string = SEARCH_CACHE_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    // Relaxed durability (the default): a cache that loses its last writes in a crash is
    // caught up from the analyst's data at the next start.
    super(name, { ...options, cache: 'disabled' })
    this.version(1).stores({
      meta: 'key',
      sources: 'key',
      records: 'id, generation',
      snapshot: 'key',
    })
  }
}

/** The index as the cache restored it, and what the index must be told. */
export interface LoadedCache {
  index: SearchIndex | null
  /** The last generation written. */
  generation: number
  /** Record rows replayed over the snapshot. */
  replayed: number
  /** The generation of the snapshot whose chunks the index still reads (see {@link readChunks}). */
  snapshot: number
  /** Why the cache was emptied, in words for the analyst; null when it loaded. */
  notice: string | null
}

/** Something in the cache is not as written: it is emptied and rebuilt. */
class DamagedCache extends Error {}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Splits the index's snapshot into its columns (each field, and each of the engine's) and
 * its engine's chunks of postings.
 */
export function snapshotColumns(snapshot: object): {
  columns: Map<string, unknown>
  chunks: unknown[]
} {
  const columns = new Map<string, unknown>()
  let chunks: unknown[] = []
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'data' && value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      for (const [field, column] of Object.entries(value)) {
        if (field === 'chunks' && Array.isArray(column)) chunks = column
        else columns.set(`data.${field}`, column)
      }
    } else columns.set(key, value)
  }
  return { columns, chunks }
}

function joinColumns(rows: SnapshotRow[], chunks: number): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {}
  const data: Record<string, unknown> = { chunks: new Array<null>(chunks).fill(null) }
  for (const { key, value } of rows) {
    if (key.startsWith('data.')) data[key.slice(5)] = value
    else snapshot[key] = value
  }
  snapshot.data = data
  return snapshot
}

/**
 * Gives `index` these chunks of the snapshot of `generation`, read in one transaction.
 * Rejects when one is gone (the snapshot was rewritten since: another tab's worker).
 */
export async function readChunks(
  cache: SearchCacheDatabase,
  index: SearchIndex,
  generation: number,
  chunks: readonly number[],
): Promise<void> {
  if (chunks.length === 0) return
  const rows = await cache.snapshot.bulkGet(chunks.map((c) => chunkKey(generation, c)))
  rows.forEach((row, i) => {
    if (!row) throw new Error('its stored copy changed since it was read; reload to search again')
    index.fillChunk(chunks[i]!, row.value)
  })
}

/** Replays record rows (the latest state of each id) over `index`. */
function replay(index: SearchIndex, rows: RecordRow[]): void {
  for (const row of rows) {
    if (row.removed) {
      index.remove(row.id)
      continue
    }
    if (typeof row.text !== 'string') throw new DamagedCache(`record ${row.id} has no text`)
    index.replace(row)
  }
}

async function readCache(
  cache: SearchCacheDatabase,
  createIndex: () => SearchIndex,
): Promise<LoadedCache> {
  return cache.transaction(
    'r',
    [cache.meta, cache.sources, cache.records, cache.snapshot],
    async () => {
      const format = await cache.meta.get('format')
      if (format === undefined) {
        // A cache never written to (or emptied): nothing to load, nothing to say.
        if ((await cache.sources.count()) > 0) throw new DamagedCache('it has no format')
        return { index: null, generation: 0, replayed: 0, snapshot: 0, notice: null }
      }
      if (format.value !== CACHE_FORMAT) {
        throw new OtherFormat(format.value)
      }
      const generation = (await cache.meta.get('generation'))?.value ?? 0
      const stampRow = await cache.snapshot.get(STAMP)
      let index: SearchIndex | null = null
      let after = 0
      if (stampRow) {
        const stamp = stampRow.value as Stamp
        const rows = await cache.snapshot.bulkGet(stamp.columns)
        if (rows.some((row) => row === undefined)) throw new DamagedCache('a column is missing')
        try {
          index = loadSearchIndex(joinColumns(rows as SnapshotRow[], stamp.chunks))
        } catch (error) {
          throw new DamagedCache(messageOf(error))
        }
        after = stamp.generation
      }
      const later = await cache.records.where('generation').above(after).toArray()
      if (later.length > 0) {
        index ??= createIndex()
        try {
          // A change touches any term: the whole snapshot is read (only after changes
          // that were not snapshotted, which the next idle moment writes).
          await readChunks(cache, index, after, index.missingChunks())
          replay(index, later)
        } catch (error) {
          throw new DamagedCache(messageOf(error))
        }
      }
      return {
        index,
        generation: Math.max(generation, after),
        replayed: later.length,
        snapshot: after,
        notice: null,
      }
    },
  )
}

class OtherFormat extends Error {
  constructor(readonly format: unknown) {
    super(`format ${String(format)}`)
  }
}

/**
 * Opens the cache and restores the index from it (null when the cache is empty: the
 * caller indexes everything). A cache of another format, or one that cannot be read as
 * written, is emptied and reported in `notice`; a cache that cannot be opened at all is
 * deleted and made again. Rejects only when IndexedDB itself cannot be used (the caller
 * then keeps the index in memory).
 */
export async function openSearchCache(
  cache: SearchCacheDatabase,
  createIndex: () => SearchIndex,
): Promise<LoadedCache> {
  let notice: string | null = null
  try {
    await cache.open()
  } catch (error) {
    // A database of a later schema (a newer Casefile ran here) or one IndexedDB cannot
    // open: it is only a cache.
    notice = `The search index was rebuilt: its stored copy could not be opened (${messageOf(error)}).`
    cache.close()
    await cache.delete()
    await cache.open()
  }
  try {
    const loaded = await readCache(cache, createIndex)
    return { ...loaded, notice }
  } catch (error) {
    if (!(error instanceof DamagedCache) && !(error instanceof OtherFormat)) {
      // Not the cache's contents: the read itself failed. Start over all the same.
      notice = `The search index was rebuilt: its stored copy could not be read (${messageOf(error)}).`
    } else if (error instanceof OtherFormat) {
      notice =
        'The search index was rebuilt for this version of Casefile (its stored copy was of another format).'
    } else {
      notice = `The search index was rebuilt: its stored copy was damaged (${error.message}).`
    }
    await clearCache(cache)
    return { index: null, generation: 0, replayed: 0, snapshot: 0, notice }
  }
}

/**
 * Every source's row: what reconciling and changing the index need, and a first search
 * does not (read after the index is restored: at 10,000 documents they are 300,000 ids).
 */
export async function readSources(cache: SearchCacheDatabase): Promise<Map<string, SourceRow>> {
  return new Map((await cache.sources.toArray()).map((row) => [row.key, row]))
}

/** Empties every table and writes the current format, in one transaction. */
export async function clearCache(cache: SearchCacheDatabase): Promise<void> {
  await cache.transaction(
    'rw',
    [cache.meta, cache.sources, cache.records, cache.snapshot],
    async () => {
      await Promise.all([
        cache.meta.clear(),
        cache.sources.clear(),
        cache.records.clear(),
        cache.snapshot.clear(),
      ])
      await cache.meta.bulkPut([
        { key: 'format', value: CACHE_FORMAT },
        { key: 'generation', value: 0 },
      ])
    },
  )
}

/** One generation's changes: sources indexed anew, sources gone, and their record rows. */
export interface CacheChanges {
  generation: number
  sources: SourceRow[]
  removedSources: string[]
  records: RecordRow[]
}

/** Writes one generation's changes, all in one transaction. */
export async function writeChanges(
  cache: SearchCacheDatabase,
  changes: CacheChanges,
): Promise<void> {
  await cache.transaction('rw', [cache.meta, cache.sources, cache.records], async () => {
    await cache.meta.bulkPut([
      { key: 'format', value: CACHE_FORMAT },
      { key: 'generation', value: changes.generation },
    ])
    if (changes.removedSources.length > 0) await cache.sources.bulkDelete(changes.removedSources)
    if (changes.sources.length > 0) await cache.sources.bulkPut(changes.sources)
    if (changes.records.length > 0) await cache.records.bulkPut(changes.records)
  })
}

/**
 * Replaces the stored snapshot with `snapshot`, which includes every change up to
 * `generation`, and drops the tombstones it makes useless, in one transaction.
 */
export async function writeSnapshot(
  cache: SearchCacheDatabase,
  snapshot: object,
  generation: number,
): Promise<void> {
  const { columns, chunks } = snapshotColumns(snapshot)
  const stamp: Stamp = { generation, columns: [...columns.keys()], chunks: chunks.length }
  await cache.transaction('rw', [cache.records, cache.snapshot], async () => {
    await cache.snapshot.clear()
    await cache.snapshot.bulkPut([...columns].map(([key, value]) => ({ key, value })))
    await cache.snapshot.bulkPut(
      chunks.map((value, c) => ({ key: chunkKey(generation, c), value })),
    )
    await cache.snapshot.put({ key: STAMP, value: stamp })
    const gone = await cache.records
      .where('generation')
      .belowOrEqual(generation)
      .filter((row) => row.removed === 1)
      .primaryKeys()
    await cache.records.bulkDelete(gone)
  })
}

/** The stored rows of these records (undefined for an id the cache does not have). */
export async function readRecords(
  cache: SearchCacheDatabase,
  ids: readonly string[],
): Promise<(IndexedRecord | undefined)[]> {
  const rows = await cache.records.bulkGet([...ids])
  return rows.map((row) => (row && !row.removed ? row : undefined))
}
