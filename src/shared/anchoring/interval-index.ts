/**
 * A static index of [start, end) intervals (placed highlights) for hit-testing: which
 * highlights cover the offset under a click, which touch a selection.
 */

/** Anything with a half-open range [start, end) of offsets. */
export interface Interval {
  start: number
  end: number
}

/** Queries over a fixed set of intervals; build a new index when the set changes. */
export interface IntervalIndex<T extends Interval> {
  /** How many intervals were indexed (empty ones included, though no query returns them). */
  readonly size: number
  /**
   * Every interval with start <= offset < end. Sorted by start, and among equal starts the
   * longer (outer) first, so nested highlights read outermost to innermost.
   */
  at(offset: number): T[]
  /**
   * Every interval sharing at least one offset with [start, end), i.e. item.start < end
   * and start < item.end, in the same order as {@link IntervalIndex.at}. An empty or
   * reversed query range overlaps nothing; use `at` for a caret.
   */
  overlapping(start: number, end: number): T[]
}

/**
 * Indexes `items` in O(n log n): sorted by start (longer first on ties) into an implicit
 * balanced tree whose nodes also keep the greatest end below them. A query visits only
 * subtrees that can hold an answer, O(log n + k·log n) for k answers, and never more than
 * the n items. Empty intervals (end <= start) cover no offset and are never returned.
 * `items` is not modified; the returned arrays are fresh.
 */
export function createIntervalIndex<T extends Interval>(items: readonly T[]): IntervalIndex<T> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end)
  const n = sorted.length
  // maxEnd[mid] is the greatest end in the subtree rooted at mid, where the subtree of
  // [lo, hi) has its root at mid = (lo + hi) >> 1: a balanced tree without pointers.
  const maxEnd = new Float64Array(n)
  const build = (lo: number, hi: number): number => {
    if (lo >= hi) return Number.NEGATIVE_INFINITY
    const mid = (lo + hi) >> 1
    const own = sorted[mid]?.end ?? Number.NEGATIVE_INFINITY
    const max = Math.max(own, build(lo, mid), build(mid + 1, hi))
    maxEnd[mid] = max
    return max
  }
  build(0, n)

  /**
   * In-order walk collecting non-empty items with item.end > start and item.start < end,
   * or item.start <= end when `endInclusive` (a point query is [offset, offset]).
   */
  const collect = (start: number, end: number, endInclusive: boolean): T[] => {
    const found: T[] = []
    const visit = (lo: number, hi: number) => {
      if (lo >= hi) return
      const mid = (lo + hi) >> 1
      // Nothing below ends after `start`: the whole subtree is left of the query.
      if ((maxEnd[mid] ?? Number.NEGATIVE_INFINITY) <= start) return
      visit(lo, mid)
      const item = sorted[mid]
      // Sorted by start: this item and everything right of it begin too late.
      if (item === undefined || item.start > end || (item.start === end && !endInclusive)) return
      if (item.end > start && item.end > item.start) found.push(item)
      visit(mid + 1, hi)
    }
    visit(0, n)
    return found
  }

  return {
    size: n,
    at: (offset) => collect(offset, offset, true),
    overlapping: (start, end) => (start < end ? collect(start, end, false) : []),
  }
}
