/**
 * Where each short run of characters occurs in a text, so that re-anchoring can look up
 * verbatim pieces of a quote instead of scanning a long document once per highlight.
 */

/** Length of the runs the index records. */
export const NGRAM_LENGTH = 6

// 2^18 buckets: a 300,000-character text has far fewer distinct 6-grams than that, so
// most buckets hold one n-gram and a lookup costs little more than its occurrences.
const BUCKET_BITS = 18

/** Positions of n-grams in one text, grouped by hash. */
export interface NgramIndex {
  /**
   * Every position where `gram` (exactly {@link NGRAM_LENGTH} code units) occurs, in
   * ascending order, plus positions of other n-grams that share its hash: callers must
   * confirm a hit with `text.startsWith(gram, position)`. Empty for other lengths.
   */
  candidates(gram: string): Int32Array
}

function hashAt(text: string, at: number): number {
  let hash = 0
  for (let i = 0; i < NGRAM_LENGTH; i++)
    hash = Math.imul(hash ^ text.charCodeAt(at + i), 0x9e3779b1)
  return hash >>> (32 - BUCKET_BITS)
}

/**
 * Indexes every {@link NGRAM_LENGTH}-character run of `text` in O(length) time and about
 * 5 bytes per character plus a fixed 1 MB of bucket offsets (a counting sort by hash).
 */
export function createNgramIndex(text: string): NgramIndex {
  const count = Math.max(0, text.length - NGRAM_LENGTH + 1)
  const hashes = new Int32Array(count)
  const starts = new Int32Array((1 << BUCKET_BITS) + 1)
  for (let i = 0; i < count; i++) {
    const hash = hashAt(text, i)
    hashes[i] = hash
    starts[hash + 1]!++
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!
  const positions = new Int32Array(count)
  const fill = starts.slice(0, -1)
  // Filling in text order keeps each bucket's positions ascending.
  for (let i = 0; i < count; i++) positions[fill[hashes[i]!]!++] = i
  return {
    candidates(gram) {
      if (gram.length !== NGRAM_LENGTH) return new Int32Array(0)
      const hash = hashAt(gram, 0)
      return positions.subarray(starts[hash], starts[hash + 1])
    },
  }
}
