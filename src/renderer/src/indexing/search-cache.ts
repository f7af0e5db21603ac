/**
 * The search index's own IndexedDB database: a disposable cache, separate from the
 * analyst's `casefile` database and rebuilt from it whenever it is missing, of another
 * format, or damaged. It holds every record the index has (one row per source with all its
 * records, written as soon as the source changes, with a generation number; a tombstone
 * for a removed source), each source's fingerprint, and the engine's snapshot (one row per
 * column, rewritten only now and then, stamped with the generation it includes). Loading
 * reads the snapshot and replays the rows of later generations. A row per source rather
 * than per record: building the index of 10,000 articles writes 10,000 rows, not 200,000.
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
export const CACHE_FORMAT = 3

/**
 * A source's records as stored, or the tombstone of a removed source (`removed`, no
 * records). `dropped` lists the ids the source had at the last snapshot (or since) and
 * has no more, so a start that replays the row removes them from the snapshot's index.
 */
export type SourceRecordsRow =
  | {
      key: string
      generation: number
      records: IndexedRecord[]
      dropped: string[]
      removed?: undefined
    }
  | { key: string; generation: number; records?: undefined; dropped: string[]; removed: 1 }

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
  sourceRecords!: EntityTable<SourceRecordsRow, 'key'>
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
    // A row per source; tombstones by themselves (a row without `removed` is not in that
    // index), so dropping them does not read every record's text.
    this.version(2).stores({ records: null, sourceRecords: 'key, generation, removed' })
  }
}

/** The index as the cache restored it, and what the index must be told. */
export interface LoadedCache {
  index: SearchIndex | null
  /** The last generation written. */
  generation: number
  /** Records replayed over the snapshot. */
  replayed: number
  /** Each replayed source's `dropped` ids (see {@link SourceRecordsRow}). */
  dropped: Map<string, string[]>
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

/**
 * The index a start would restore from `snapshot` just written (as {@link writeSnapshot}
 * stores it: its chunks numbered as stored), with `rows`
 * written since replayed over it, and its chunks given in order while their bytes stay
 * within `budget`, as a start's background reading would leave them: what the worker that
 * wrote the snapshot keeps instead of the index it was made from, which holds every
 * posting (ADR 0013).
 */
export function restoreWritten(
  snapshot: object,
  rows: SourceRecordsRow[],
  budget: number,
): SearchIndex {
  const { columns, chunks } = snapshotColumns(snapshot)
  const index = loadSearchIndex(
    joinColumns(
      [...columns].map(([key, value]) => ({ key, value })),
      chunks.length,
    ),
  )
  for (let c = 0; c < chunks.length; c++) {
    index.fillChunk(c, chunks[c])
    if (index.heldChunkBytes() > budget) {
      // The one that went past the budget goes again; the reading stops where it is full.
      index.releaseChunks(budget, (kept) => kept !== c)
      break
    }
  }
  replay(index, rows)
  return index
}

/** Replays source rows (in generation order) over `index`; the records replayed. */
function replay(index: SearchIndex, rows: SourceRecordsRow[]): number {
  let replayed = 0
  for (const row of rows) {
    if (!Array.isArray(row.dropped)) throw new DamagedCache(`source ${row.key} has no removals`)
    for (const id of row.dropped) index.remove(id)
    if (row.removed) continue
    if (!Array.isArray(row.records)) throw new DamagedCache(`source ${row.key} has no records`)
    for (const record of row.records) {
      if (typeof record.text !== 'string') throw new DamagedCache(`record ${record.id} has no text`)
      index.replace(record)
      replayed++
    }
  }
  return replayed
}

async function readCache(
  cache: SearchCacheDatabase,
  createIndex: () => SearchIndex,
): Promise<LoadedCache> {
  return cache.transaction(
    'r',
    [cache.meta, cache.sources, cache.sourceRecords, cache.snapshot],
    async () => {
      const format = await cache.meta.get('format')
      if (format === undefined) {
        // A cache never written to (or emptied): nothing to load, nothing to say.
        if ((await cache.sources.count()) > 0) throw new DamagedCache('it has no format')
        return { ...EMPTY, notice: null }
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
      const later = await cache.sourceRecords.where('generation').above(after).toArray()
      let replayed = 0
      if (later.length > 0) {
        index ??= createIndex()
        try {
          // No chunk is needed: the index keeps postings added to unread terms apart.
          replayed = replay(index, later)
        } catch (error) {
          throw new DamagedCache(messageOf(error))
        }
      }
      return {
        index,
        generation: Math.max(generation, after),
        replayed,
        dropped: new Map(later.map((row) => [row.key, row.dropped])),
        snapshot: after,
        notice: null,
      }
    },
  )
}

const EMPTY = { index: null, generation: 0, replayed: 0, dropped: new Map(), snapshot: 0 }

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
    return { ...EMPTY, dropped: new Map(), notice }
  }
}

/** A source as the index keeps it in memory: its record ids are read when it changes. */
export type SourceMeta = Omit<SourceRow, 'ids'>

/**
 * Every source's row but its record ids: what reconciling the index needs, and a first
 * search does not (read after the index is restored). The ids, about 200,000 strings at
 * 10,000 documents, are read for the sources that change ({@link readSourceIds}).
 */
export async function readSources(cache: SearchCacheDatabase): Promise<Map<string, SourceMeta>> {
  const sources = new Map<string, SourceMeta>()
  for (const { key, fingerprint, generation, docId } of await cache.sources.toArray()) {
    sources.set(key, { key, fingerprint, generation, docId })
  }
  return sources
}

/** The record ids of these sources as stored (a source not stored maps to none). */
export async function readSourceIds(
  cache: SearchCacheDatabase,
  keys: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await cache.sources.bulkGet([...keys])
  return new Map(keys.map((key, i) => [key, rows[i]?.ids ?? []]))
}

/** Empties every table and writes the current format, in one transaction. */
export async function clearCache(cache: SearchCacheDatabase): Promise<void> {
  await cache.transaction(
    'rw',
    [cache.meta, cache.sources, cache.sourceRecords, cache.snapshot],
    async () => {
      await Promise.all([
        cache.meta.clear(),
        cache.sources.clear(),
        cache.sourceRecords.clear(),
        cache.snapshot.clear(),
      ])
      await cache.meta.bulkPut([
        { key: 'format', value: CACHE_FORMAT },
        { key: 'generation', value: 0 },
      ])
    },
  )
}

/** One generation's changes: sources indexed anew, sources gone, and their records' rows. */
export interface CacheChanges {
  generation: number
  sources: SourceRow[]
  removedSources: string[]
  records: SourceRecordsRow[]
}

/** Writes one generation's changes, all in one transaction. */
export async function writeChanges(
  cache: SearchCacheDatabase,
  changes: CacheChanges,
): Promise<void> {
  await cache.transaction('rw', [cache.meta, cache.sources, cache.sourceRecords], async () => {
    await cache.meta.bulkPut([
      { key: 'format', value: CACHE_FORMAT },
      { key: 'generation', value: changes.generation },
    ])
    if (changes.removedSources.length > 0) await cache.sources.bulkDelete(changes.removedSources)
    if (changes.sources.length > 0) await cache.sources.bulkPut(changes.sources)
    if (changes.records.length > 0) await cache.sourceRecords.bulkPut(changes.records)
  })
}

/**
 * Replaces the stored snapshot with `snapshot`, which includes every change up to
 * `generation`, in one transaction; then drops the tombstones it makes useless, in another
 * (a start replays only later rows, so one left by a crash between the two is harmless).
 * The snapshot's transaction leaves the records alone, so results can be read meanwhile.
 */
export async function writeSnapshot(
  cache: SearchCacheDatabase,
  snapshot: object,
  generation: number,
): Promise<void> {
  const { columns, chunks } = snapshotColumns(snapshot)
  const stamp: Stamp = { generation, columns: [...columns.keys()], chunks: chunks.length }
  await cache.transaction('rw', [cache.snapshot], async () => {
    await cache.snapshot.clear()
    await cache.snapshot.bulkPut([...columns].map(([key, value]) => ({ key, value })))
    await cache.snapshot.bulkPut(
      chunks.map((value, c) => ({ key: chunkKey(generation, c), value })),
    )
    await cache.snapshot.put({ key: STAMP, value: stamp })
  })
  await cache.transaction('rw', [cache.sourceRecords], async () => {
    const gone = await cache.sourceRecords
      .where('removed')
      .equals(1)
      .filter((row) => row.generation <= generation)
      .primaryKeys()
    await cache.sourceRecords.bulkDelete(gone)
  })
}

/**
 * The stored records of each of these sources, by source key; a source not stored (or
 * removed) maps to an empty list.
 */
export async function readSourceRecords(
  cache: SearchCacheDatabase,
  sourceKeys: readonly string[],
): Promise<Map<string, IndexedRecord[]>> {
  const keys = [...new Set(sourceKeys)]
  const rows = await cache.sourceRecords.bulkGet(keys)
  return new Map(keys.map((key, i) => [key, rowRecords(rows[i])]))
}

function rowRecords(row: SourceRecordsRow | undefined): IndexedRecord[] {
  return !row || row.removed ? [] : row.records
}
