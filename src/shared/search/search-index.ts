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
  /** Every chunk still missing (all must be given before a change or a snapshot). */
  missingChunks(): number[]
  /** Gives a restored index one chunk of its snapshot (`data.chunks[chunk]` as stored). */
  fillChunk(chunk: number, value: unknown): void
}

/** What the index keeps of a record besides the engine's copy: filters and removal. */
interface RecordMeta {
  kind: SearchKind
  docId?: string
  tags?: readonly string[]
  date?: number
}

const FORMAT = 'casefile-search-index'
const VERSION = 3

const KINDS: readonly SearchKind[] = ['passage', 'highlight', 'claim', 'event', 'brief']

/**
 * A stored index: the records' metadata in columns (one entry per record, in `ids`
 * order), then the engine's own snapshot. Plain data and typed arrays only.
 */
export interface SearchIndexSnapshot {
  format: typeof FORMAT
  version: typeof VERSION
  engine: string
  /** Record ids joined by "\n" (one string clones as one copy; ids hold no line break). */
  ids: string
  /** Index into KINDS. */
  kinds: Uint8Array
  /** The sources named, and each record's index into them (-1: none). */
  docs: string[]
  docOf: Int32Array
  /** Epoch ms; NaN: undated. */
  dates: Float64Array
  /** The records with tags, by position in `ids`, and their tags. */
  tagged: Uint32Array
  tags: string[][]
  data: unknown
}

function fieldsOf(record: SearchRecord): EngineFields {
  return { title: record.title, text: record.text, tags: record.tags }
}

function accepts(meta: RecordMeta, options: SearchOptions): boolean {
  if (options.kinds && options.kinds.length > 0 && !options.kinds.includes(meta.kind)) {
    return false
  }
  const f = options.filters
  if (!f) return true
  if (f.docIds && (meta.docId === undefined || !f.docIds.includes(meta.docId))) return false
  if (f.tags && !(meta.tags ?? []).some((t) => f.tags!.includes(t))) return false
  if (f.from !== undefined && (meta.date === undefined || meta.date < f.from)) return false
  if (f.to !== undefined && (meta.date === undefined || meta.date > f.to)) return false
  return true
}

function build(kind: SearchEngineKind, engine: SearchEngine, metas: Map<string, RecordMeta>) {
  const index: SearchIndex = {
    engine: kind.name,
    get size() {
      return metas.size
    },
    has: (id) => metas.has(id),
    add(record) {
      if (metas.has(record.id)) throw new Error(`The search index already has ${record.id}.`)
      if (record.id === '' || record.id.includes('\n')) {
        throw new Error('A record id must be non-empty, with no line break.')
      }
      engine.add(record.id, fieldsOf(record))
      // The text is not kept: the engines remove by id alone.
      metas.set(record.id, {
        kind: record.kind,
        docId: record.docId,
        tags: record.tags,
        date: record.date,
      })
    },
    addAll(records) {
      for (const record of records) index.add(record)
    },
    remove(id) {
      const meta = metas.get(id)
      if (!meta) return false
      engine.remove(id)
      metas.delete(id)
      return true
    },
    replace(record) {
      index.remove(record.id)
      index.add(record)
    },
    search(query, options = {}) {
      const words = queryWords(query)
      if (words.length === 0) return []
      const filtered = (options.kinds && options.kinds.length > 0) || options.filters !== undefined
      const hits = engine.search({
        words,
        prefix: options.prefix ?? true,
        fuzzy: options.fuzzy ?? false,
        limit: options.limit ?? 50,
        accept: filtered
          ? (id) => {
              const meta = metas.get(id)
              return meta !== undefined && accepts(meta, options)
            }
          : undefined,
      })
      const result: SearchHit[] = []
      for (const hit of hits) {
        const meta = metas.get(hit.id)
        if (!meta) continue
        result.push({ id: hit.id, kind: meta.kind, docId: meta.docId, score: hit.score })
      }
      return result
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
    fillChunk(chunk, value) {
      if (!engine.fillChunk) throw new Error(`The ${kind.name} engine has no chunks.`)
      engine.fillChunk(chunk, value)
    },
    snapshot() {
      const ids: string[] = []
      const kinds = new Uint8Array(metas.size)
      const docs: string[] = []
      const docNumber = new Map<string, number>()
      const docOf = new Int32Array(metas.size)
      const dates = new Float64Array(metas.size)
      const tagged: number[] = []
      const tags: string[][] = []
      for (const [id, meta] of metas) {
        const i = ids.length
        ids.push(id)
        kinds[i] = KINDS.indexOf(meta.kind)
        let doc = -1
        if (meta.docId !== undefined) {
          doc = docNumber.get(meta.docId) ?? docs.length
          if (doc === docs.length) {
            docNumber.set(meta.docId, doc)
            docs.push(meta.docId)
          }
        }
        docOf[i] = doc
        dates[i] = meta.date ?? NaN
        if (meta.tags) {
          tagged.push(i)
          tags.push([...meta.tags])
        }
      }
      return {
        format: FORMAT,
        version: VERSION,
        engine: kind.name,
        ids: ids.join('\n'),
        kinds,
        docs,
        docOf,
        dates,
        tagged: Uint32Array.from(tagged),
        tags,
        data: engine.snapshot(),
      }
    },
  }
  return index
}

/** An empty index over `engine` (the inverted index by default). */
export function createSearchIndex(engine: SearchEngineKind = invertedEngine): SearchIndex {
  return build(engine, engine.create(), new Map())
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
  if (snapshot.format !== FORMAT || typeof snapshot.ids !== 'string') {
    throw new Error('This is not a Casefile search index.')
  }
  if (snapshot.version !== VERSION) {
    throw new Error(`The search index has version ${String(snapshot.version)}, not ${VERSION}.`)
  }
  if (snapshot.engine !== engine.name) {
    throw new Error(`The search index was built by ${String(snapshot.engine)}, not ${engine.name}.`)
  }
  const { kinds, docs, docOf, dates, tagged, tags } = snapshot as SearchIndexSnapshot
  const ids = snapshot.ids === '' ? [] : (snapshot.ids as string).split('\n')
  const tagsAt = new Map<number, string[]>()
  tagged.forEach((position, i) => tagsAt.set(position, tags[i]!))
  // A source's paragraphs share kind, source and date: one metadata object serves them all
  // (records are never changed in place, only removed or replaced).
  const shared = new Map<string, RecordMeta>()
  const metas = new Map<string, RecordMeta>()
  for (let i = 0; i < ids.length; i++) {
    const doc = docOf[i]!
    const date = dates[i]!
    const ownTags = tagsAt.get(i)
    const key = `${kinds[i]}\n${doc}\n${date}`
    let meta = ownTags ? undefined : shared.get(key)
    if (!meta) {
      meta = {
        kind: KINDS[kinds[i]!] ?? 'passage',
        docId: doc >= 0 ? docs[doc] : undefined,
        date: Number.isNaN(date) ? undefined : date,
        tags: ownTags,
      }
      if (!ownTags) shared.set(key, meta)
    }
    metas.set(ids[i]!, meta)
  }
  return build(engine, engine.load(snapshot.data), metas)
}
