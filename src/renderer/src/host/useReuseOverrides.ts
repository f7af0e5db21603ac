/**
 * The analyst's verdicts on pairs of evidence passages, live from the settings table, and the
 * one write views make: set (or, clicking it again, clear) a pair's verdict as one undoable
 * step (Ctrl+Z), said in the status bar.
 */
import {
  overrideIndex,
  pairKey,
  toggleOverride,
  type PairOverride,
  type PairVerdict,
} from '@shared/reuse/pair-overrides'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { db } from '../db'
import {
  changeReuseOverrides,
  NO_REUSE_OVERRIDES,
  readReuseOverrides,
  type StoredReuseOverrides,
} from '../db/reuse-overrides'
import { recordUndo } from '../db/undo-history'
import { announce, announceError } from '../ui/status'

const NOT_READ: StoredReuseOverrides = { overrides: NO_REUSE_OVERRIDES, problem: null }

export interface ReuseOverrides {
  /** Every verdict given (none until read). */
  overrides: readonly PairOverride[]
  /** Why the stored verdicts could not be read (they then count as none), else null. */
  problem: string | null
  /**
   * Sets the verdict on a pair of highlight ids (either order), or clears it with null so
   * the detector decides again. One undoable step; resolves false when the write failed
   * (said in the status bar), true otherwise.
   */
  setVerdict(pair: readonly [string, string], verdict: PairVerdict | null): Promise<boolean>
}

const LABELS: Record<PairVerdict | 'clear', string> = {
  reuse: 'mark two passages as one voice',
  'not-reuse': 'mark two passages as not reuse',
  clear: 'clear a reuse verdict',
}

/** The overrides after setting `verdict` (null: cleared) on `pair`; the same list when unchanged. */
export function withVerdict(
  overrides: readonly PairOverride[],
  pair: readonly [string, string],
  verdict: PairVerdict | null,
): readonly PairOverride[] {
  const current = overrideIndex(overrides).get(pairKey(pair[0], pair[1])) ?? null
  if (current === verdict) return overrides
  // toggleOverride sets a verdict the pair lacks and removes the one it has.
  return toggleOverride(overrides, pair, verdict ?? (current as PairVerdict))
}

/** Sets (or clears) one verdict in `database`, recorded for undo. */
export async function setReuseVerdict(
  pair: readonly [string, string],
  verdict: PairVerdict | null,
  database = db,
): Promise<boolean> {
  const label = LABELS[verdict ?? 'clear']
  try {
    const changeSet = await changeReuseOverrides(
      database,
      (o) => withVerdict(o, pair, verdict),
      label,
    )
    recordUndo(changeSet)
    if (changeSet) announce(`${label[0]!.toUpperCase()}${label.slice(1)}: done. Undo with Ctrl+Z.`)
    return true
  } catch (error) {
    announceError(error, `Could not ${label}.`)
    return false
  }
}

/** The verdicts, live, and {@link ReuseOverrides.setVerdict}. */
export function useReuseOverrides(): ReuseOverrides {
  const stored =
    useLiveQuery(
      () =>
        readReuseOverrides(db).catch((error: unknown): StoredReuseOverrides => ({
          overrides: NO_REUSE_OVERRIDES,
          problem: `Your reuse verdicts could not be read (${error instanceof Error ? error.message : String(error)})`,
        })),
      [],
    ) ?? NOT_READ
  const setVerdict = useCallback(
    (pair: readonly [string, string], verdict: PairVerdict | null) =>
      setReuseVerdict(pair, verdict),
    [],
  )
  return { overrides: stored.overrides, problem: stored.problem, setVerdict }
}
