/**
 * Passage extraction: from the fingerprints two documents share (seeds), the passages they
 * share. Seeds on nearly the same diagonal are chained into runs (an edit or an inserted
 * clause shifts the diagonal a little), each run is aligned word by word in a band around it
 * (with a margin, since the outer seeds need not be at a passage's ends), the alignment is
 * cut into pieces where it has long gaps and trimmed where its ends are chance matches, and
 * pieces close together in both documents are joined (a clause moved within a sentence, a
 * sentence moved within a paragraph). Furniture words (flagged in a mask) never align. What is
 * long and similar enough is a shared passage.
 */
import { alignBand } from './align'
import { GUARANTEE_WORDS, SHINGLE_WORDS } from './fingerprints'
import { furnitureMask } from './furniture'
import type { SharedPassage } from './types'
import type { ReuseWords } from './words'

/**
 * A passage must have at least this many words on its shorter side: below ten, shared
 * wording is a stock phrase or a name with its title more often than it is copying.
 */
export const MIN_PASSAGE_WORDS = 10

/**
 * And at least this share of its words aligned (2 × aligned / (words a + words b)): a copy
 * with one word in ten edited scores about 0.9, two independent sentences on the same event
 * well under 0.5; two edited copies of one wire story, each with a tenth changed, about 0.8.
 */
export const MIN_SIMILARITY = 0.8

/**
 * Seeds chain into one run when their diagonals differ by at most this many words: the
 * words a rewrite may insert or delete between two seeds (a short clause).
 */
const DRIFT = 12

/** ...and when they are at most this many words apart in the first document. */
const CHAIN_GAP = 40

/**
 * Words aligned beyond a run's outer seeds. Winnowing leaves at most GUARANTEE_WORDS
 * unchanged words without a fingerprint, so a passage's end can lie up to about that far past
 * the last seed's shingle, twice over when an edit sits in between.
 */
const MARGIN = 2 * GUARANTEE_WORDS

/** Unaligned words (in either document) that split an alignment into separate pieces. */
const MAX_GAP = 6

/** Fewer aligned words than this is a chance match (common words), not a piece of a passage. */
const MIN_PIECE_MATCHES = 4

/**
 * Pieces this close in both documents, in either order, are one passage with reordered
 * parts, if together they stay similar enough.
 */
const JOIN_GAP = 8

/** Seeds read per pair at most: a pathological pair (a text repeated many times) is cut short. */
const MAX_SEEDS = 100_000

/** The words of a document with its id, as extraction takes it. */
export interface WordsOf {
  id: string
  words: ReuseWords
  /**
   * One flag per word, 1 for site furniture (see {@link furnitureWords}); when absent, the
   * known furniture phrases are looked for.
   */
  furniture?: Uint8Array
}

/** An aligned piece: word ranges on both sides and the aligned word pairs. */
interface Piece {
  a0: number
  a1: number
  b0: number
  b1: number
  matchA: Uint32Array
  matchB: Uint32Array
}

/** A run of seeds on nearly one diagonal. */
interface Run {
  aFirst: number
  aLast: number
  bFirst: number
  bLast: number
  dMin: number
  dMax: number
  lastDiagonal: number
}

/** Seeds sorted by position in a (then b), as chained runs. */
function chainSeeds(seeds: Uint32Array): Run[] {
  const count = Math.min(seeds.length >>> 1, MAX_SEEDS)
  const keys = new Float64Array(count)
  for (let s = 0; s < count; s++) {
    keys[s] = (seeds[2 * s] as number) * 4294967296 + (seeds[2 * s + 1] as number)
  }
  keys.sort()
  const runs: Run[] = []
  // Runs a later seed may still extend (their last seed within CHAIN_GAP), kept in place.
  const active: Run[] = []
  for (let s = 0; s < count; s++) {
    const key = keys[s] as number
    const pa = Math.floor(key / 4294967296)
    const pb = key - pa * 4294967296
    const diagonal = pb - pa
    let kept = 0
    for (const run of active) if (run.aLast >= pa - CHAIN_GAP) active[kept++] = run
    active.length = kept
    let chosen: Run | null = null
    for (const run of active) {
      const shift = Math.abs(diagonal - run.lastDiagonal)
      if (shift > DRIFT || pb <= run.bLast || pa <= run.aLast) continue
      if (!chosen || shift < Math.abs(diagonal - chosen.lastDiagonal)) chosen = run
    }
    if (chosen) {
      chosen.aLast = pa
      chosen.bLast = pb
      chosen.lastDiagonal = diagonal
      if (diagonal < chosen.dMin) chosen.dMin = diagonal
      if (diagonal > chosen.dMax) chosen.dMax = diagonal
    } else {
      const run = {
        aFirst: pa,
        aLast: pa,
        bFirst: pb,
        bLast: pb,
        dMin: diagonal,
        dMax: diagonal,
        lastDiagonal: diagonal,
      }
      runs.push(run)
      active.push(run)
    }
  }
  return runs
}

/** Unaligned words between aligned pair k − 1 and pair k (the larger side). */
function gapBefore(a: Uint32Array, b: Uint32Array, k: number): number {
  return Math.max(
    (a[k] as number) - (a[k - 1] as number) - 1,
    (b[k] as number) - (b[k - 1] as number) - 1,
  )
}

/**
 * The best-scoring pieces of aligned pairs [lo, hi] (inclusive): each pair scores 1 and each
 * gap before it costs its length, so a piece does not reach across a gap to a lone chance
 * match at its end; the best piece is taken and the rest on each side searched again.
 */
function bestPieces(a: Uint32Array, b: Uint32Array, lo: number, hi: number, out: Piece[]): void {
  if (hi - lo + 1 < MIN_PIECE_MATCHES) return
  let score = 1
  let start = lo
  let bestScore = 1
  let bestStart = lo
  let bestEnd = lo
  for (let k = lo + 1; k <= hi; k++) {
    const extended = score + 1 - gapBefore(a, b, k)
    if (extended > 1) score = extended
    else {
      score = 1
      start = k
    }
    if (score > bestScore) {
      bestScore = score
      bestStart = start
      bestEnd = k
    }
  }
  if (bestEnd - bestStart + 1 >= MIN_PIECE_MATCHES) {
    out.push({
      a0: a[bestStart] as number,
      a1: (a[bestEnd] as number) + 1,
      b0: b[bestStart] as number,
      b1: (b[bestEnd] as number) + 1,
      matchA: a.slice(bestStart, bestEnd + 1),
      matchB: b.slice(bestStart, bestEnd + 1),
    })
  }
  bestPieces(a, b, lo, bestStart - 1, out)
  bestPieces(a, b, bestEnd + 1, hi, out)
}

/**
 * Aligns one run (with margins) and cuts the alignment into pieces; aligned words that are
 * furniture on either side are dropped first (they leave a gap like an edit).
 */
function alignRun(
  a: ReuseWords,
  b: ReuseWords,
  furnitureA: Uint8Array,
  furnitureB: Uint8Array,
  run: Run,
  out: Piece[],
): void {
  const a0 = Math.max(0, run.aFirst - MARGIN)
  const a1 = Math.min(a.length, run.aLast + SHINGLE_WORDS + MARGIN)
  const b0 = Math.max(0, run.bFirst - MARGIN)
  const b1 = Math.min(b.length, run.bLast + SHINGLE_WORDS + MARGIN)
  const aligned = alignBand(a.hashes, a0, a1, b.hashes, b0, b1, run.dMin - DRIFT, run.dMax + DRIFT)
  let count = 0
  for (let k = 0; k < aligned.count; k++) {
    const i = aligned.a[k] as number
    const j = aligned.b[k] as number
    if (furnitureA[i] === 1 || furnitureB[j] === 1) continue
    aligned.a[count] = i
    aligned.b[count] = j
    count++
  }
  let groupStart = 0
  for (let k = 1; k <= count; k++) {
    if (k === count || gapBefore(aligned.a, aligned.b, k) > MAX_GAP) {
      bestPieces(aligned.a, aligned.b, groupStart, k - 1, out)
      groupStart = k
    }
  }
}

/**
 * The furniture flags of a document's words: the known furniture phrases
 * ({@link furnitureMask}) and, when given, the words under fingerprints the index judged
 * furniture (`flagged`, one flag per fingerprint of `positions`, as
 * {@link ReuseIndex.candidates} fills it).
 */
export function furnitureWords(
  words: ReuseWords,
  positions?: Uint32Array,
  flagged?: Uint8Array,
): Uint8Array {
  const mask = furnitureMask(words)
  if (positions && flagged) {
    for (let f = 0; f < flagged.length; f++) {
      if (flagged[f] !== 1) continue
      const p = positions[f] as number
      mask.fill(1, p, Math.min(words.length, p + SHINGLE_WORDS))
    }
  }
  return mask
}

/** Distance between [x0, x1) and [y0, y1); 0 when they touch or overlap. */
function distance(x0: number, x1: number, y0: number, y1: number): number {
  return Math.max(0, y0 - x1, x0 - y1)
}

/** Marks of aligned words, reused across joins (one per side). */
let marks = new Uint8Array(4096)

/** Distinct values of `lists` that fall in [from, to). */
function distinctIn(lists: readonly Uint32Array[], from: number, to: number): number {
  const size = to - from
  if (marks.length < size) marks = new Uint8Array(size * 2)
  marks.fill(0, 0, size)
  let n = 0
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const at = (list[i] as number) - from
      if (marks[at] === 0) {
        marks[at] = 1
        n++
      }
    }
  }
  return n
}

/** A passage being assembled from pieces. */
interface Group {
  a0: number
  a1: number
  b0: number
  b1: number
  matchA: Uint32Array[]
  matchB: Uint32Array[]
  aligned: number
}

function similarityOf(aligned: number, wordsA: number, wordsB: number): number {
  return (2 * aligned) / (wordsA + wordsB)
}

/** The group joined with `piece`, or null if the joined passage would be too dissimilar. */
function joined(group: Group, piece: Piece): Group | null {
  const a0 = Math.min(group.a0, piece.a0)
  const a1 = Math.max(group.a1, piece.a1)
  const b0 = Math.min(group.b0, piece.b0)
  const b1 = Math.max(group.b1, piece.b1)
  const matchA = [...group.matchA, piece.matchA]
  const matchB = [...group.matchB, piece.matchB]
  const aligned = Math.min(distinctIn(matchA, a0, a1), distinctIn(matchB, b0, b1))
  if (similarityOf(aligned, a1 - a0, b1 - b0) < MIN_SIMILARITY) return null
  return { a0, a1, b0, b1, matchA, matchB, aligned }
}

/** Joins pieces close in both documents into passages. */
function groupPieces(pieces: Piece[]): Group[] {
  pieces.sort((p, q) => p.a0 - q.a0 || q.a1 - p.a1)
  const groups: Group[] = []
  for (const piece of pieces) {
    let placed = false
    for (let g = groups.length - 1; g >= 0 && !placed; g--) {
      const group = groups[g] as Group
      if (distance(group.a0, group.a1, piece.a0, piece.a1) > JOIN_GAP) continue
      if (distance(group.b0, group.b1, piece.b0, piece.b1) > JOIN_GAP) continue
      const next = joined(group, piece)
      if (next) {
        groups[g] = next
        placed = true
      }
    }
    if (!placed) {
      groups.push({
        a0: piece.a0,
        a1: piece.a1,
        b0: piece.b0,
        b1: piece.b1,
        matchA: [piece.matchA],
        matchB: [piece.matchB],
        aligned: piece.matchA.length,
      })
    }
  }
  return groups
}

/**
 * The passages documents `a` and `b` share, from the positions of their common fingerprints
 * (`seeds`, interleaved [word in a, word in b, …], any order, as
 * {@link ReuseIndex.candidates} gives them). Each passage has at least
 * {@link MIN_PASSAGE_WORDS} words on its shorter side and a similarity of at least
 * {@link MIN_SIMILARITY}, leaves out furniture words, and is reported with `a` and `b`
 * ordered by id (so the pair reads the same whichever document was added first). Passages
 * are in order of their start in the first document. The same id on both sides gives none.
 */
export function extractPassages(a: WordsOf, b: WordsOf, seeds: Uint32Array): SharedPassage[] {
  if (a.id === b.id) return []
  const pieces: Piece[] = []
  const furnitureA = a.furniture ?? furnitureMask(a.words)
  const furnitureB = b.furniture ?? furnitureMask(b.words)
  for (const run of chainSeeds(seeds))
    alignRun(a.words, b.words, furnitureA, furnitureB, run, pieces)
  const passages: SharedPassage[] = []
  for (const group of groupPieces(pieces)) {
    const wordsA = group.a1 - group.a0
    const wordsB = group.b1 - group.b0
    if (Math.min(wordsA, wordsB) < MIN_PASSAGE_WORDS) continue
    const similarity = similarityOf(group.aligned, wordsA, wordsB)
    if (similarity < MIN_SIMILARITY) continue
    const sideA = {
      docId: a.id,
      start: a.words.starts[group.a0] as number,
      end: a.words.ends[group.a1 - 1] as number,
    }
    const sideB = {
      docId: b.id,
      start: b.words.starts[group.b0] as number,
      end: b.words.ends[group.b1 - 1] as number,
    }
    const wordsOfA = { start: group.a0, end: group.a1 }
    const wordsOfB = { start: group.b0, end: group.b1 }
    const first = a.id < b.id
    passages.push({
      a: first ? sideA : sideB,
      b: first ? sideB : sideA,
      words: Math.min(wordsA, wordsB),
      similarity,
      aWords: first ? wordsOfA : wordsOfB,
      bWords: first ? wordsOfB : wordsOfA,
    })
  }
  passages.sort((p, q) => p.a.start - q.a.start || p.b.start - q.b.start)
  return passages
}
