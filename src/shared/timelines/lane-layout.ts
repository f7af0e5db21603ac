/**
 * Layout maths for the visual timeline, kept pure so it is fast and testable: an index
 * that answers "which events touch this stretch of time" without scanning them all,
 * greedy packing of each lane into rows so marks never overlap on screen, and the
 * choice of which labels fit beside their marks.
 */

/** An event as the layout sees it: [start, end) in one unit (epoch ms). */
export interface Timed {
  start: number
  end: number
}

/** Events of one span of durations (within a factor of two), sorted by start. */
interface DurationBucket {
  /** The longest duration in the bucket: how far before a window a member can start. */
  maxDuration: number
  starts: Float64Array
  /** Ranks (positions in chronological order) of the members, sorted by start. */
  ranks: Int32Array
}

/** Events indexed by time; build once per list of events with {@link buildTimeIndex}. */
export interface TimeIndex {
  readonly count: number
  readonly laneCount: number
  /** Item indices in chronological order: by start, then end, then input order. */
  readonly order: Int32Array
  /** Each item's position in `order`. */
  readonly rank: Int32Array
  readonly starts: Float64Array
  /** Ends, never before their start (an end before the start is read as a point). */
  readonly ends: Float64Array
  readonly lanes: Int32Array
  /** Earliest start and latest end; NaN when there are no items. */
  readonly min: number
  readonly max: number
  readonly buckets: readonly DurationBucket[]
}

/** First position in the sorted `values` whose value is ≥ `target`. */
export function lowerBound(values: Float64Array, target: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((values[mid] as number) < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

function inOrder(starts: Float64Array, ends: Float64Array): boolean {
  for (let i = 1; i < starts.length; i++) {
    const before = starts[i - 1] as number
    const start = starts[i] as number
    if (before > start || (before === start && (ends[i - 1] as number) > (ends[i] as number))) {
      return false
    }
  }
  return true
}

// Bucketing by the binary order of magnitude of the duration bounds how far back a query
// must look for each bucket: one long range no longer makes every query scan years.
const bucketOf = (duration: number) => (duration < 1 ? 0 : Math.floor(Math.log2(duration)) + 1)

/**
 * Indexes items by time, each in the lane `laneOf` gives (clamped into [0, laneCount)).
 * O(n log n), O(n) when the items come in date order; for 10,000 a few milliseconds.
 */
export function buildTimeIndex<T extends Timed>(
  items: readonly T[],
  laneCount: number,
  laneOf: (item: T, index: number) => number,
): TimeIndex {
  const count = items.length
  const starts = new Float64Array(count)
  const ends = new Float64Array(count)
  const lanes = new Int32Array(count)
  const lastLane = Math.max(0, laneCount - 1)
  let min = Infinity
  let max = -Infinity
  items.forEach((item, i) => {
    starts[i] = item.start
    ends[i] = Math.max(item.start, item.end)
    lanes[i] = Math.min(lastLane, Math.max(0, Math.trunc(laneOf(item, i)) || 0))
    min = Math.min(min, item.start)
    max = Math.max(max, ends[i] as number)
  })
  const order = Int32Array.from({ length: count }, (_, i) => i)
  // Events usually arrive in date order already; then the sort is skipped.
  if (!inOrder(starts, ends)) {
    order.sort(
      (a, b) =>
        (starts[a] as number) - (starts[b] as number) ||
        (ends[a] as number) - (ends[b] as number) ||
        a - b,
    )
  }
  const rank = new Int32Array(count)
  order.forEach((item, position) => (rank[item] = position))

  const members = new Map<number, number[]>()
  for (const item of order) {
    const key = bucketOf((ends[item] as number) - (starts[item] as number))
    const list = members.get(key)
    if (list) list.push(rank[item] as number)
    else members.set(key, [rank[item] as number])
  }
  const buckets = [...members.values()].map((ranks) => {
    const bucketStarts = Float64Array.from(ranks, (r) => starts[order[r] as number] as number)
    let maxDuration = 0
    for (const r of ranks) {
      const item = order[r] as number
      maxDuration = Math.max(maxDuration, (ends[item] as number) - (starts[item] as number))
    }
    return { maxDuration, starts: bucketStarts, ranks: Int32Array.from(ranks) }
  })
  return {
    count,
    laneCount: Math.max(1, laneCount),
    order,
    rank,
    starts,
    ends,
    lanes,
    min: count ? min : NaN,
    max: count ? max : NaN,
    buckets,
  }
}

/**
 * Indices of the items that touch [from, to), in chronological order: a range touches
 * when it overlaps, a point (end = start) when it lies inside. Cost is proportional to
 * the answer plus a binary search per duration bucket, not to the number of items.
 */
export function itemsInWindow(index: TimeIndex, from: number, to: number): Int32Array {
  const found: number[] = []
  for (const bucket of index.buckets) {
    const end = lowerBound(bucket.starts, to)
    for (let k = lowerBound(bucket.starts, from - bucket.maxDuration); k < end; k++) {
      const rank = bucket.ranks[k] as number
      const item = index.order[rank] as number
      const itemEnd = index.ends[item] as number
      if (itemEnd > from || (index.starts[item] as number) >= from) found.push(rank)
    }
  }
  const ranks = Int32Array.from(found).sort()
  return ranks.map((rank) => index.order[rank] as number)
}

/** How marks take up room, in the index's unit (epoch ms at the current zoom). */
export interface PackOptions {
  /** The least room a mark takes, centred on it (a point's symbol, a short bar's minimum). */
  minSpan: number
  /** Room kept free after a mark before the next in its row. */
  gap: number
  /** Rows per lane; items that fit in none overflow. */
  maxRows: number
}

/** Where each item sits: its row in its lane, or -1 when it overflowed every row. */
export interface RowLayout {
  /** Row per item (by item index), or -1. */
  row: Int16Array
  /** Rows in use per lane. */
  rowsUsed: Int32Array
  /** Items that overflowed, per lane. */
  overflow: Int32Array
}

/** The room an item takes at this zoom: its extent, widened to `minSpan` around its centre. */
export function footprint(start: number, end: number, minSpan: number): [number, number] {
  const centre = (start + end) / 2
  return [Math.min(start, centre - minSpan / 2), Math.max(end, centre + minSpan / 2)]
}

/**
 * Greedy first-fit interval packing, lane by lane, in chronological order: each item goes
 * to the lowest row whose last mark (plus `gap`) ends before its footprint starts, so
 * marks in a row never overlap and early rows fill first. O(n × maxRows).
 */
export function packRows(index: TimeIndex, options: PackOptions): RowLayout {
  const { minSpan, gap } = options
  const maxRows = Math.max(1, Math.min(0x7fff, Math.floor(options.maxRows)))
  const row = new Int16Array(index.count)
  const rowsUsed = new Int32Array(index.laneCount)
  const overflow = new Int32Array(index.laneCount)
  const rowEnds = new Float64Array(index.laneCount * maxRows).fill(-Infinity)
  const half = minSpan / 2
  for (const item of index.order) {
    const start = index.starts[item] as number
    const end = index.ends[item] as number
    const centre = (start + end) / 2
    const from = Math.min(start, centre - half)
    const lane = index.lanes[item] as number
    const base = lane * maxRows
    let r = 0
    while (r < maxRows && (rowEnds[base + r] as number) > from) r++
    if (r === maxRows) {
      row[item] = -1
      overflow[lane] = (overflow[lane] as number) + 1
      continue
    }
    row[item] = r
    rowEnds[base + r] = Math.max(end, centre + half) + gap
    if (r >= (rowsUsed[lane] as number)) rowsUsed[lane] = r + 1
  }
  return { row, rowsUsed, overflow }
}

/** A drawn mark that would like a label, in screen pixels. */
export interface LabelCandidate {
  /** The row the mark is drawn in (any number unique to the row, e.g. lane × rows + row). */
  slot: number
  x0: number
  x1: number
  /** The label's width. */
  width: number
}

/** No label; after the mark; inside the mark (a bar wide enough); before the mark. */
export const LABEL_NONE = 0
export const LABEL_AFTER = 1
export const LABEL_INSIDE = 2
export const LABEL_BEFORE = 3

/** Where labels may go, in the candidates' pixels. */
export interface LabelOptions {
  /** Room between a label and the marks around it. */
  pad: number
  /** Labels stay within [from, to]. */
  from: number
  to: number
  /**
   * The visible right edge: a label after its mark that would be cut by it goes before
   * the mark instead, when there is room there; a mark past it gets no label before it
   * (that label would show with its mark out of sight).
   */
  edge?: number
}

/**
 * Chooses labels that collide with nothing: inside a bar when it fits there, else after
 * the mark when the room before the next mark in its row holds it, else before the mark
 * when the room after the previous mark (and its label) does, else none (the label is
 * then shown on hover or focus). Candidates must be in order of x0 within each slot; a
 * slot's marks must not overlap, as {@link packRows} guarantees. O(n).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: LabelOptions,
): Uint8Array {
  const { pad, from, to, edge = Infinity } = options
  const placement = new Uint8Array(candidates.length)
  /** Where the room before each mark starts: the end of the previous mark or its label. */
  const roomFrom = new Float64Array(candidates.length).fill(-Infinity)
  const pending = new Map<number, number>()
  const decide = (i: number, nextX0: number): number => {
    const mark = candidates[i] as LabelCandidate
    const after = mark.x1 + 2 * pad + mark.width
    if (mark.width + 2 * pad <= mark.x1 - mark.x0) placement[i] = LABEL_INSIDE
    else if (after <= Math.min(nextX0, to) && !(mark.x1 < edge && after > edge)) {
      placement[i] = LABEL_AFTER
      return after
    } else if (
      mark.x1 <= edge &&
      mark.x0 - 2 * pad - mark.width >= Math.max(from, roomFrom[i] as number)
    ) {
      placement[i] = LABEL_BEFORE
    }
    return mark.x1
  }
  candidates.forEach((mark, i) => {
    const previous = pending.get(mark.slot)
    if (previous !== undefined) roomFrom[i] = decide(previous, mark.x0)
    pending.set(mark.slot, i)
  })
  for (const i of pending.values()) decide(i, Infinity)
  return placement
}
