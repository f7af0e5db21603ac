/**
 * The analyst's word on whether two evidence passages are reuse of one another, which
 * outranks the detector for that pair.
 *
 * An override is keyed by the two passages' highlight ids, not by evidence ids or text spans:
 * reuse is a fact about two pieces of text, so a verdict given on one claim holds wherever
 * the same two highlights are evidence (evidence ids are per claim); a highlight keeps its id
 * when its document is re-imported and the highlight re-anchored, and when the reuse index is
 * rebuilt, whereas offsets move with every edit of the text. A highlight deleted takes its
 * overrides out of play (they name nothing), so stale ones are harmless.
 */

import { normalizePair, pairKey } from './pair-key'

export { normalizePair, pairKey } from './pair-key'

/** "reuse": the two are one voice even with no shared passage; "not-reuse": the detector's link between them is wrong. */
export type PairVerdict = 'reuse' | 'not-reuse'

/** One verdict on one unordered pair of highlight ids, stored as [smaller, larger]. */
export interface PairOverride {
  pair: readonly [string, string]
  verdict: PairVerdict
}

/** Verdicts by {@link pairKey}; the last override given for a pair wins. */
export function overrideIndex(overrides: readonly PairOverride[]): Map<string, PairVerdict> {
  const index = new Map<string, PairVerdict>()
  for (const { pair, verdict } of overrides) index.set(pairKey(pair[0], pair[1]), verdict)
  return index
}

/** The verdict on a pair, or null when the analyst has given none. */
export function overrideFor(
  overrides: readonly PairOverride[],
  a: string,
  b: string,
): PairVerdict | null {
  return overrideIndex(overrides).get(pairKey(a, b)) ?? null
}

/**
 * The overrides after the analyst clicks `verdict` on a pair: the verdict is set (replacing
 * the other one) or, when the pair already has it, removed, so the detector decides again.
 * The input is never changed, so keeping the previous list is the undo. A pair of one id with
 * itself is refused (returns the input): a passage is always one voice with itself.
 */
export function toggleOverride(
  overrides: readonly PairOverride[],
  pair: readonly [string, string],
  verdict: PairVerdict,
): readonly PairOverride[] {
  if (pair[0] === pair[1]) return overrides
  const key = pairKey(pair[0], pair[1])
  const current = overrideIndex(overrides).get(key)
  const others = overrides.filter((o) => pairKey(o.pair[0], o.pair[1]) !== key)
  if (current === verdict) return others
  return [...others, { pair: normalizePair(pair[0], pair[1]), verdict }]
}
