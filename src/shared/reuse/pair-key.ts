/**
 * One unordered pair of ids (two documents, two highlights) as a single value, the same
 * whichever order the two are given in: what the overview groups passages by and what the
 * analyst's verdicts on pairs are stored under.
 */

/** The pair in its stored order (smaller id first), so [a, b] and [b, a] are one pair. */
export function normalizePair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a]
}

/** A map key for an unordered pair of ids (NUL cannot occur in an id, so none collide). */
export function pairKey(a: string, b: string): string {
  const [x, y] = normalizePair(a, b)
  return `${x}\u0000${y}`
}
