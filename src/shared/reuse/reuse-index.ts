/**
 * The reuse index: an inverted map from fingerprint to (document, word position), built one
 * document at a time, that answers "which indexed documents share fingerprints with this
 * text, and where". Postings live in typed arrays: a large segment sorted by hash (binary
 * searched) and a small segment of recent additions (chained by hash), merged into the large
 * one when it grows, so adding a document never rewrites the whole index and the whole index
 * is a few flat arrays that a worker can store in IndexedDB as they are.
 */
import type { Fingerprints } from './fingerprints'

/**
 * A fingerprint found in more documents than this is common: twenty documents, or 2% of the
 * indexed documents when that is more. A common fingerprint is site furniture or a stock
 * phrase ("Your email address will not be published", "said in a statement on") when its
 * documents repeat within outlets, and is then ignored; it is a widely carried text (a wire
 * story, a press release) when they spread across outlets, and each document is then linked
 * to the earliest published one carrying it (a star, not every pair).
 */
export const FURNITURE_MIN_DOCS = 20
export const FURNITURE_SHARE = 0.02
/**
 * A common fingerprint is furniture when its documents average more than this many per
 * outlet: an outlet's template is on every page it publishes, while an outlet carries a wire
 * story once or twice. Documents of no known outlet count as one outlet, so a library with no
 * outlets known keeps the older rule (every common fingerprint is furniture).
 */
export const FURNITURE_DOCS_PER_OUTLET = 2
/**
 * A fingerprint on this many pages of one known outlet (and averaging more than
 * {@link FURNITURE_DOCS_PER_OUTLET} per outlet) is that outlet's furniture before it is
 * common: found as the index grows, so the first few pages are linked by it until it is, and
 * those links are then checked again (recheck.ts). Above
 * the five documents one planted passage reaches in the benchmark corpus (a source and four
 * copies), and an outlet repeating its own text changes no count of independent sources.
 */
export const FURNITURE_OUTLET_PAGES = 6

/** What the index knows of a document besides its fingerprints. */
export interface ReuseDocumentInfo {
  /** The outlet (or web site) that published it; null or absent when not known. */
  outlet?: string | null
  /** When it was published, as a sort key (epoch ms of the earliest day meant); null when not known. */
  published?: number | null
}

/** What is known of a common fingerprint: its documents, their outlets, the earliest one. */
interface CommonPrint {
  docs: number
  /** Documents by outlet number (documents of no known outlet under -1). */
  outlets: Map<number, number>
  /** Document number of the earliest published document carrying it. */
  earliest: number
}

/** Words by which a carried text's second centre may reach past the main one and still be dropped. */
const CENTRE_SLACK = 8

/** Recent postings are merged into the sorted segment past this many (or a quarter of it). */
const MIN_MERGE = 1 << 16
/** The merge packs (hash, posting) into a float64 key: the recent segment must stay below 2^21. */
const MAX_RECENT = 1 << 20

/** Documents sharing fingerprints with a text, and where. */
export interface ReuseCandidate {
  docId: string
  /**
   * Matching fingerprint positions, interleaved: [wordInText, wordInDoc, wordInText, …],
   * in no particular order.
   */
  seeds: Uint32Array
}

/** The stored form of the index: plain values and typed arrays (structured-clone friendly). */
export interface ReuseIndexSnapshot {
  version: 2
  /** Document ids by internal number; null where a document was removed. */
  ids: (string | null)[]
  /** Each document's outlet and publication sort key, by internal number (null: not known). */
  outlets: (string | null)[]
  published: (number | null)[]
  /** Postings sorted by hash, then document number, then position. */
  hashes: Uint32Array
  docs: Uint32Array
  positions: Uint32Array
}

function grown(array: Uint32Array, size: number): Uint32Array {
  const next = new Uint32Array(Math.max(size, array.length * 2, 1024))
  next.set(array)
  return next
}

/** First index in `sorted[0, length)` whose value is >= `value`. */
function lowerBound(sorted: Uint32Array, length: number, value: number): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** An incremental fingerprint index over documents. */
export class ReuseIndex {
  /** Document ids by internal number (numbers only grow; a re-added id gets a new one). */
  private ids: (string | null)[] = []
  private numbers = new Map<string, number>()
  /** Postings of each document by number, so a removal knows what it leaves behind. */
  private postingCounts: number[] = []
  private liveDocs = 0
  private deadPostings = 0
  /** Outlet number (-1: not known) and publication sort key (Infinity: not known) by document. */
  private outletOf: number[] = []
  private publishedOf: number[] = []
  private outletNames: string[] = []
  private outletNumbers = new Map<string, number>()
  /**
   * Common fingerprints seen by {@link candidates}, kept up to date as documents are added
   * (and forgotten when one is removed), so each is counted over all its postings once.
   */
  private common = new Map<number, CommonPrint>()
  /** Outlets of the documents carrying one fingerprint, while it is counted. */
  private scratch = new Int32Array(64)
  /** Documents by outlet among those, while they are counted. */
  private tally = new Int32Array(64)

  // The sorted segment.
  private sortedHashes: Uint32Array = new Uint32Array(0)
  private sortedDocs: Uint32Array = new Uint32Array(0)
  private sortedPositions: Uint32Array = new Uint32Array(0)

  // The recent segment: appended postings; `recentHead` maps a hash to its last posting,
  // `recentPrevious` links each posting to the one before with the same hash (−1: none).
  private recentHashes: Uint32Array = new Uint32Array(1024)
  private recentDocs: Uint32Array = new Uint32Array(1024)
  private recentPositions: Uint32Array = new Uint32Array(1024)
  private recentPrevious = new Int32Array(1024)
  private recentCount = 0
  private recentHead = new Map<number, number>()

  /** Number of indexed documents. */
  get size(): number {
    return this.liveDocs
  }

  /** Number of stored postings (including those of removed documents not yet compacted). */
  get postings(): number {
    return this.sortedHashes.length + this.recentCount
  }

  /** Bytes the postings take (12 per posting), for reporting. */
  get bytes(): number {
    return this.postings * 12
  }

  has(docId: string): boolean {
    return this.numbers.has(docId)
  }

  /** The ids of the indexed documents, in the order they were added. */
  docIds(): string[] {
    return this.ids.filter((id): id is string => id !== null)
  }

  /**
   * The document frequency above which a fingerprint is furniture: max(20, 2% of the
   * indexed documents).
   */
  furnitureLimit(): number {
    return Math.max(FURNITURE_MIN_DOCS, Math.ceil(FURNITURE_SHARE * this.liveDocs))
  }

  private outletNumber(outlet: string | null | undefined): number {
    if (outlet === null || outlet === undefined || outlet === '') return -1
    let n = this.outletNumbers.get(outlet)
    if (n === undefined) {
      n = this.outletNames.length
      this.outletNames.push(outlet)
      this.outletNumbers.set(outlet, n)
    }
    return n
  }

  /** Whether document `x` was published before `y` (unknown dates last, then in order added). */
  private earlier(x: number, y: number): boolean {
    const px = this.publishedOf[x] as number
    const py = this.publishedOf[y] as number
    return px < py || (px === py && x < y)
  }

  /** Adds (or replaces) a document's fingerprints, with its outlet and publication date. */
  add(docId: string, prints: Fingerprints, info: ReuseDocumentInfo = {}): void {
    if (this.numbers.has(docId)) this.remove(docId)
    const number = this.ids.length
    this.ids.push(docId)
    this.outletOf.push(this.outletNumber(info.outlet))
    this.publishedOf.push(info.published ?? Infinity)
    this.postingCounts.push(prints.length)
    this.numbers.set(docId, number)
    this.liveDocs++
    const needed = this.recentCount + prints.length
    if (needed > this.recentHashes.length) {
      this.recentHashes = grown(this.recentHashes, needed)
      this.recentDocs = grown(this.recentDocs, needed)
      this.recentPositions = grown(this.recentPositions, needed)
      const previous = new Int32Array(this.recentHashes.length)
      previous.set(this.recentPrevious)
      this.recentPrevious = previous
    }
    for (let i = 0; i < prints.length; i++) {
      const hash = prints.hashes[i] as number
      const at = this.recentCount++
      this.recentHashes[at] = hash
      this.recentDocs[at] = number
      this.recentPositions[at] = prints.positions[i] as number
      this.recentPrevious[at] = this.recentHead.get(hash) ?? -1
      this.recentHead.set(hash, at)
      const common = this.common.get(hash)
      if (common) {
        const previous = this.recentPrevious[at] as number
        // A fingerprint repeated in this document is counted at its first posting only.
        if (previous < 0 || this.recentDocs[previous] !== number) this.countIn(common, number)
      }
    }
    const threshold = Math.min(MAX_RECENT, Math.max(MIN_MERGE, this.sortedHashes.length >>> 2))
    if (this.recentCount >= threshold) this.compact()
  }

  /** What the index knows of a document's outlet and date; null for a document not indexed. */
  info(docId: string): { outlet: string | null; published: number | null } | null {
    const number = this.numbers.get(docId)
    if (number === undefined) return null
    const outlet = this.outletOf[number] as number
    const published = this.publishedOf[number] as number
    return {
      outlet: outlet < 0 ? null : (this.outletNames[outlet] as string),
      published: published === Infinity ? null : published,
    }
  }

  /**
   * Sets what is known of an indexed document (the analyst edited its outlet or date) without
   * touching its fingerprints. Returns whether anything changed; false for a document not
   * indexed.
   */
  setInfo(docId: string, info: ReuseDocumentInfo): boolean {
    const number = this.numbers.get(docId)
    if (number === undefined) return false
    const outlet = this.outletNumber(info.outlet)
    const published = info.published ?? Infinity
    if (this.outletOf[number] === outlet && this.publishedOf[number] === published) return false
    this.outletOf[number] = outlet
    this.publishedOf[number] = published
    // Outlet tallies and earliest carriers of common fingerprints are counted again.
    this.common.clear()
    return true
  }

  /**
   * Whether the index takes fingerprint `hash` for furniture now, as {@link candidates} would
   * judge it for a text carrying it (the carrier counted when it is indexed).
   */
  isFurniture(hash: number): boolean {
    const limit = this.furnitureLimit()
    const sortedLength = this.sortedHashes.length
    const from = lowerBound(this.sortedHashes, sortedLength, hash)
    const to = lowerBound(this.sortedHashes, sortedLength, hash + 1)
    const recent = this.recentHead.get(hash) ?? -1
    if (to === from && recent < 0) return false
    let common = this.common.get(hash)
    if (!common) {
      const n = this.documentFrequency(from, to, recent, limit)
      if (n <= limit) return this.repeatsWithinOutlet(n)
      common = this.countCommon(from, to, recent)
      this.common.set(hash, common)
    }
    return common.docs > limit && common.docs > FURNITURE_DOCS_PER_OUTLET * common.outlets.size
  }

  /** The ids of the indexed documents carrying any of these fingerprints. */
  documentsWith(hashes: Iterable<number>): string[] {
    const found = new Set<number>()
    const sortedLength = this.sortedHashes.length
    for (const hash of hashes) {
      const to = lowerBound(this.sortedHashes, sortedLength, hash + 1)
      for (let i = lowerBound(this.sortedHashes, sortedLength, hash); i < to; i++)
        found.add(this.sortedDocs[i] as number)
      for (let i = this.recentHead.get(hash) ?? -1; i >= 0; i = this.recentPrevious[i] as number)
        found.add(this.recentDocs[i] as number)
    }
    const ids: string[] = []
    for (const doc of found) {
      const id = this.ids[doc]
      if (id !== null && id !== undefined) ids.push(id)
    }
    return ids
  }

  /** Removes a document; its postings are skipped at once and dropped at the next merge. */
  remove(docId: string): boolean {
    const number = this.numbers.get(docId)
    if (number === undefined) return false
    this.numbers.delete(docId)
    this.ids[number] = null
    this.liveDocs--
    this.deadPostings += this.postingCounts[number] ?? 0
    // Which common fingerprints the document had is not kept: they are counted again.
    this.common.clear()
    if (this.deadPostings > (this.postings >>> 2) + MIN_MERGE) this.compact()
    return true
  }

  /**
   * The indexed documents sharing at least one fingerprint with `prints`, with the matching
   * positions. A fingerprint in more than {@link furnitureLimit} documents is furniture when
   * they repeat within outlets ({@link FURNITURE_DOCS_PER_OUTLET}): ignored, and flagged 1 in
   * `furniture` (one flag per fingerprint) when given. When they spread across outlets it
   * names only the earliest published of them, so a text carried by thousands of documents
   * links each to one, not each to all. The document `exceptId` (the text's own id when it is
   * already indexed) is left out.
   */
  candidates(prints: Fingerprints, exceptId?: string, furniture?: Uint8Array): ReuseCandidate[] {
    const except = exceptId === undefined ? -1 : (this.numbers.get(exceptId) ?? -1)
    const limit = this.furnitureLimit()
    const seedsByDoc = new Map<number, number[]>()
    const starSeeds = new Map<number, number[]>()
    const sortedLength = this.sortedHashes.length
    for (let f = 0; f < prints.length; f++) {
      const hash = prints.hashes[f] as number
      const position = prints.positions[f] as number
      const from = lowerBound(this.sortedHashes, sortedLength, hash)
      const to = lowerBound(this.sortedHashes, sortedLength, hash + 1)
      const recent = this.recentHead.get(hash) ?? -1
      if (to === from && recent < 0) continue
      let common = this.common.get(hash)
      if (!common) {
        const n = this.documentFrequency(from, to, recent, limit)
        if (n > limit) {
          common = this.countCommon(from, to, recent)
          this.common.set(hash, common)
        } else if (this.repeatsWithinOutlet(n)) {
          if (furniture) furniture[f] = 1
          continue
        }
      }
      if (common && common.docs > limit) {
        if (common.docs > FURNITURE_DOCS_PER_OUTLET * common.outlets.size) {
          if (furniture) furniture[f] = 1
          continue
        }
        // Carried across outlets: linked to the earliest document carrying it only.
        const centre =
          common.earliest === except ? this.earliestBut(from, to, recent, except) : common.earliest
        if (centre < 0) continue
        for (
          let i = lowerBound(this.sortedDocs.subarray(from, to), to - from, centre) + from;
          i < to && this.sortedDocs[i] === centre;
          i++
        ) {
          this.pushSeed(starSeeds, centre, position, this.sortedPositions[i] as number)
        }
        for (let i = recent; i >= 0; i = this.recentPrevious[i] as number) {
          if (this.recentDocs[i] === centre)
            this.pushSeed(starSeeds, centre, position, this.recentPositions[i] as number)
        }
        continue
      }
      for (let i = from; i < to; i++) {
        const doc = this.sortedDocs[i] as number
        if (doc === except || this.ids[doc] === null) continue
        this.pushSeed(seedsByDoc, doc, position, this.sortedPositions[i] as number)
      }
      for (let i = recent; i >= 0; i = this.recentPrevious[i] as number) {
        const doc = this.recentDocs[i] as number
        if (doc === except || this.ids[doc] === null) continue
        this.pushSeed(seedsByDoc, doc, position, this.recentPositions[i] as number)
      }
    }
    this.keepCentres(seedsByDoc, starSeeds)
    const out: ReuseCandidate[] = []
    for (const [doc, seeds] of seedsByDoc) {
      out.push({ docId: this.ids[doc] as string, seeds: Uint32Array.from(seeds) })
    }
    return out
  }

  /**
   * Adds the seeds of widely carried fingerprints to the candidates. Where the earliest
   * carrier of a text lacks a few of its fingerprints (its own edits), those fingerprints'
   * earliest carrier is another document, linked by a few seeds inside the stretch the
   * main centre covers: such a centre is dropped (the alignment with the main one spans the
   * gap), so a text carried by hundreds links each carrier to one, not to one per edit. A
   * centre covering another stretch of the text (a second carried text) is kept.
   */
  private keepCentres(seedsByDoc: Map<number, number[]>, starSeeds: Map<number, number[]>) {
    if (starSeeds.size === 0) return
    const kept: [number, number][] = []
    const range = (seeds: number[]): [number, number] => {
      let lo = Infinity
      let hi = -Infinity
      for (let i = 0; i < seeds.length; i += 2) {
        lo = Math.min(lo, seeds[i] as number)
        hi = Math.max(hi, seeds[i] as number)
      }
      return [lo, hi]
    }
    const alone: [number, number[]][] = []
    for (const [doc, seeds] of starSeeds) {
      const own = seedsByDoc.get(doc)
      if (!own) {
        alone.push([doc, seeds])
        continue
      }
      for (const s of seeds) own.push(s)
      kept.push(range(seeds))
    }
    alone.sort((x, y) => y[1].length - x[1].length)
    for (const [doc, seeds] of alone) {
      const [lo, hi] = range(seeds)
      if (kept.some(([a, b]) => a - CENTRE_SLACK <= lo && hi <= b + CENTRE_SLACK)) continue
      kept.push([lo, hi])
      seedsByDoc.set(doc, seeds)
    }
  }

  /** Counts one more document carrying a common fingerprint. */
  private countIn(common: CommonPrint, doc: number): void {
    common.docs++
    const outlet = this.outletOf[doc] as number
    common.outlets.set(outlet, (common.outlets.get(outlet) ?? 0) + 1)
    if (common.earliest < 0 || this.earlier(doc, common.earliest)) common.earliest = doc
  }

  /** A common fingerprint counted over all its live postings (sorted, then recent). */
  private countCommon(from: number, to: number, recent: number): CommonPrint {
    const common: CommonPrint = { docs: 0, outlets: new Map(), earliest: -1 }
    let last = -1
    for (let i = from; i < to; i++) {
      const doc = this.sortedDocs[i] as number
      if (doc !== last && this.ids[doc] !== null) this.countIn(common, doc)
      last = doc
    }
    last = -1
    for (let i = recent; i >= 0; i = this.recentPrevious[i] as number) {
      const doc = this.recentDocs[i] as number
      if (doc !== last && this.ids[doc] !== null) this.countIn(common, doc)
      last = doc
    }
    return common
  }

  /** The earliest published live document among a fingerprint's postings other than `except`. */
  private earliestBut(from: number, to: number, recent: number, except: number): number {
    let best = -1
    const consider = (doc: number) => {
      if (doc !== except && this.ids[doc] !== null && (best < 0 || this.earlier(doc, best)))
        best = doc
    }
    for (let i = from; i < to; i++) consider(this.sortedDocs[i] as number)
    for (let i = recent; i >= 0; i = this.recentPrevious[i] as number)
      consider(this.recentDocs[i] as number)
    return best
  }

  private pushSeed(seeds: Map<number, number[]>, doc: number, inText: number, inDoc: number) {
    let list = seeds.get(doc)
    if (!list) {
      list = []
      seeds.set(doc, list)
    }
    list.push(inText, inDoc)
  }

  /**
   * Distinct live documents among a hash's postings, counted up to `limit` + 1 (enough to
   * know it is furniture). Sorted postings are grouped by document; recent ones are in
   * reverse order of addition, so also grouped.
   */
  private documentFrequency(from: number, to: number, recent: number, limit: number): number {
    if (this.scratch.length < limit + 2) this.scratch = new Int32Array(2 * limit + 2)
    const outlets = this.scratch
    let n = 0
    let last = -1
    for (let i = from; i < to && n <= limit; i++) {
      const doc = this.sortedDocs[i] as number
      if (doc !== last && this.ids[doc] !== null) outlets[n++] = this.outletOf[doc] as number
      last = doc
    }
    last = -1
    for (let i = recent; i >= 0 && n <= limit; i = this.recentPrevious[i] as number) {
      const doc = this.recentDocs[i] as number
      if (doc !== last && this.ids[doc] !== null) outlets[n++] = this.outletOf[doc] as number
      last = doc
    }
    return n
  }

  /**
   * Whether the `n` documents {@link documentFrequency} just counted (their outlets in
   * `scratch`) are {@link FURNITURE_OUTLET_PAGES} pages of one known outlet and average
   * more than {@link FURNITURE_DOCS_PER_OUTLET} per outlet.
   */
  private repeatsWithinOutlet(n: number): boolean {
    if (n < FURNITURE_OUTLET_PAGES) return false
    // Tallied by outlet number + 1 (0: no known outlet), then cleared for the next call.
    if (this.tally.length <= this.outletNames.length) {
      this.tally = new Int32Array(2 * this.outletNames.length + 2)
    }
    const tally = this.tally
    let distinct = 0
    let most = 0
    for (let i = 0; i < n; i++) {
      const slot = (this.scratch[i] as number) + 1
      const count = ++(tally[slot] as number)
      if (count === 1) distinct++
      if (slot > 0 && count > most) most = count
    }
    for (let i = 0; i < n; i++) tally[(this.scratch[i] as number) + 1] = 0
    return most >= FURNITURE_OUTLET_PAGES && n > FURNITURE_DOCS_PER_OUTLET * distinct
  }

  /**
   * Merges the recent postings into the sorted segment and drops those of removed
   * documents. Runs by itself as the index grows; call it before {@link snapshot} to store
   * one flat segment (snapshot does).
   */
  compact(): void {
    const recent = this.recentCount
    // Sort the recent postings by hash, then by order of addition (document, position):
    // the float64 key hash × 2^21 + index is exact below 2^53.
    const keys = new Float64Array(recent)
    for (let i = 0; i < recent; i++) keys[i] = (this.recentHashes[i] as number) * 2097152 + i
    keys.sort()
    const sortedLength = this.sortedHashes.length
    let live = 0
    for (let i = 0; i < sortedLength; i++)
      if (this.ids[this.sortedDocs[i] as number] !== null) live++
    for (let i = 0; i < recent; i++) if (this.ids[this.recentDocs[i] as number] !== null) live++
    const hashes = new Uint32Array(live)
    const docs = new Uint32Array(live)
    const positions = new Uint32Array(live)
    let out = 0
    let s = 0
    let r = 0
    while (s < sortedLength || r < recent) {
      const recentIndex = r < recent ? (keys[r] as number) % 2097152 : -1
      const takeSorted =
        r >= recent ||
        (s < sortedLength &&
          (this.sortedHashes[s] as number) <= (this.recentHashes[recentIndex] as number))
      if (takeSorted) {
        const doc = this.sortedDocs[s] as number
        if (this.ids[doc] !== null) {
          hashes[out] = this.sortedHashes[s] as number
          docs[out] = doc
          positions[out] = this.sortedPositions[s] as number
          out++
        }
        s++
      } else {
        const doc = this.recentDocs[recentIndex] as number
        if (this.ids[doc] !== null) {
          hashes[out] = this.recentHashes[recentIndex] as number
          docs[out] = doc
          positions[out] = this.recentPositions[recentIndex] as number
          out++
        }
        r++
      }
    }
    this.sortedHashes = hashes
    this.sortedDocs = docs
    this.sortedPositions = positions
    this.recentCount = 0
    this.recentHead = new Map()
    this.deadPostings = 0
  }

  /**
   * The index as plain data: ids and three typed arrays (compacted first). Documents
   * removed keep a null slot so numbers in the postings stay valid.
   */
  snapshot(): ReuseIndexSnapshot {
    this.compact()
    return {
      version: 2,
      ids: [...this.ids],
      outlets: this.outletOf.map((n) => (n < 0 ? null : (this.outletNames[n] as string))),
      published: this.publishedOf.map((p) => (p === Infinity ? null : p)),
      hashes: this.sortedHashes,
      docs: this.sortedDocs,
      positions: this.sortedPositions,
    }
  }

  /**
   * An index restored from {@link snapshot}'s output. Throws on a snapshot of another
   * version or whose arrays disagree, so a caller rebuilds instead of answering wrongly.
   */
  static fromSnapshot(snapshot: ReuseIndexSnapshot): ReuseIndex {
    const { hashes, docs, positions, ids } = snapshot
    if (snapshot.version !== 2) throw new Error(`Unknown reuse index version ${snapshot.version}.`)
    if (
      docs.length !== hashes.length ||
      positions.length !== hashes.length ||
      snapshot.outlets.length !== ids.length ||
      snapshot.published.length !== ids.length
    ) {
      throw new Error('The stored reuse index is damaged (its columns differ in length).')
    }
    const index = new ReuseIndex()
    index.ids = [...ids]
    index.postingCounts = new Array<number>(ids.length).fill(0)
    index.outletOf = snapshot.outlets.map((outlet) => index.outletNumber(outlet))
    index.publishedOf = snapshot.published.map((p) => p ?? Infinity)
    for (let n = 0; n < ids.length; n++) {
      const id = ids[n]
      if (id === null || id === undefined) continue
      index.numbers.set(id, n)
      index.liveDocs++
    }
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number
      if (doc >= ids.length) {
        throw new Error('The stored reuse index is damaged (a posting names no document).')
      }
      index.postingCounts[doc] = (index.postingCounts[doc] as number) + 1
    }
    index.sortedHashes = hashes
    index.sortedDocs = docs
    index.sortedPositions = positions
    return index
  }
}
