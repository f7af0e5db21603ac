/**
 * Word-level alignment of two stretches of text along a band of diagonals: the longest common
 * subsequence of their word hashes, restricted to cells whose diagonal (word in b − word in a)
 * lies in [dLo, dHi], so aligning two 200-word stretches costs 200 × band cells, not 200².
 * The buffers are module scratch, grown when needed: a pair of documents is aligned many times
 * and nothing is allocated per cell or per word.
 */

let directions = new Uint8Array(1 << 16)
let previousRow = new Int32Array(256)
let currentRow = new Int32Array(256)
let matchedA = new Uint32Array(1024)
let matchedB = new Uint32Array(1024)

const DIAGONAL = 0
const UP = 1
const LEFT = 2
const STOP = 3

/** The aligned word pairs of the last {@link alignBand} call (valid until the next call). */
export interface Alignment {
  /** Number of aligned pairs. */
  count: number
  /** Word index in a of each pair, ascending. */
  a: Uint32Array
  /** Word index in b of each pair, ascending. */
  b: Uint32Array
}

/**
 * Aligns words [a0, a1) of `a` with words [b0, b1) of `b` (hashes), allowing only pairs whose
 * diagonal j − i is within [dLo, dHi]. Returns the pairs of one longest common subsequence
 * in the band (ties broken toward matches, then toward skipping a word of a). The returned
 * arrays are scratch: copy what you keep before the next call.
 */
export function alignBand(
  a: Uint32Array,
  a0: number,
  a1: number,
  b: Uint32Array,
  b0: number,
  b1: number,
  dLo: number,
  dHi: number,
): Alignment {
  const la = Math.max(0, a1 - a0)
  const lb = Math.max(0, b1 - b0)
  const width = dHi - dLo + 1
  if (la === 0 || lb === 0 || width <= 0) return { count: 0, a: matchedA, b: matchedB }
  // Local coordinates: row r = i − a0 + 1, column c = j − b0 + 1; the band is
  // c − r in [lo, lo + width), and column k of a row holds c = r + lo + k.
  const lo = dLo - (b0 - a0)
  if (previousRow.length < width + 1) {
    previousRow = new Int32Array(width * 2)
    currentRow = new Int32Array(width * 2)
  }
  const cells = (la + 1) * width
  if (directions.length < cells) directions = new Uint8Array(Math.max(cells, directions.length * 2))
  let prev = previousRow
  let cur = currentRow
  prev.fill(0, 0, width)
  let best = 0
  let bestRow = 0
  let bestK = 0
  for (let r = 1; r <= la; r++) {
    const wordA = a[a0 + r - 1] as number
    const rowBase = r * width
    for (let k = 0; k < width; k++) {
      const c = r + lo + k
      if (c < 1 || c > lb) {
        cur[k] = 0
        directions[rowBase + k] = STOP
        continue
      }
      const up = k + 1 < width ? (prev[k + 1] as number) : 0
      const left = k > 0 ? (cur[k - 1] as number) : 0
      let value: number
      if (wordA === b[b0 + c - 1]) {
        value = (prev[k] as number) + 1
        directions[rowBase + k] = DIAGONAL
      } else if (up >= left) {
        value = up
        directions[rowBase + k] = UP
      } else {
        value = left
        directions[rowBase + k] = LEFT
      }
      cur[k] = value
      if (value > best) {
        best = value
        bestRow = r
        bestK = k
      }
    }
    const swap = prev
    prev = cur
    cur = swap
  }
  if (matchedA.length < best) {
    matchedA = new Uint32Array(best * 2)
    matchedB = new Uint32Array(best * 2)
  }
  // Trace back from the first cell that reached the best length (a match), filling the
  // pairs from the end.
  let n = best
  let r = bestRow
  let k = bestK
  while (r > 0 && k >= 0 && k < width && n > 0) {
    const c = r + lo + k
    if (c < 1) break
    const direction = directions[r * width + k]
    if (direction === DIAGONAL) {
      n--
      matchedA[n] = a0 + r - 1
      matchedB[n] = b0 + c - 1
      r--
    } else if (direction === UP) {
      r--
      k++
    } else if (direction === LEFT) {
      k--
    } else break
  }
  // n > 0 only if the trace left the band early, which a consistent fill never does.
  if (n > 0) {
    matchedA.copyWithin(0, n, best)
    matchedB.copyWithin(0, n, best)
  }
  return { count: best - n, a: matchedA, b: matchedB }
}
