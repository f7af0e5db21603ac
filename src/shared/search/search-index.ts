/**
 * The full-text index of everything an analyst can search: source passages (one record per
 * block), highlights, claims, events and briefs. It keeps each record's kind, source, tags
 * and date for filters, delegates matching to a {@link SearchEngineKind} (Casefile's inverted index by
 * default) and persists as a snapshot of plain data and typed arrays (what IndexedDB
 * stores by structured clone).
 */
import { invertedEngine } from './inverted-engine'
import type { EngineFields, SearchEngine, SearchEngineKind } from './search-engine'
import { queryWords } from './tokenise'

/** What a record is. */
export type SearchKind = 'passage' | 'highlight' | 'claim' | 'event' | 'brief'

/**
 * One searchable thing. `text` is what is searched (a passage's block; a highlight's quote
 * and note; a claim's statement and note; an event's description; a brief's summary);
 * `title` is searched with a boost. `date` is epoch milliseconds.
 */
export interface SearchRecord {
  /** Unique in the index ("docId#12" for a passage, the record's own id otherwise). */
  id: string
  kind: SearchKind
  /** The source it belongs to (passages, highlights). */
  docId?: string
  title?: string
  text: string
  tags?: readonly string[]
  date?: number
}

/** Filters: a record must pass every one given. */
export interface SearchFilters {
  /** Only records of these sources. */
  docIds?: readonly string[]
  /** Only records with at least one of these tags. */
  tags?: readonly string[]
  /** Only records dated at or after this instant (undated records are excluded). */
  from?: number
  /** Only records dated at or before this instant (undated records are excluded). */
  to?: number
}

/** How to search. */
export interface SearchOptions {
  /** The last word also finds the words it begins (as the user types). Default true. */
  prefix?: boolean
  /** Words of 5 letters or more also find words an edit or two away. Default false. */
  fuzzy?: boolean
  /** Only records of these kinds; all when omitted or empty. */
  kinds?: readonly SearchKind[]
  filters?: SearchFilters
  /** At most this many hits (50 by default). */
  limit?: number
}

/** One result, best first. */
export interface SearchHit {
  id: string
  kind: SearchKind
  docId?: string
  /** Higher is better; only comparable within one search. */
  score: number
}

/** The index. Ids are unique: adding an id that is there throws; use `replace`. */
export interface SearchIndex {
  /** The engine's name ("minisearch"). */
  readonly engine: string
  /** How many records it holds. */
  readonly size: number
  has(id: string): boolean
  add(record: SearchRecord): void
  /** Adds each record in order (throws at the first duplicate, keeping those before it). */
  addAll(records: Iterable<SearchRecord>): void
  /** Removes the record with this id; false when there was none. */
  remove(id: string): boolean
  /** Adds the record, or replaces the one with its id (after an edit). */
  replace(record: SearchRecord): void
  /**
   * The records matching every word of `query` (see {@link SearchOptions}), best first. A
   * query with no words (empty, punctuation) finds nothing.
   */
  search(query: string, options?: SearchOptions): SearchHit[]
  /**
   * The whole index as a structured-clonable snapshot, for {@link loadSearchIndex}. Its
   * engine's postings come in `data.chunks`, which a store may keep apart and give back
   * one by one ({@link fillChunk}). Throws while a restored index lacks a chunk.
   */
  snapshot(): SearchIndexSnapshot
  /**
   * The chunks of a restored snapshot that `query` (searched with `options`; fuzzily
   * too when `fuzzy` is true, which covers the exact search) needs and does not have.
   * A search, change or snapshot must not touch a term of a missing chunk.
   */
  chunksFor(query: string, options?: SearchOptions): number[]
  /** Every chunk still missing (all must be given before a snapshot). */
  missingChunks(): number[]
  /** How many postings a chunk holds (0 for an engine without chunks). */
  chunkPostings(chunk: number): number
  /** Gives a restored index one chunk of its snapshot (`data.chunks[chunk]` as stored). */
  fillChunk(chunk: number, value: unknown): void
  /** Bytes of the chunks of postings the index holds as given (0 for an engine without chunks). */
  heldChunkBytes(): number
  /**
   * Lets go of the least recently used chunks (given or searched) until those held come
   * to at most `budget` bytes, skipping those `keep` names; a chunk let go is missing
   * again and can be given again as stored. Only a chunk whose postings carry no change
   * is let go (a term added to since keeps its own copy). The bytes held after.
   */
  releaseChunks(budget: number, keep?: (chunk: number) => boolean): number
}

const FORMAT = 'casefile-search-index'
const VERSION = 4

const KINDS: readonly SearchKind[] = ['passage', 'highlight', 'claim', 'event', 'brief']

/**
 * A stored index: the records' metadata in columns, by record number (the engine's: its
 * snapshot numbers the live records 0, 1, 2, ... and holds their ids), then the engine's
 * own snapshot. Plain data and typed arrays only.
 */
export interface SearchIndexSnapshot {
  format: typeof FORMAT
  version: typeof VERSION
  engine: string
  /** Index into KINDS. */
  kinds: Uint8Array
  /** The sources named, and each record's index into them (-1: none). */
  docs: string[]
  docOf: Int32Array
  /** Epoch ms; NaN: undated. */
  dates: Float64Array
  /** The records with tags, by number, and their tags. */
  tagged: Uint32Array
  tags: string[][]
  data: unknown
}

function fieldsOf(record: SearchRecord): EngineFields {
  return { title: record.title, text: record.text, tags: record.tags }
}

/**
 * Each record's kind, source, date and tags, by its engine number: columns rather than an
 * object per record, so a restored index of 200,000 records is ready without building
 * 200,000 objects, and a filter reads numbers.
 */
class RecordColumns {
  kinds: Uint8Array
  docOf: Int32Array
  dates: Float64Array
  readonly tags = new Map<number, readonly string[]>()
  readonly docs: string[]
  private readonly docNumber = new Map<string, number>()
  private alive: Uint8Array
  /** Records numbered so far (live and removed). */
  length: number
  live: number

  constructor(stored?: Omit<SearchIndexSnapshot, 'format' | 'version' | 'engine' | 'data'>) {
    this.docs = stored ? [...stored.docs] : []
    this.docs.forEach((doc, i) => this.docNumber.set(doc, i))
    this.kinds = stored ? stored.kinds.slice() : new Uint8Array(1024)
    this.docOf = stored ? stored.docOf.slice() : new Int32Array(1024)
    this.dates = stored ? stored.dates.slice() : new Float64Array(1024)
    this.length = this.live = stored ? stored.kinds.length : 0
    this.alive = new Uint8Array(Math.max(1024, this.length)).fill(1, 0, this.length)
    stored?.tagged.forEach((record, i) => this.tags.set(record, stored.tags[i]!))
  }

  set(record: number, meta: SearchRecord): void {
    if (record !== this.length)
      throw new Error(`The engine numbered a record ${record}, not ${this.length}.`)
    if (record >= this.kinds.length) this.grow(Math.max(1024, record * 2))
    this.kinds[record] = KINDS.indexOf(meta.kind)
    this.docOf[record] = meta.docId === undefined ? -1 : this.docNumberOf(meta.docId)
    this.dates[record] = meta.date ?? NaN
    if (meta.tags) this.tags.set(record, meta.tags)
    this.alive[record] = 1
    this.length++
    this.live++
  }

  remove(record: number): void {
    if (!this.alive[record]) return
    this.alive[record] = 0
    this.tags.delete(record)
    this.live--
  }

  /** The number of a source named already; -1 for one no record names. */
  knownDoc(docId: string): number {
    return this.docNumber.get(docId) ?? -1
  }

  kind(record: number): SearchKind {
    return KINDS[this.kinds[record]!] ?? 'passage'
  }

  docId(record: number): string | undefined {
    const doc = this.docOf[record]!
    return doc >= 0 ? this.docs[doc] : undefined
  }

  /** The number of a source, which the columns name from now on. */
  private docNumberOf(docId: string): number {
    let doc = this.docNumber.get(docId)
    if (doc === undefined) {
      doc = this.docs.length
      this.docs.push(docId)
      this.docNumber.set(docId, doc)
    }
    return doc
  }

  /** The live records' columns, numbered again from 0 as the engine's snapshot numbers them. */
  snapshot(): Omit<SearchIndexSnapshot, 'format' | 'version' | 'engine' | 'data'> {
    const kinds = new Uint8Array(this.live)
    const docOf = new Int32Array(this.live)
    const dates = new Float64Array(this.live)
    const tagged: number[] = []
    const tags: string[][] = []
    const docs: string[] = []
    const renumberDoc = new Map<number, number>()
    let next = 0
    for (let record = 0; record < this.length; record++) {
      if (!this.alive[record]) continue
      kinds[next] = this.kinds[record]!
      const doc = this.docOf[record]!
      if (doc >= 0 && !renumberDoc.has(doc)) {
        renumberDoc.set(doc, docs.length)
        docs.push(this.docs[doc]!)
      }
      docOf[next] = doc >= 0 ? renumberDoc.get(doc)! : -1
      dates[next] = this.dates[record]!
      const own = this.tags.get(record)
      if (own) {
        tagged.push(next)
        tags.push([...own])
      }
      next++
    }
    return { kinds, docs, docOf, dates, tagged: Uint32Array.from(tagged), tags }
  }

  private grow(size: number): void {
    const kinds = new Uint8Array(size)
    kinds.set(this.kinds)
    const docOf = new Int32Array(size)
    docOf.set(this.docOf)
    const dates = new Float64Array(size)
    dates.set(this.dates)
    const alive = new Uint8Array(size)
    alive.set(this.alive)
    this.kinds = kinds
    this.docOf = docOf
    this.dates = dates
    this.alive = alive
  }
}

/** A test of a record number against `options`' kinds and filters; undefined: no filter. */
function filterOf(
  columns: RecordColumns,
  options: SearchOptions,
): ((record: number) => boolean) | undefined {
  const kinds =
    options.kinds && options.kinds.length > 0
      ? new Set(options.kinds.map((k) => KINDS.indexOf(k)))
      : null
  const f = options.filters ?? {}
  const docs = f.docIds
    ? new Set(f.docIds.map((id) => columns.knownDoc(id)).filter((n) => n >= 0))
    : null
  const tags = f.tags ? new Set(f.tags) : null
  const { from, to } = f
  if (!kinds && !docs && !tags && from === undefined && to === undefined) return undefined
  return (record) => {
    if (kinds && !kinds.has(columns.kinds[record]!)) return false
    if (docs && !docs.has(columns.docOf[record]!)) return false
    if (tags && !(columns.tags.get(record) ?? []).some((t) => tags.has(t))) return false
    const date = columns.dates[record]!
    // NaN (undated) fails both comparisons, as an undated record must.
    if (from !== undefined && !(date >= from)) return false
    if (to !== undefined && !(date <= to)) return false
    return true
  }
}

function build(kind: SearchEngineKind, engine: SearchEngine, columns: RecordColumns) {
  if (engine.numbered !== columns.length) {
    throw new Error(
      `The index has ${columns.length} records' details for ${engine.numbered} records.`,
    )
  }
  const index: SearchIndex = {
    engine: kind.name,
    get size() {
      return columns.live
    },
    has: (id) => engine.recordOf(id) !== undefined,
    add(record) {
      if (record.id === '' || record.id.includes('\n')) {
        throw new Error('A record id must be non-empty, with no line break.')
      }
      if (engine.recordOf(record.id) !== undefined) {
        throw new Error(`The search index already has ${record.id}.`)
      }
      // The text is not kept: the engines remove by id alone.
      columns.set(engine.add(record.id, fieldsOf(record)), record)
    },
    addAll(records) {
      for (const record of records) index.add(record)
    },
    remove(id) {
      const record = engine.remove(id)
      if (record === undefined) return false
      columns.remove(record)
      return true
    },
    replace(record) {
      index.remove(record.id)
      index.add(record)
    },
    search(query, options = {}) {
      const words = queryWords(query)
      if (words.length === 0) return []
      const hits = engine.search({
        words,
        prefix: options.prefix ?? true,
        fuzzy: options.fuzzy ?? false,
        limit: options.limit ?? 50,
        accept: filterOf(columns, options),
      })
      return hits.map((hit) => ({
        id: hit.id,
        kind: columns.kind(hit.record),
        docId: columns.docId(hit.record),
        score: hit.score,
      }))
    },
    chunksFor(query, options = {}) {
      const words = queryWords(query)
      if (words.length === 0 || !engine.chunksFor) return []
      return engine.chunksFor({
        words,
        prefix: options.prefix ?? true,
        fuzzy: options.fuzzy ?? false,
        limit: options.limit ?? 50,
      })
    },
    missingChunks: () => engine.missingChunks?.() ?? [],
    chunkPostings: (chunk) => engine.chunkPostings?.(chunk) ?? 0,
    fillChunk(chunk, value) {
      if (!engine.fillChunk) throw new Error(`The ${kind.name} engine has no chunks.`)
      engine.fillChunk(chunk, value)
    },
    heldChunkBytes: () => engine.heldChunkBytes?.() ?? 0,
    releaseChunks: (budget, keep) => engine.releaseChunks?.(budget, keep) ?? 0,
    snapshot() {
      const data = engine.snapshot()
      return { format: FORMAT, version: VERSION, engine: kind.name, ...columns.snapshot(), data }
    },
  }
  return index
}

/** An empty index over `engine` (the inverted index by default). */
export function createSearchIndex(engine: SearchEngineKind = invertedEngine): SearchIndex {
  return build(engine, engine.create(), new RecordColumns())
}

/**
 * Restores an index from {@link SearchIndex.snapshot}. Throws when it is not a search
 * index, was written by another version, or by another engine than `engine` (the caller
 * then rebuilds the index from the records).
 */
export function loadSearchIndex(
  stored: unknown,
  engine: SearchEngineKind = invertedEngine,
): SearchIndex {
  const snapshot = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof SearchIndexSnapshot, unknown>
  >
  if (snapshot.format !== FORMAT) {
    throw new Error('This is not a Casefile search index.')
  }
  if (snapshot.version !== VERSION) {
    throw new Error(`The search index has version ${String(snapshot.version)}, not ${VERSION}.`)
  }
  if (snapshot.engine !== engine.name) {
    throw new Error(`The search index was built by ${String(snapshot.engine)}, not ${engine.name}.`)
  }
  const columns = snapshot as SearchIndexSnapshot
  const { kinds, docOf, dates, tagged, tags } = columns
  if (
    !(kinds instanceof Uint8Array) ||
    !(docOf instanceof Int32Array) ||
    !(dates instanceof Float64Array) ||
    !(tagged instanceof Uint32Array) ||
    !Array.isArray(columns.docs) ||
    !Array.isArray(tags) ||
    docOf.length !== kinds.length ||
    dates.length !== kinds.length ||
    tags.length !== tagged.length
  ) {
    throw new Error('The search index is inconsistent.')
  }
  return build(engine, engine.load(snapshot.data), new RecordColumns(columns))
}
