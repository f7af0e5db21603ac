/**
 * How extractors choose among readings of the same text that overlap: the reading that starts
 * first, and of those the longest, so "16 January 2024" wins over its tail "January 2024" and
 * "over 900 kilometers" over "900 kilometers".
 */

/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface Span {
  start: number
  end: number
}

/** Sort order: earlier start first, then the longer of two that start together. */
export function byLeftmostLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}

/**
 * The spans that survive overlap, in order: each taken in {@link byLeftmostLongest} order and
 * kept unless it starts inside one already kept. Spans that tie are kept in their given order,
 * so a caller can rank equal readings by listing them first. The input is not changed.
 */
export function keepLeftmostLongest<T extends Span>(spans: readonly T[]): T[] {
  const kept: T[] = []
  let lastEnd = -1
  for (const span of [...spans].sort(byLeftmostLongest)) {
    if (span.start < lastEnd) continue
    lastEnd = span.end
    kept.push(span)
  }
  return kept
}
