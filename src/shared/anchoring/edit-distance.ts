/**
 * Levenshtein distance from one short pattern (a quote's stored context) to many pieces of
 * the text, in O(length) word operations per piece: re-anchoring compares the same prefix
 * and suffix against every candidate occurrence, which can number in the thousands for a
 * common word, so the per-candidate cost must stay tiny.
 */

/** Longest pattern `createEditDistance` accepts: one 32-bit word of bit-vector state. */
export const MAX_PATTERN_LENGTH = 32

/**
 * Prepares `pattern` (at most {@link MAX_PATTERN_LENGTH} UTF-16 code units) and returns a
 * function giving the Levenshtein distance (insertions, deletions, substitutions, each
 * costing 1, counted in code units) between the whole pattern and `text.slice(from, to)`.
 * The range is clamped to the text, so a window that runs off either end simply compares
 * against fewer characters. Throws a `RangeError` for a longer pattern.
 */
export function createEditDistance(
  pattern: string,
): (text: string, from: number, to: number) => number {
  const m = pattern.length
  if (m > MAX_PATTERN_LENGTH) {
    throw new RangeError(`Pattern longer than ${MAX_PATTERN_LENGTH} code units`)
  }
  // peq[c] has bit i set where pattern[i] === c (Myers 1999, as restated by Hyyrö 2001
  // for global distance): the whole DP column lives in two 32-bit vectors.
  const peq = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    peq.set(c, (peq.get(c) ?? 0) | (1 << i))
  }
  const last = 1 << (m - 1)

  return (text, from, to) => {
    const start = Math.max(0, from)
    const end = Math.min(text.length, to)
    if (m === 0) return Math.max(0, end - start)
    let pv = -1
    let mv = 0
    let score = m
    for (let j = start; j < end; j++) {
      const eq = peq.get(text.charCodeAt(j)) ?? 0
      const xv = eq | mv
      // `+` runs in doubles; the following `^` wraps it back to 32 bits, as the
      // algorithm's machine-word addition expects.
      const xh = (((eq & pv) + pv) ^ pv) | eq
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      if (ph & last) score++
      else if (mh & last) score--
      // Shifting in 1 encodes row 0 of the global-distance table (D[0][j] = j).
      ph = (ph << 1) | 1
      mh = mh << 1
      pv = mh | ~(xv | ph)
      mv = ph & xv
    }
    return score
  }
}
