/**
 * The search index as the worker keeps it: the in-memory index, which source made which
 * records (with the fingerprint they were made from), and its persistence in the search
 * cache. Every change is applied to the index at once and its record rows written in one
 * transaction with a new generation number; a start replays the rows written after the
 * snapshot. The snapshot (at 10,000 articles, tens of megabytes, and every chunk of
 * postings read first) is written again only when the index has been idle for a while
 * and the rows to replay have grown past {@link SNAPSHOT_BACKLOG}: typing notes costs a
 * few rows, not the index, and never holds up a search.
 */
import {
  sourceKeysOfRecord,
  type IndexedRecord,
  type RecordAddress,
  type SourceRecords,
} from '@shared/search/records-of'
import { createSearchIndex, type SearchIndex } from '@shared/search/search-index'
import {
  openSearchCache,
  readChunks,
  readSourceRecords,
  readSourceIds,
  readSources,
  restoreWritten,
  writeChanges,
  writeSnapshot,
  type SourceMeta,
  type SourceRecordsRow,
  type SearchCacheDatabase,
  type SourceRow,
} from './search-cache'

/** How long the index must go unchanged before its snapshot is written. */
export const SNAPSHOT_IDLE_MS = 3000

/**
 * Record rows written since the snapshot before a new one is worth writing: replaying
 * 2,000 rows at a start costs tens of milliseconds; rewriting a 10,000-article snapshot,
 * seconds.
 */
export const SNAPSHOT_BACKLOG = 2000

/**
 * Postings read per transaction when the whole snapshot is read in the background (about
 * 0.8 MB): a search that needs a chunk of the batch under way waits for all of it, and a
 * batch of 32 chunks of common words was ten times that.
 */
const POSTINGS_PER_READ = 1 << 17

/**
 * The bytes of a restored index's postings kept in memory (the most recently used
 * chunks; the others are read again from the cache when a search needs them). At 10,000
 * articles the postings are about 120 MB, and holding them all made the search worker
 * most of the renderer's memory at idle, while a key typed before any was held already
 * painted well within its 50 ms (issue 15). 32 MB holds what a few queries of common
 * words and their prefix expansions (up to 64 terms a word, each up to a couple of
 * megabytes) need, so the keys of one query, and going back to a recent one, read nothing.
 */
export const POSTINGS_BUDGET = 32 << 20

/**
 * Source keys whose records the last searches read, kept in memory (a missing source too: a
 * passage names its document both as imported and as bundled, and one of them is never
 * stored): as the analyst types, one key after the next shows mostly the same sources, and
 * reading them again from IndexedDB waits behind whatever else the origin's storage is
 * doing (names being found and cached, a backup written). About a megabyte at 10,000
 * articles (a document's row is its text).
 */
export const RECENT_SOURCES = 128

/** What a live index reports to its owner. */
export interface LiveIndexEvents {
  /** Something the analyst may want to know (a rebuild, a cache that cannot be written). */
  onNotice?: (notice: string) => void
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export class LiveIndex {
  /** Sources by key, with their fingerprints (see {@link loadSources}). */
  private sources = new Map<string, SourceMeta>()
  private sourcesRead: Promise<void> | null = null
  /**
   * The record ids of the sources whose rows are not written yet, with the generation that
   * set them; of every source when this index writes no cache. Those of the others are read
   * from the cache when a source changes: kept for all, they were most of the worker's heap.
   */
  private readonly unwrittenIds = new Map<string, { ids: string[]; generation: number }>()
  /** The changes waiting for their sources' record ids, one after another. */
  private applying: Promise<unknown> = Promise.resolve()
  /** Record rows kept here when there is no cache to read them back from. */
  private readonly memory = new Map<string, IndexedRecord>()
  /** The records of the sources read last, least recent first (see {@link RECENT_SOURCES}). */
  private readonly recent = new Map<string, ReadonlyMap<string, IndexedRecord>>()
  /** Changes applied so far: a read that overlapped one does not keep what it read. */
  private changes = 0
  private snapshotGeneration: number
  /** Records written (or replayed) since the snapshot. */
  private backlog = 0
  /**
   * The ids each source changed since the snapshot has dropped, and the generation that
   * last said so: kept in its rows until a snapshot no longer needs them.
   */
  private dropped = new Map<string, { ids: string[]; generation: number }>()
  private idleTimer: ReturnType<typeof setTimeout> | null = null
  /** The record rows' writes, one after another: what {@link read} waits for. */
  private writing: Promise<unknown> = Promise.resolve()
  /** The snapshot being written, after the rows before it (searches do not wait for it). */
  private snapshotting: Promise<boolean> | null = null
  /** The generation of the snapshot the index was restored from (its chunks' rows). */
  private restoredFrom = 0
  /** Chunks being read, so two searches needing one read it once. */
  private readonly reading = new Map<number, Promise<void>>()
  /** Every chunk being read, before a change or a snapshot (see {@link complete}). */
  private completing: Promise<void> | null = null
  /** The chunks searches under way wait for or use, by how many: never let go. */
  private readonly pinned = new Map<number, number>()
  /**
   * Whether every chunk read stays (see {@link POSTINGS_BUDGET}): while a snapshot is being
   * written, which needs them all and replaces the rows they were read from.
   */
  private keepAll = false
  /**
   * The rows applied since the snapshot being written was made: replayed over the index
   * restored from it once it is written (see {@link writeSnapshot}).
   */
  private sinceSnapshot: SourceRecordsRow[] | null = null
  /** Whether the background reading stopped with the budget full (see {@link warm}). */
  private warmed = false
  /**
   * The cache rows are read from, even when this index does not write to it (a failed
   * write, or another tab's worker writing it).
   */
  private store: SearchCacheDatabase | null

  private constructor(
    private current: SearchIndex,
    private generation: number,
    private cache: SearchCacheDatabase | null,
    private readonly idleMs: number,
    private readonly events: LiveIndexEvents,
    private readonly budget: number,
  ) {
    this.snapshotGeneration = generation
    this.store = cache
  }

  /**
   * The index as the cache holds it (empty when the cache is empty, damaged or of another
   * format: `notice` then says so). When IndexedDB cannot be used at all, the index lives
   * in memory for the session, with a notice.
   */
  static async open(
    cache: SearchCacheDatabase,
    options: { idleMs?: number; writable?: boolean; budget?: number } & LiveIndexEvents = {},
  ): Promise<{ live: LiveIndex; notice: string | null; replayed: number }> {
    const idleMs = options.idleMs ?? SNAPSHOT_IDLE_MS
    const budget = options.budget ?? POSTINGS_BUDGET
    try {
      const loaded = await openSearchCache(cache, createSearchIndex)
      const live = new LiveIndex(
        loaded.index ?? createSearchIndex(),
        loaded.generation,
        options.writable === false ? null : cache,
        idleMs,
        options,
        budget,
      )
      live.store = cache
      live.restoredFrom = loaded.snapshot
      live.snapshotGeneration = loaded.snapshot
      live.backlog = loaded.replayed
      for (const [key, ids] of loaded.dropped) live.dropped.set(key, { ids, generation: 0 })
      if (live.backlog >= SNAPSHOT_BACKLOG) live.idle()
      return { live, notice: loaded.notice, replayed: loaded.replayed }
    } catch (error) {
      const live = new LiveIndex(createSearchIndex(), 0, null, idleMs, options, budget)
      const notice = `Search keeps its index in memory only: its cache cannot be stored here (${messageOf(error)}). It is rebuilt at each start.`
      return { live, notice, replayed: 0 }
    }
  }

  /** The index searches run on (replaced by the one restored from each snapshot written). */
  get index(): SearchIndex {
    return this.current
  }

  /**
   * Reads the sources' rows from the cache, once; every method below that reads or
   * changes sources needs them read first.
   */
  loadSources(): Promise<void> {
    this.sourcesRead ??= (async () => {
      if (!this.store) return
      if (this.cache) {
        this.sources = await readSources(this.store)
        return
      }
      // Another tab's worker writes the cache: its rows may move away from this index.
      for (const { ids, ...source } of await this.store.sources.toArray()) {
        this.sources.set(source.key, source)
        this.unwrittenIds.set(source.key, { ids, generation: Infinity })
      }
    })()
    return this.sourcesRead
  }

  /**
   * Reads the chunks of postings the search of `query` needs (with its typo candidates, or
   * without), at once when it has them. A chunk may be let go before a later turn: a search
   * runs in {@link withChunks}.
   */
  prepare(query: string, typos = true): Promise<void> {
    return this.withChunks(query, typos, () => undefined)
  }

  /**
   * Runs `search` (which searches the index for `query`, with its typo candidates or
   * without) once the chunks it needs are in memory, checked in the same turn: a chunk
   * let go meanwhile is read again. Then lets go of the least recently used chunks beyond
   * the budget (a search needing more than the budget holds it only while it runs).
   */
  async withChunks<T>(query: string, typos: boolean, search: () => T): Promise<T> {
    // Every chunk read for it stays until it has run, so another search letting go of
    // chunks meanwhile cannot keep it reading.
    const pinned: number[] = []
    try {
      for (;;) {
        const wanted = this.index.chunksFor(query, { fuzzy: typos })
        if (wanted.length === 0) return search()
        for (const c of wanted) {
          pinned.push(c)
          this.pinned.set(c, (this.pinned.get(c) ?? 0) + 1)
        }
        await this.readChunks(wanted)
      }
    } finally {
      // Then the least recently used go, down to the budget: this search's chunks last.
      this.unpin(pinned)
      this.release()
    }
  }

  /** Bytes of postings held in memory (see {@link POSTINGS_BUDGET}). */
  get heldBytes(): number {
    return this.index.heldChunkBytes()
  }

  /**
   * Reads the chunks of postings not read yet, a few per transaction, letting searches run
   * between them, until the budget is full: then searches of common words need not wait.
   * Once every chunk stays in memory (a snapshot is being written), reads them all.
   */
  warm(): Promise<void> {
    return this.complete(false)
  }

  /**
   * Reads every chunk of postings not read yet (up to the budget when `all` is false), a
   * few per transaction, letting searches run between them: a new snapshot needs them all.
   */
  private complete(all = true): Promise<void> {
    if (all) this.keepAll = true
    if (this.index.missingChunks().length === 0) return Promise.resolve()
    const completing = (this.completing ??= (async () => {
      try {
        for (;;) {
          const missing = this.index.missingChunks()
          const room = this.keepAll ? Infinity : this.budget - this.index.heldChunkBytes()
          const batch: number[] = []
          let postings = 0
          for (const chunk of missing) {
            postings += this.index.chunkPostings(chunk)
            // A posting is 6 bytes (a record number, a weight). Never past the budget, or
            // what is read would let go of what was: the reading stops where it is full.
            if (postings * 6 > room || (batch.length > 0 && postings > POSTINGS_PER_READ)) break
            batch.push(chunk)
          }
          if (batch.length === 0) {
            this.warmed = true
            return
          }
          await this.readChunks(batch)
          await new Promise((resolve) => setTimeout(resolve, 0))
        }
      } finally {
        this.completing = null
      }
    })())
    // A reading up to the budget under way when everything is wanted: read the rest after it.
    return all ? completing.then(() => this.complete(true)) : completing
  }

  /**
   * Chunks of postings the background reading has yet to read: 0 once it stopped at the
   * budget (a search then reads what it needs) or every chunk is in memory.
   */
  get unread(): number {
    return this.warmed && !this.keepAll ? 0 : this.index.missingChunks().length
  }

  /** Lets go of the least recently used chunks beyond the budget (unless all must stay). */
  private release(): void {
    if (this.keepAll) return
    this.index.releaseChunks(this.budget, (c) => this.pinned.has(c) || this.reading.has(c))
  }

  private unpin(chunks: readonly number[]): void {
    for (const c of chunks) {
      const count = (this.pinned.get(c) ?? 1) - 1
      if (count > 0) this.pinned.set(c, count)
      else this.pinned.delete(c)
    }
  }

  private readChunks(chunks: readonly number[]): Promise<void> {
    const store = this.store
    const wanted = chunks.filter((c) => !this.reading.has(c))
    if (wanted.length > 0) {
      if (!store) return Promise.reject(new Error('The search index has no stored copy to read.'))
      const read = readChunks(store, this.index, this.restoredFrom, wanted)
      for (const c of wanted) {
        const reading: Promise<void> = read.then(
          () => {
            // Read: a chunk let go later is read again.
            if (this.reading.get(c) === reading) this.reading.delete(c)
          },
          (error: unknown) => {
            if (this.reading.get(c) === reading) this.reading.delete(c)
            throw error
          },
        )
        this.reading.set(c, reading)
      }
    }
    return Promise.all(chunks.map((c) => this.reading.get(c))).then(() => {
      this.release()
    })
  }

  /** Sources whose record ids are held in memory (see {@link unwrittenIds}). */
  get heldSourceIds(): number {
    return this.unwrittenIds.size
  }

  /** Records in the index. */
  get size(): number {
    return this.index.size
  }

  /** Whether the index is kept in the cache (false: in memory only). */
  get persistent(): boolean {
    return this.cache !== null
  }

  /** The fingerprint `key` was indexed with, or undefined when it is not indexed. */
  fingerprint(key: string): string | undefined {
    return this.sources.get(key)?.fingerprint
  }

  /** The keys of the indexed sources whose key starts with `prefix` ("highlight:"). */
  keysStartingWith(prefix: string): string[] {
    const keys: string[] = []
    for (const key of this.sources.keys()) if (key.startsWith(prefix)) keys.push(key)
    return keys
  }

  /** The keys of the indexed sources that belong to the document `docId` (its highlights). */
  keysOfDocument(docId: string, prefix: string): string[] {
    const keys: string[] = []
    for (const [key, row] of this.sources) {
      if (row.docId === docId && key.startsWith(prefix)) keys.push(key)
    }
    return keys
  }

  /**
   * Indexes `put` (replacing what each source had: records it no longer makes are
   * removed) and removes every record of the sources in `remove`, as one generation: the
   * index changes once the record ids these sources had are known (at once for a source
   * new or changed this session, else read from the cache), after the changes before it,
   * and the cache in one transaction after the ones before it.
   */
  apply(put: readonly SourceRecords[], remove: readonly string[] = []): Promise<void> {
    if (put.length === 0 && remove.length === 0) {
      return this.applying.then(() => this.writing).then(() => undefined)
    }
    const applied = this.applying.then(async () => {
      const before = await this.idsOf([...remove, ...put.map(({ key }) => key)])
      return this.applyNow(put, remove, before)
    })
    this.applying = applied.catch(() => undefined)
    return applied
  }

  /** The record ids each of these sources has now (none for a source not indexed). */
  private async idsOf(keys: readonly string[]): Promise<Map<string, readonly string[]>> {
    const ids = new Map<string, readonly string[]>()
    const unread: string[] = []
    for (const key of keys) {
      const held = this.unwrittenIds.get(key)
      if (held) ids.set(key, held.ids)
      else if (this.sources.has(key)) unread.push(key)
    }
    if (unread.length > 0 && this.store) {
      for (const [key, stored] of await readSourceIds(this.store, unread)) ids.set(key, stored)
    }
    return ids
  }

  private applyNow(
    put: readonly SourceRecords[],
    remove: readonly string[],
    had: ReadonlyMap<string, readonly string[]>,
  ): Promise<void> {
    const generation = ++this.generation
    this.changes++
    for (const key of remove) this.recent.delete(key)
    for (const { key } of put) this.recent.delete(key)
    const rows: SourceRecordsRow[] = []
    const sources: SourceRow[] = []
    const removedSources: string[] = []
    let changed = 0
    /** The ids `key` had (at the snapshot or since) and no longer has, for a replay. */
    const dropped = (key: string, before: readonly string[], kept: ReadonlySet<string>) => {
      const gone = new Set(this.dropped.get(key)?.ids)
      for (const id of before) gone.add(id)
      for (const id of kept) gone.delete(id)
      for (const id of gone) {
        this.index.remove(id)
        this.memory.delete(id)
      }
      const ids = [...gone]
      this.dropped.set(key, { ids, generation })
      // Records it had and no longer has (added ones are counted with the records put).
      for (const id of before) if (!kept.has(id)) changed++
      return ids
    }
    for (const key of remove) {
      if (!this.sources.has(key)) continue
      rows.push({
        key,
        generation,
        removed: 1,
        dropped: dropped(key, had.get(key) ?? [], new Set()),
      })
      this.sources.delete(key)
      this.unwrittenIds.delete(key)
      removedSources.push(key)
    }
    for (const { key, fingerprint, records } of put) {
      const ids = records.map((record) => record.id)
      const before = had.get(key) ?? []
      const gone = dropped(key, before, new Set(ids))
      for (const record of records) {
        this.index.replace(record)
        if (!this.cache) this.memory.set(record.id, record)
      }
      changed += records.length
      rows.push({ key, generation, records: [...records], dropped: gone })
      const docId = records[0]?.docId
      this.sources.set(key, { key, fingerprint, generation, docId })
      this.unwrittenIds.set(key, { ids, generation: this.cache ? generation : Infinity })
      sources.push({ key, fingerprint, ids, generation, docId })
    }
    this.sinceSnapshot?.push(...rows)
    this.backlog += changed
    if (this.backlog >= SNAPSHOT_BACKLOG) this.idle()
    const cache = this.cache
    if (!cache) return Promise.resolve()
    const written = this.writing.then(() =>
      writeChanges(cache, { generation, sources, removedSources, records: rows }).then(
        () => {
          // Written: read from the cache from now on, unless changed again since.
          for (const { key } of sources) {
            if (this.unwrittenIds.get(key)?.generation === generation) this.unwrittenIds.delete(key)
          }
        },
        (error: unknown) => this.lose(error),
      ),
    )
    this.writing = written
    return written
  }

  /**
   * The stored records of these hits, for showing results (undefined where one is not
   * there). Waits for the writes under way, so it reads what the index holds.
   */
  async read(hits: readonly RecordAddress[]): Promise<(IndexedRecord | undefined)[]> {
    // Before waiting: a change applied meanwhile may be written after this read's own.
    const changes = this.changes
    await this.writing
    const keys = [...new Set(hits.flatMap(sourceKeysOfRecord))]
    const found = new Map<string, IndexedRecord>()
    const unread: string[] = []
    for (const key of keys) {
      const records = this.recent.get(key)
      if (!records) {
        unread.push(key)
        continue
      }
      // Most recently used last.
      this.recent.delete(key)
      this.recent.set(key, records)
      for (const [id, record] of records) found.set(id, record)
    }
    if (this.store && unread.length > 0) {
      try {
        const read = await readSourceRecords(this.store, unread)
        for (const [key, list] of read) {
          const records = new Map(list.map((record) => [record.id, record]))
          for (const [id, record] of records) found.set(id, record)
          if (this.changes === changes) this.remember(key, records)
        }
      } catch {
        // Shown from memory where it can be; a result without its text still opens.
      }
    }
    return hits.map(({ id }) => this.memory.get(id) ?? found.get(id))
  }

  private remember(key: string, records: ReadonlyMap<string, IndexedRecord>): void {
    this.recent.set(key, records)
    if (this.recent.size > RECENT_SOURCES) {
      this.recent.delete(this.recent.keys().next().value!)
    }
  }

  /**
   * Writes the snapshot now if anything changed since the last one; false when there is
   * no cache to write it to or the write failed.
   */
  async persist(): Promise<boolean> {
    this.cancelIdle()
    while (this.snapshotting) await this.snapshotting
    if (!this.cache) return false
    const done = this.writeSnapshot()
    this.snapshotting = done
    try {
      return await done
    } finally {
      if (this.snapshotting === done) this.snapshotting = null
    }
  }

  private async writeSnapshot(): Promise<boolean> {
    if (!this.cache) return false
    if (this.generation === this.snapshotGeneration) {
      // Nothing to write: the chunks need not all be read.
      await this.writing
      return this.cache !== null
    }
    try {
      // Every chunk, kept from now on: the snapshot needs them, and replaces their rows.
      await this.complete()
    } catch (error) {
      this.lose(error)
      return false
    }
    const cache = this.cache
    if (!cache) return false
    const generation = this.generation
    if (generation === this.snapshotGeneration) {
      await this.writing
      return this.cache !== null
    }
    const backlog = this.backlog
    const snapshot = this.index.snapshot()
    const since: SourceRecordsRow[] = []
    this.sinceSnapshot = since
    try {
      // After the rows it includes (their generation is what it is stamped with).
      await this.writing
      await writeSnapshot(cache, snapshot, generation)
      this.snapshotGeneration = generation
      this.backlog -= backlog
      for (const [key, last] of this.dropped) {
        if (last.generation <= generation) this.dropped.delete(key)
      }
      this.restoreFromWritten(snapshot, generation, since)
      return true
    } catch (error) {
      this.lose(error)
      return false
    } finally {
      this.sinceSnapshot = null
      this.keepAll = false
    }
  }

  /**
   * Goes on with the index a start would restore from the snapshot just written, holding
   * postings up to the budget, instead of the one it was made from, which holds them all:
   * at 10,000 articles that is 120 MB a session writing a snapshot would keep until it
   * ends (issue 15, ADR 0013). The changes applied while it was written are replayed.
   */
  private restoreFromWritten(
    snapshot: object,
    generation: number,
    since: SourceRecordsRow[],
  ): void {
    this.current = restoreWritten(snapshot, since, this.budget)
    this.restoredFrom = generation
    this.warmed = true
  }

  /** Stops the idle timer (the worker is going away). */
  close(): void {
    this.cancelIdle()
  }

  private idle(): void {
    this.cancelIdle()
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      void this.persist()
    }, this.idleMs)
  }

  private cancelIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }

  /**
   * A write failed (a full disk): the index goes on in memory for the session. The cache
   * keeps what it had, consistent with its own fingerprints, and the next start catches
   * it up from the analyst's data.
   */
  private lose(error: unknown): void {
    if (!this.cache) return
    this.cache = null
    this.events.onNotice?.(
      `Search could not save its index (${messageOf(error)}); it works for now and catches up at the next start.`,
    )
  }
}
