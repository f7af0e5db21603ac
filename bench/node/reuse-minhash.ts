/**
 * The alternative the issue names, measured against winnowing on the same corpus: MinHash
 * signatures of overlapping word windows, banded for locality-sensitive hashing (LSH). Each
 * window of WINDOW words (every STRIDE words) gets BANDS × ROWS min-hashes of its word
 * 3-grams; each band's ROWS values hash to one key, and two windows sharing a key are a
 * candidate. The keys go into the same inverted index as the winnowed fingerprints (with the
 * window's first word as position) and the same passage extraction follows, so only the
 * candidate generation differs. Not registered: `npx tsx bench/node/reuse.bench.ts --compare`.
 */
import type { PlantedPassage, ReuseArticle } from '../../scripts/generate-reuse-corpus'
import { findReuse } from '../../src/shared/reuse/find-reuse'
import { fingerprints, type Fingerprints } from '../../src/shared/reuse/fingerprints'
import { ReuseIndex } from '../../src/shared/reuse/reuse-index'
import type { SharedPassage } from '../../src/shared/reuse/types'
import { fmix32, reuseWords, type ReuseWords } from '../../src/shared/reuse/words'
import { describeQuality, quality } from './reuse.bench'

/** Words per window: the shortest planted copy. */
const WINDOW = 12
/** Words between window starts: a copy of WINDOW words shares at least 8 with a window. */
const STRIDE = 4
const GRAM = 3
const BANDS = 16
const ROWS = 2
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => fmix32(0x9e3779b9 * (i + 1)))

/** One key per band per window, with the window's first word as position. */
export function minHashPrints(words: ReuseWords): Fingerprints {
  const windows = words.length < WINDOW ? 0 : Math.floor((words.length - WINDOW) / STRIDE) + 1
  const hashes = new Uint32Array(windows * BANDS)
  const positions = new Uint32Array(windows * BANDS)
  const grams = new Uint32Array(WINDOW - GRAM + 1)
  const mins = new Uint32Array(BANDS * ROWS)
  let out = 0
  for (let w = 0; w < windows; w++) {
    const start = w * STRIDE
    for (let g = 0; g < grams.length; g++) {
      let h = 0x1234567
      for (let k = 0; k < GRAM; k++) h = fmix32(h ^ (words.hashes[start + g + k] as number))
      grams[g] = h
    }
    mins.fill(0xffffffff)
    for (let s = 0; s < mins.length; s++) {
      const seed = SEEDS[s] as number
      let min = 0xffffffff
      for (let g = 0; g < grams.length; g++) {
        const v = fmix32((grams[g] as number) ^ seed)
        if (v < min) min = v
      }
      mins[s] = min
    }
    for (let b = 0; b < BANDS; b++) {
      let h = fmix32(b + 1)
      for (let r = 0; r < ROWS; r++) h = fmix32(h ^ (mins[b * ROWS + r] as number))
      hashes[out] = h
      positions[out] = start
      out++
    }
  }
  return { length: out, hashes, positions }
}

interface Result {
  method: string
  ms: number
  postings: number
  candidatePairs: number
  passages: SharedPassage[]
}

function run(
  method: string,
  articles: readonly ReuseArticle[],
  printsOf: (words: ReuseWords) => Fingerprints,
): Result {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const wordsOf = (id: string) => {
    const a = byId.get(id)
    return a ? reuseWords(a.text) : undefined
  }
  const index = new ReuseIndex()
  const passages: SharedPassage[] = []
  let candidatePairs = 0
  const t0 = performance.now()
  for (const article of articles) {
    const words = reuseWords(article.text)
    const prints = printsOf(words)
    candidatePairs += index.candidates(prints, article.id).length
    passages.push(...findReuse(index, { id: article.id, words }, prints, wordsOf))
    index.add(article.id, prints)
  }
  return { method, ms: performance.now() - t0, postings: index.postings, candidatePairs, passages }
}

/**
 * Builds both indexes over `articles` and logs time (the candidate count is taken in the
 * timed loop for both, so both pay it), postings, candidate pairs and passage quality.
 */
export function compareMinHash(
  articles: readonly ReuseArticle[],
  planted: readonly PlantedPassage[],
  log: (line: string) => void,
): void {
  const docs = new Set(articles.map((a) => a.id))
  for (const result of [
    run('winnowing (n=5, w=4)', articles, fingerprints),
    run(
      `minhash-lsh (${WINDOW}-word windows every ${STRIDE}, ${BANDS}×${ROWS})`,
      articles,
      minHashPrints,
    ),
  ]) {
    const q = quality(result.passages, planted, docs)
    log(
      `${result.method}: ${(result.ms / 1000).toFixed(1)} s, ${result.postings.toLocaleString('en-US')} postings ` +
        `(${((result.postings * 12) / 1024 ** 2).toFixed(1)} MiB), candidate pairs ${result.candidatePairs.toLocaleString('en-US')}`,
    )
    log(`  ${describeQuality(q)}`)
  }
}
