/**
 * Casefile's own full-text engine: an inverted index kept in typed arrays. MiniSearch and
 * FlexSearch (ADR 0010) keep a JavaScript object per posting, which at 10,000 articles
 * meant 0.8 GiB of heap, ~1 s for a query of common words and 29 s to load; here each
 * term's postings are two typed arrays (record numbers, weighted term frequencies), a
 * query walks the postings of its words from the rarest, scores only the records that have
 * every word (BM25) and keeps the best in a heap, and a snapshot is a few typed arrays.
 *
 * Matching is the other engines': every query word must match (AND); a compound matches
 * whole or by all its parts; the last word may match the terms it begins (prefix); words
 * of 5 letters or more may match terms one or two edits away (fuzzy). A title counts
 * double, tags one and a half times. Removed records are skipped until the next snapshot,
 * which leaves them out.
 *
 * A snapshot's postings are cut into chunks by term range, so a store can keep each chunk
 * apart and a restored index read only the chunks a query's terms need (at 10,000 articles
 * the postings are most of the snapshot's bytes, and reading them all took seconds in
 * Chromium): the terms and their offsets are enough to find, expand and weigh a query's
 * words; a term's postings are needed only to score.
 */
import {
  allowedEdits,
  matchesByPrefix,
  type EngineFields,
  type EngineHit,
  type EngineQuery,
} from './search-engine'
import type { SearchEngine, SearchEngineKind } from './search-engine'
import { indexTerms, type QueryWord } from './tokenise'

/** Term frequency is stored doubled, so a title's weight of 2 and tags' 1.5 stay integers. */
const TEXT_WEIGHT = 2
const TITLE_WEIGHT = 4
const TAG_WEIGHT = 3
const MAX_WEIGHT = 0xffff

/** BM25's parameters, as MiniSearch uses them. */
const K1 = 1.2
const B = 0.7

/** What a match by prefix or by edits counts, against an exact match's 1. */
const PREFIX_FACTOR = 0.4
const FUZZY_FACTOR = 0.5

/** The most terms one prefix or one fuzzy word expands to (the most frequent are kept). */
const MAX_EXPANSION = 64

/** Postings per snapshot chunk (a term's postings are never split: a chunk may hold more). */
const CHUNK_POSTINGS = 1 << 13

/** A growable pair of arrays: the records a term occurs in, and its weight in each. */
class Postings {
  records: Uint32Array<ArrayBufferLike>
  weights: Uint16Array<ArrayBufferLike>
  length: number

  constructor(
    records: Uint32Array<ArrayBufferLike> = new Uint32Array(4),
    weights: Uint16Array<ArrayBufferLike> = new Uint16Array(4),
    length = 0,
  ) {
    this.records = records
    this.weights = weights
    this.length = length
  }

  push(record: number, weight: number): void {
    if (this.length === this.records.length) {
      const size = Math.max(4, this.length * 2)
      const records = new Uint32Array(size)
      records.set(this.records.subarray(0, this.length))
      const weights = new Uint16Array(size)
      weights.set(this.weights.subarray(0, this.length))
      this.records = records
      this.weights = weights
    }
    this.records[this.length] = record
    this.weights[this.length] = weight
    this.length++
  }
}

let rowA = new Int32Array(64)
let rowB = new Int32Array(64)

/** Edit distance between `a` and `b` if at most `max`, else `max + 1` (early exit). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2)
    rowB = new Int32Array(b.length * 2)
  }
  let previous = rowA
  let current = rowB
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    const code = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1
      let value = previous[j - 1]! + cost
      if (previous[j]! + 1 < value) value = previous[j]! + 1
      if (current[j - 1]! + 1 < value) value = current[j - 1]! + 1
      current[j] = value
      if (value < best) best = value
    }
    if (best > max) return max + 1
    const swap = previous
    previous = current
    current = swap
  }
  return Math.min(previous[b.length]!, max + 1)
}

/** The position of `record` in sorted `records[0, length)`, or -1. */
function find(records: Uint32Array<ArrayBufferLike>, length: number, record: number): number {
  let low = 0
  let high = length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const value = records[mid]!
    if (value === record) return mid
    if (value < record) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/** A min-heap of the best `limit` (score, record) pairs. */
class TopK {
  private readonly scores: number[] = []
  private readonly records: number[] = []
  constructor(private readonly limit: number) {}

  /** The score a record must beat to enter, or -Infinity while there is room. */
  get floor(): number {
    return this.scores.length < this.limit ? -Infinity : this.scores[0]!
  }

  offer(score: number, record: number): void {
    if (this.limit <= 0) return
    if (this.scores.length < this.limit) {
      this.scores.push(score)
      this.records.push(record)
      this.up(this.scores.length - 1)
    } else if (score > this.scores[0]!) {
      this.scores[0] = score
      this.records[0] = record
      this.down(0)
    }
  }

  /** Best first. */
  drain(): { score: number; record: number }[] {
    return this.scores
      .map((score, i) => ({ score, record: this.records[i]! }))
      .sort((x, y) => y.score - x.score || x.record - y.record)
  }

  private swap(i: number, j: number): void {
    ;[this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!]
    ;[this.records[i], this.records[j]] = [this.records[j]!, this.records[i]!]
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.scores[parent]! <= this.scores[i]!) return
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    const n = this.scores.length
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let least = i
      if (l < n && this.scores[l]! < this.scores[least]!) least = l
      if (r < n && this.scores[r]! < this.scores[least]!) least = r
      if (least === i) return
      this.swap(i, least)
      i = least
    }
  }
}

/** A term matched by a query word, and what a match by it counts. */
interface TermMatch {
  term: number
  factor: number
}

/** One chunk of a snapshot's postings: its terms' postings, one after another. */
export interface PostingsChunk {
  records: Uint32Array
  weights: Uint16Array
}

/** The snapshot: plain data and typed arrays, as IndexedDB stores them. */
interface InvertedSnapshot {
  /** Record ids joined by "\n" (one string clones as one copy; ids hold no line break). */
  ids: string
  /** Record lengths, in terms. */
  lengths: Uint16Array
  /** Terms, sorted, joined by "\n" (a folded term never holds one). */
  terms: string
  /** Where each term's postings start, counted over every chunk; one more entry than terms. */
  offsets: Uint32Array
  /** The first term of each chunk, then the number of terms: chunk c holds terms [bounds[c], bounds[c + 1]). */
  bounds: Uint32Array
  /** The chunks' postings; null for a chunk not read yet (see {@link InvertedIndex.fillChunk}). */
  chunks: (PostingsChunk | null)[]
}

/** What a restored index keeps of its snapshot's postings until each term is first read. */
interface Packed {
  offsets: Uint32Array
  bounds: Uint32Array
  chunks: (PostingsChunk | null)[]
  /** Chunks not read yet (or let go). */
  missing: number
  /** Bytes of the chunks held. */
  held: number
  /** When each chunk was last given or searched (a count of uses), for letting go the oldest. */
  used: Float64Array
}

class InvertedIndex implements SearchEngine {
  private ids: string[] = []
  private lengths = new Uint16Array(1024)
  private alive = new Uint8Array(1024)
  /** Record number by id; built when first needed (a load does not need it to search). */
  private recordMap: Map<string, number> | null = new Map()
  private live = 0
  private totalLength = 0

  private terms: string[] = []
  /** Term id by term; null after a load, whose sorted terms are searched by bisection. */
  private termMap: Map<string, number> | null = new Map()
  /**
   * Each term's postings once read; a loaded term's are views of its chunk until a
   * change copies them.
   */
  private readonly postings: (Postings | undefined)[] = []
  /** A loaded snapshot's postings, turned into a term's Postings when first read. */
  private packed: Packed | null = null
  /**
   * Postings added to a loaded term whose chunk is not read yet: they follow the chunk's
   * (their records are numbered after every loaded one) once it is read, so a change
   * needs no chunk.
   */
  private readonly pending = new Map<number, Postings>()
  /** Term ids in term order, for prefixes; null after a load until first needed. */
  private sorted: number[] | null = []
  /** Term ids by term length, for fuzzy matching; built at the first fuzzy query. */
  private byLength: Map<number, number[]> | null = null
  /** Counts searches and chunks given, to order chunks by their last use. */
  private clock = 0

  get numbered(): number {
    return this.ids.length
  }

  recordOf(id: string): number | undefined {
    return this.recordNumbers().get(id)
  }

  add(id: string, fields: EngineFields): number {
    if (id === '' || id.includes('\n')) {
      throw new Error('A record id must be non-empty, with no line break.')
    }
    const records = this.recordNumbers()
    if (records.has(id)) throw new Error(`The engine already has ${id}.`)
    const record = this.ids.length
    this.ids.push(id)
    this.grow(record + 1)
    records.set(id, record)
    const weights = new Map<string, number>()
    let length = 0
    const count = (text: string | undefined, weight: number) => {
      if (!text) return
      for (const term of indexTerms(text)) {
        weights.set(term, (weights.get(term) ?? 0) + weight)
        length++
      }
    }
    count(fields.title, TITLE_WEIGHT)
    count(fields.text, TEXT_WEIGHT)
    for (const tag of fields.tags ?? []) count(tag, TAG_WEIGHT)
    for (const [term, weight] of weights) {
      this.appendable(term).push(record, Math.min(weight, MAX_WEIGHT))
    }
    const stored = Math.min(length, 0xffff)
    this.lengths[record] = stored
    this.alive[record] = 1
    this.live++
    this.totalLength += stored
    return record
  }

  remove(id: string): number | undefined {
    const records = this.recordNumbers()
    const record = records.get(id)
    if (record === undefined) return undefined
    records.delete(id)
    this.alive[record] = 0
    this.live--
    this.totalLength -= this.lengths[record]!
    return record
  }

  search(query: EngineQuery): EngineHit[] {
    if (this.live === 0 || query.words.length === 0) return []
    const last = query.words.length - 1
    const words = query.words.map((word, i) =>
      this.wordMatches(word, query.prefix && i === last, query.fuzzy),
    )
    this.markUsed(words)
    // The rarest word gives the candidates; each other word keeps those it also matches,
    // looked up in its postings (sorted by record) rather than walking them.
    words.sort((a, b) => this.postingsSize(a) - this.postingsSize(b))
    const idf = this.idfCache()
    let { records, totals, count } = this.firstWordScores(words[0]!, idf)
    for (const word of words.slice(1)) {
      let kept = 0
      for (let i = 0; i < count; i++) {
        const score = this.scoreIn(word, records[i]!, idf)
        if (score > 0) {
          records[kept] = records[i]!
          totals[kept] = totals[i]! + score
          kept++
        }
      }
      count = kept
      if (count === 0) return []
    }
    records = records.subarray(0, count)
    totals = totals.subarray(0, count)
    const top = new TopK(query.limit)
    for (let i = 0; i < count; i++) {
      const score = totals[i]!
      if (score <= top.floor) continue
      const record = records[i]!
      if (query.accept && !query.accept(record)) continue
      top.offer(score, record)
    }
    return top.drain().map(({ score, record }) => ({ id: this.ids[record]!, record, score }))
  }

  snapshot(): InvertedSnapshot {
    // Live records only, renumbered; their postings in term order.
    const renumber = new Int32Array(this.ids.length).fill(-1)
    const ids: string[] = []
    const lengths: number[] = []
    this.ids.forEach((id, record) => {
      if (!this.alive[record]) return
      renumber[record] = ids.length
      ids.push(id)
      lengths.push(this.lengths[record]!)
    })
    const order = this.sortedTerms()
    let total = 0
    for (const term of order) total += this.list(term).length
    const terms: string[] = []
    const offsets = new Uint32Array(order.length + 1)
    const records = new Uint32Array(total)
    const weights = new Uint16Array(total)
    const bounds: number[] = [0]
    let chunkStart = 0
    let written = 0
    for (const term of order) {
      const list = this.list(term)
      const before = written
      for (let i = 0; i < list.length; i++) {
        const record = renumber[list.records[i]!]!
        if (record < 0) continue
        records[written] = record
        weights[written] = list.weights[i]!
        written++
      }
      if (written === before) continue
      terms.push(this.terms[term]!)
      offsets[terms.length] = written
      if (written - chunkStart >= CHUNK_POSTINGS) {
        bounds.push(terms.length)
        chunkStart = written
      }
    }
    if (bounds.at(-1) !== terms.length || bounds.length === 1) bounds.push(terms.length)
    const chunks: PostingsChunk[] = []
    for (let c = 0; c + 1 < bounds.length; c++) {
      // Copies, so the snapshot owns exactly its bytes.
      const start = offsets[bounds[c]!]!
      const end = offsets[bounds[c + 1]!]!
      chunks.push({ records: records.slice(start, end), weights: weights.slice(start, end) })
    }
    return {
      ids: ids.join('\n'),
      lengths: Uint16Array.from(lengths),
      terms: terms.join('\n'),
      offsets: offsets.slice(0, terms.length + 1),
      bounds: Uint32Array.from(bounds),
      chunks,
    }
  }

  /**
   * The chunks of postings `query` needs that are not read yet: those of every term its
   * words match (exactly, by prefix, by edits) as the same query would search them.
   */
  chunksFor(query: EngineQuery): number[] {
    const packed = this.packed
    if (packed === null || packed.missing === 0) return []
    const wanted = new Set<number>()
    const last = query.words.length - 1
    query.words.forEach((word, i) => {
      const matches = this.wordMatches(word, query.prefix && i === last, query.fuzzy)
      for (const list of [matches.whole, ...matches.parts]) {
        for (const { term } of list) {
          if (this.postings[term] !== undefined) continue
          const chunk = this.chunkOf(term)
          if (chunk >= 0 && packed.chunks[chunk] === null) wanted.add(chunk)
        }
      }
    })
    return [...wanted].sort((a, b) => a - b)
  }

  /** Every chunk not read yet (a change or a new snapshot needs them all). */
  missingChunks(): number[] {
    const packed = this.packed
    if (packed === null || packed.missing === 0) return []
    const missing: number[] = []
    packed.chunks.forEach((chunk, c) => {
      if (chunk === null) missing.push(c)
    })
    return missing
  }

  chunkPostings(chunk: number): number {
    const packed = this.packed
    if (packed === null || !(chunk >= 0 && chunk < packed.chunks.length)) return 0
    return packed.offsets[packed.bounds[chunk + 1]!]! - packed.offsets[packed.bounds[chunk]!]!
  }

  /** Gives the index a chunk of its snapshot's postings, as the snapshot stored it. */
  fillChunk(chunk: number, value: unknown): void {
    const packed = this.packed
    if (packed === null || !(chunk >= 0 && chunk < packed.chunks.length)) {
      throw new Error(`The index has no chunk ${chunk}.`)
    }
    if (packed.chunks[chunk] !== null) return
    const size = packed.offsets[packed.bounds[chunk + 1]!]! - packed.offsets[packed.bounds[chunk]!]!
    if (!isChunk(value) || value.records.length !== size || value.weights.length !== size) {
      throw new Error(`Chunk ${chunk} of the snapshot is not as written.`)
    }
    packed.chunks[chunk] = value
    packed.missing--
    packed.held += chunkBytes(value)
    packed.used[chunk] = ++this.clock
  }

  heldChunkBytes(): number {
    return this.packed?.held ?? 0
  }

  releaseChunks(budget: number, keep?: (chunk: number) => boolean): number {
    const packed = this.packed
    if (packed === null || packed.held <= budget) return packed?.held ?? 0
    const held: number[] = []
    packed.chunks.forEach((chunk, c) => {
      if (chunk !== null && !keep?.(c)) held.push(c)
    })
    held.sort((a, b) => packed.used[a]! - packed.used[b]!)
    for (const c of held) {
      if (packed.held <= budget) break
      this.release(c)
    }
    return packed.held
  }

  /**
   * Lets go of a chunk: its terms read as views of it become unread again (their
   * postings are the chunk's, as stored). A term changed since it was read holds a copy
   * of its postings with the additions, which stays: it never needs the chunk again.
   * Additions to a term not read stay pending, and removals are marks beside the
   * postings: nothing unsaved is in the chunk.
   */
  private release(c: number): void {
    const packed = this.packed!
    const chunk = packed.chunks[c]
    if (!chunk) return
    for (let term = packed.bounds[c]!; term < packed.bounds[c + 1]!; term++) {
      const list = this.postings[term]
      if (list !== undefined && list.records.buffer === chunk.records.buffer) {
        this.postings[term] = undefined
      }
    }
    packed.chunks[c] = null
    packed.missing++
    packed.held -= chunkBytes(chunk)
  }

  /** Marks the chunks of every term a query matched as just used. */
  private markUsed(words: ReturnType<InvertedIndex['wordMatches']>[]): void {
    const packed = this.packed
    if (packed === null) return
    const now = ++this.clock
    for (const matches of words) {
      for (const list of [matches.whole, ...matches.parts]) {
        for (const { term } of list) {
          const c = this.chunkOf(term)
          if (c >= 0) packed.used[c] = now
        }
      }
    }
  }

  /**
   * Restores {@link snapshot}'s snapshot. Only what every query needs is made now: the
   * ids and terms as arrays; a term's postings become views of the packed arrays when
   * first read, and the maps by id and by term are built on the first add or removal.
   */
  static load(snapshot: InvertedSnapshot): InvertedIndex {
    const index = new InvertedIndex()
    const ids = snapshot.ids === '' ? [] : snapshot.ids.split('\n')
    const { lengths, offsets, bounds, chunks } = snapshot
    const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n')
    if (
      lengths.length !== ids.length ||
      offsets.length !== terms.length + 1 ||
      bounds.length !== chunks.length + 1 ||
      bounds[0] !== 0 ||
      bounds[chunks.length] !== terms.length
    ) {
      throw new Error('The snapshot is inconsistent.')
    }
    const packed: Packed = {
      offsets,
      bounds,
      chunks: chunks.map(() => null),
      missing: chunks.length,
      held: 0,
      used: new Float64Array(chunks.length),
    }
    index.ids = ids
    index.lengths = lengths.slice()
    index.alive = new Uint8Array(ids.length).fill(1)
    index.live = ids.length
    for (let i = 0; i < lengths.length; i++) index.totalLength += lengths[i]!
    index.recordMap = null
    index.terms = terms
    index.termMap = null
    index.postings.length = terms.length
    index.packed = packed
    chunks.forEach((chunk, c) => {
      if (chunk !== null) index.fillChunk(c, chunk)
    })
    index.sorted = null
    return index
  }

  /** Record numbers by id, built from the ids when first needed. */
  private recordNumbers(): Map<string, number> {
    if (this.recordMap === null) {
      this.recordMap = new Map()
      for (let record = 0; record < this.ids.length; record++) {
        if (this.alive[record]) this.recordMap.set(this.ids[record]!, record)
      }
    }
    return this.recordMap
  }

  /** A term's id: from the map, or by bisection while the terms are a loaded sorted list. */
  private termId(term: string): number | undefined {
    if (this.termMap !== null) return this.termMap.get(term)
    let low = 0
    let high = this.terms.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const value = this.terms[mid]!
      if (value === term) return mid
      if (value < term) low = mid + 1
      else high = mid - 1
    }
    return undefined
  }

  /** A term's postings (a loaded term's become views of its chunk here). */
  private list(term: number): Postings {
    let list = this.postings[term]
    if (list === undefined) {
      const { offsets, bounds, chunks } = this.packed!
      const c = this.chunkOf(term)
      const chunk = chunks[c]
      if (!chunk) throw new Error(`The postings of chunk ${c} are not read yet.`)
      const base = offsets[bounds[c]!]!
      const start = offsets[term]! - base
      const end = offsets[term + 1]! - base
      list = new Postings(
        chunk.records.subarray(start, end),
        chunk.weights.subarray(start, end),
        end - start,
      )
      const added = this.pending.get(term)
      if (added) {
        this.pending.delete(term)
        // Copied out of the chunk, so growing the list never writes into the chunk.
        const records = new Uint32Array(list.length + added.length)
        records.set(list.records)
        records.set(added.records.subarray(0, added.length), list.length)
        const weights = new Uint16Array(records.length)
        weights.set(list.weights)
        weights.set(added.weights.subarray(0, added.length), list.length)
        list = new Postings(records, weights, records.length)
      }
      this.postings[term] = list
    }
    return list
  }

  /** How many records a term occurs in (read from the offsets while its chunk is unread). */
  private df(term: number): number {
    const list = this.postings[term]
    if (list !== undefined) return list.length
    const { offsets } = this.packed!
    return offsets[term + 1]! - offsets[term]! + (this.pending.get(term)?.length ?? 0)
  }

  /** The chunk holding a loaded term's postings (-1 for a term added since). */
  private chunkOf(term: number): number {
    const bounds = this.packed!.bounds
    if (term >= bounds[bounds.length - 1]!) return -1
    let low = 0
    let high = bounds.length - 2
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (bounds[mid]! <= term) low = mid
      else high = mid - 1
    }
    return low
  }

  private grow(size: number): void {
    if (size <= this.lengths.length) return
    const capacity = Math.max(size, this.lengths.length * 2)
    const lengths = new Uint16Array(capacity)
    lengths.set(this.lengths)
    const alive = new Uint8Array(capacity)
    alive.set(this.alive)
    this.lengths = lengths
    this.alive = alive
  }

  private addTerm(term: string, list: Postings): number {
    const sorted = this.sortedTerms()
    if (this.termMap === null) this.termMap = new Map(this.terms.map((t, i) => [t, i]))
    const id = this.terms.length
    sorted.splice(this.lowerBound(sorted, term), 0, id)
    this.terms.push(term)
    this.postings.push(list)
    this.termMap.set(term, id)
    if (this.byLength !== null) {
      const bucket = this.byLength.get(term.length)
      if (bucket) bucket.push(id)
      else this.byLength.set(term.length, [id])
    }
    return id
  }

  /** Term ids by length, built at the first fuzzy query. */
  private termsByLength(): Map<number, number[]> {
    if (this.byLength === null) {
      this.byLength = new Map()
      this.terms.forEach((term, id) => {
        const bucket = this.byLength!.get(term.length)
        if (bucket) bucket.push(id)
        else this.byLength!.set(term.length, [id])
      })
    }
    return this.byLength
  }

  /**
   * Where a new posting of `term` goes: its postings, a new term's, or (a loaded term
   * whose chunk is not read yet) its pending ones.
   */
  private appendable(term: string): Postings {
    const id = this.termId(term)
    if (id === undefined) {
      const list = new Postings()
      this.addTerm(term, list)
      return list
    }
    const list = this.postings[id]
    if (list !== undefined) return list
    if (this.packed!.chunks[this.chunkOf(id)] !== null) return this.list(id)
    let added = this.pending.get(id)
    if (!added) this.pending.set(id, (added = new Postings()))
    return added
  }

  /** Term ids in term order, kept in order as terms are added. */
  private sortedTerms(): number[] {
    // A loaded snapshot's terms are in order (the list is made at the first need).
    this.sorted ??= this.terms.map((_, i) => i)
    return this.sorted
  }

  /** The first position in `sorted` whose term is not below `term`. */
  private lowerBound(sorted: readonly number[], term: string): number {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.terms[sorted[mid]!]! < term) low = mid + 1
      else high = mid
    }
    return low
  }

  /** The terms a query term matches: itself, those it begins, those a few edits away. */
  private termMatches(term: string, prefix: boolean, fuzzy: boolean): TermMatch[] {
    const found = new Map<number, number>()
    const exact = this.termId(term)
    if (exact !== undefined) found.set(exact, 1)
    const expansion: TermMatch[] = []
    if (prefix && matchesByPrefix(term)) {
      const sorted = this.sortedTerms()
      for (let i = this.lowerBound(sorted, term); i < sorted.length; i++) {
        const id = sorted[i]!
        if (!this.terms[id]!.startsWith(term)) break
        if (id !== exact) expansion.push({ term: id, factor: PREFIX_FACTOR })
      }
    }
    const edits = fuzzy ? allowedEdits(term) : 0
    if (edits > 0) {
      for (let length = term.length - edits; length <= term.length + edits; length++) {
        for (const id of this.termsByLength().get(length) ?? []) {
          if (id === exact) continue
          const distance = boundedEditDistance(term, this.terms[id]!, edits)
          if (distance <= edits) expansion.push({ term: id, factor: FUZZY_FACTOR / distance })
        }
      }
    }
    // The most frequent expansions, so "a" typed alone does not walk every term in "a".
    expansion.sort((x, y) => this.df(y.term) - this.df(x.term))
    for (const match of expansion.slice(0, MAX_EXPANSION)) {
      found.set(match.term, Math.max(found.get(match.term) ?? 0, match.factor))
    }
    return [...found].map(([id, factor]) => ({ term: id, factor }))
  }

  /** One query word: its whole term's matches, and for a compound each part's. */
  private wordMatches(word: QueryWord, prefix: boolean, fuzzy: boolean) {
    const lastPart = word.parts.length - 1
    return {
      whole: this.termMatches(word.term, prefix, fuzzy),
      parts: word.parts.map((part, i) => this.termMatches(part, prefix && i === lastPart, fuzzy)),
    }
  }

  private postingsSize(matches: ReturnType<InvertedIndex['wordMatches']>): number {
    const size = (list: TermMatch[]) => list.reduce((sum, match) => sum + this.df(match.term), 0)
    const parts = matches.parts.length > 0 ? Math.min(...matches.parts.map(size)) : 0
    return size(matches.whole) + parts
  }

  /** Each term's inverse document frequency, computed once per query. */
  private idfCache(): (term: number) => number {
    const cache = new Map<number, number>()
    // Postings keep removed records until the next snapshot, so a term's count is taken
    // against every record ever added: with only the live ones it could exceed them and
    // make the idf (and a matching record's score) negative.
    const n = this.ids.length
    return (term) => {
      let idf = cache.get(term)
      if (idf === undefined) {
        const df = this.df(term)
        cache.set(term, (idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))))
      }
      return idf
    }
  }

  /** BM25 of one posting: a term of inverse document frequency `idf`, `weight` in `record`. */
  private bm25(idf: number, weight: number, record: number, factor: number): number {
    const tf = weight / TEXT_WEIGHT
    const norm = 1 - B + (B * this.lengths[record]!) / this.averageLength()
    return (factor * idf * (tf * (K1 + 1))) / (tf + K1 * norm)
  }

  private averageLength(): number {
    return this.totalLength / Math.max(1, this.live)
  }

  /** The best score of `record` among `matches`' terms; 0 when none has it. */
  private termScoreIn(matches: TermMatch[], record: number, idf: (term: number) => number): number {
    let best = 0
    for (const { term, factor } of matches) {
      const list = this.list(term)
      const at = find(list.records, list.length, record)
      if (at < 0) continue
      const score = this.bm25(idf(term), list.weights[at]!, record, factor)
      if (score > best) best = score
    }
    return best
  }

  /** A word's score for one record (whole, or all its parts), 0 when it does not match. */
  private scoreIn(
    matches: ReturnType<InvertedIndex['wordMatches']>,
    record: number,
    idf: (term: number) => number,
  ): number {
    const whole = this.termScoreIn(matches.whole, record, idf)
    if (matches.parts.length === 0) return whole
    let parts = 0
    for (const part of matches.parts) {
      const score = this.termScoreIn(part, record, idf)
      if (score === 0) return whole
      parts += score
    }
    return Math.max(whole, parts)
  }

  /**
   * The live records the first word matches, with their scores. A word of one term (most
   * words) is read straight from its postings; expansions and compounds go through a map.
   */
  private firstWordScores(
    matches: ReturnType<InvertedIndex['wordMatches']>,
    idf: (term: number) => number,
  ): { records: Uint32Array; totals: Float64Array; count: number } {
    const only = matches.whole[0]
    if (matches.parts.length === 0 && matches.whole.length === 1 && only) {
      const list = this.list(only.term)
      const termIdf = idf(only.term)
      const records = new Uint32Array(list.length)
      const totals = new Float64Array(list.length)
      let count = 0
      for (let i = 0; i < list.length; i++) {
        const record = list.records[i]!
        if (!this.alive[record]) continue
        records[count] = record
        totals[count] = this.bm25(termIdf, list.weights[i]!, record, only.factor)
        count++
      }
      return { records, totals, count }
    }
    const scores = this.wordScores(matches, idf)
    const records = new Uint32Array(scores.size)
    const totals = new Float64Array(scores.size)
    let count = 0
    for (const [record, score] of scores) {
      records[count] = record
      totals[count] = score
      count++
    }
    return { records, totals, count }
  }

  /** BM25 of each live record a list of terms matches (the best term per record). */
  private termScores(matches: TermMatch[], idf: (term: number) => number): Map<number, number> {
    const scores = new Map<number, number>()
    for (const { term, factor } of matches) {
      const list = this.list(term)
      const termIdf = idf(term)
      for (let i = 0; i < list.length; i++) {
        const record = list.records[i]!
        if (!this.alive[record]) continue
        const score = this.bm25(termIdf, list.weights[i]!, record, factor)
        const before = scores.get(record)
        if (before === undefined || score > before) scores.set(record, score)
      }
    }
    return scores
  }

  /**
   * The records a word matches, scored: whole, or by all its parts, whichever is better.
   * The parts are driven by the rarest and looked up in the others' postings.
   */
  private wordScores(
    matches: ReturnType<InvertedIndex['wordMatches']>,
    idf: (term: number) => number,
  ): Map<number, number> {
    const scores = this.termScores(matches.whole, idf)
    if (matches.parts.length === 0) return scores
    const size = (list: TermMatch[]) => list.reduce((sum, match) => sum + this.df(match.term), 0)
    const [driver, ...others] = [...matches.parts].sort((a, b) => size(a) - size(b))
    for (const [record, first] of this.termScores(driver!, idf)) {
      let total = first
      for (const part of others) {
        const score = this.termScoreIn(part, record, idf)
        if (score === 0) {
          total = 0
          break
        }
        total += score
      }
      if (total === 0) continue
      const whole = scores.get(record)
      if (whole === undefined || total > whole) scores.set(record, total)
    }
    return scores
  }
}

function chunkBytes(chunk: PostingsChunk): number {
  return chunk.records.byteLength + chunk.weights.byteLength
}

function isChunk(value: unknown): value is PostingsChunk {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return v.records instanceof Uint32Array && v.weights instanceof Uint16Array
}

function isSnapshot(value: unknown): value is InvertedSnapshot {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.ids === 'string' &&
    typeof v.terms === 'string' &&
    v.lengths instanceof Uint16Array &&
    v.offsets instanceof Uint32Array &&
    v.bounds instanceof Uint32Array &&
    Array.isArray(v.chunks) &&
    v.chunks.every((chunk) => chunk === null || isChunk(chunk))
  )
}

/** The inverted index as a {@link SearchEngineKind}. */
export const invertedEngine: SearchEngineKind = {
  name: 'inverted',
  create: () => new InvertedIndex(),
  load: (snapshot) => {
    if (!isSnapshot(snapshot)) throw new Error('Not an inverted index snapshot.')
    return InvertedIndex.load(snapshot)
  },
}
