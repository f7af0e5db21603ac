/**
 * Fingerprints of a text for finding reuse: hashes of overlapping word n-grams (shingles),
 * thinned by winnowing (Schleimer, Wilkerson and Aiken, 2003) so that two texts sharing a run
 * of words are guaranteed a common fingerprint while only about 2/(w+1) of the shingles are
 * kept.
 */
import { fmix32, type ReuseWords } from './words'

/**
 * Words per shingle. Five words of news prose are almost never shared by chance between two
 * independent texts once the few phrases every site prints are set aside (document frequency,
 * see the index); four matched too often ("one of the most"), six would need a longer
 * unchanged run to be seen at all.
 */
export const SHINGLE_WORDS = 5

/**
 * Winnowing window, in shingles. Winnowing guarantees a common fingerprint for every shared
 * run of at least t = w + n − 1 unchanged words (t is "the guarantee threshold"): each window
 * of w shingles inside the run is the same in both texts and keeps its minimum. With n = 5 and
 * w = 4, t = 8: a passage of 10 or more words with an edit every ~10 words still has unchanged
 * runs of 9 words between the edits, each of which yields a fingerprint. Density is
 * 2/(w+1) = 0.4 of the shingles (about 800 fingerprints for a 2,000-word article).
 */
export const WINNOW_WINDOW = 4

/** Words of unchanged run that are guaranteed to yield a common fingerprint. */
export const GUARANTEE_WORDS = SHINGLE_WORDS + WINNOW_WINDOW - 1

/** The kept fingerprints of a text, in word order; arrays are `length` long. */
export interface Fingerprints {
  length: number
  /** Shingle hash. */
  hashes: Uint32Array
  /** Word index of the shingle's first word. */
  positions: Uint32Array
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r))
}

/**
 * Hash of the shingle of `n` words starting at word `p` (murmur3's block step over word
 * hashes, so word order matters).
 */
function shingleHash(words: Uint32Array, p: number, n: number): number {
  let h = 0x9747b28c
  for (let k = 0; k < n; k++) {
    let x = Math.imul(words[p + k] as number, 0xcc9e2d51)
    x = rotl(x, 15)
    x = Math.imul(x, 0x1b873593)
    h ^= x
    h = rotl(h, 13)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  return fmix32(h ^ n)
}

/** Every shingle hash of `words` (length − n + 1 of them; none for a shorter text). */
export function shingles(words: ReuseWords, n = SHINGLE_WORDS): Uint32Array {
  const count = Math.max(0, words.length - n + 1)
  const out = new Uint32Array(count)
  for (let p = 0; p < count; p++) out[p] = shingleHash(words.hashes, p, n)
  return out
}

/**
 * Robust winnowing: in each window of `w` consecutive shingles keep the smallest hash (the
 * rightmost of equal ones), recording it once when the kept shingle changes. A text with
 * fewer than `w` shingles keeps its smallest one, so a text of n words has a fingerprint.
 */
export function winnow(hashes: Uint32Array, w = WINNOW_WINDOW): Fingerprints {
  const m = hashes.length
  // At most one fingerprint per window (ascending hashes give exactly that).
  const outHashes = new Uint32Array(Math.max(0, m - w + 1) + 1)
  const outPositions = new Uint32Array(outHashes.length)
  let count = 0
  const push = (i: number) => {
    outHashes[count] = hashes[i] as number
    outPositions[count] = i
    count++
  }
  if (m === 0) return { length: 0, hashes: outHashes, positions: outPositions }
  const windows = Math.max(1, m - w + 1)
  const last = Math.min(w, m) - 1
  // The minimum of the first window.
  let min = 0
  for (let i = 1; i <= last; i++) if ((hashes[i] as number) <= (hashes[min] as number)) min = i
  push(min)
  for (let start = 1; start < windows; start++) {
    const end = start + w - 1
    if (min < start) {
      // The kept shingle left the window: find the new minimum, rightmost of ties.
      min = start
      for (let i = start + 1; i <= end; i++)
        if ((hashes[i] as number) <= (hashes[min] as number)) min = i
      push(min)
    } else if ((hashes[end] as number) <= (hashes[min] as number)) {
      min = end
      push(min)
    }
  }
  return {
    length: count,
    hashes: outHashes.slice(0, count),
    positions: outPositions.slice(0, count),
  }
}

/** The fingerprints of a text's words: its shingles, winnowed. */
export function fingerprints(words: ReuseWords): Fingerprints {
  return winnow(shingles(words))
}
