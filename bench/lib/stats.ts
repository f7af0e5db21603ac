/** Summary statistics of benchmark samples. */

/**
 * The `p`th percentile (0 < p <= 100) of `samples` by the nearest-rank method: the smallest
 * sample such that at least p% of the samples are at or below it (no interpolation, so the
 * result is always a measured value). Throws on an empty list or a p outside (0, 100].
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile() needs at least one sample')
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], not ${p}`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[rank - 1] as number
}

/** p50 and p95 of `samples` by nearest rank (see {@link percentile}). */
export function summarize(samples: readonly number[]): { p50: number; p95: number } {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

/** Rounds to `digits` decimals, for printing and for results files. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
