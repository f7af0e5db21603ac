/**
 * The analyst's verdicts on pairs of evidence passages ("these two are one voice" / "this
 * link is wrong"), kept in the settings table under one key so that backups carry them with
 * no schema change. The stored value is `{ version: 1, overrides: PairOverride[] }`.
 */
import { normalizePair, type PairOverride, type PairVerdict } from '@shared/reuse/pair-overrides'
import { recordChanges, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'

/** Where the verdicts are stored. */
export const REUSE_OVERRIDES_KEY = 'reuse-overrides'

/**
 * Where an unreadable stored value is moved when the analyst next gives a verdict, so it is
 * kept (and backed up) rather than overwritten.
 */
export const UNREADABLE_REUSE_OVERRIDES_KEY = 'reuse-overrides-unreadable'

/** No verdicts: the detector decides every pair. */
export const NO_REUSE_OVERRIDES: readonly PairOverride[] = []

/** The verdicts as stored, and what was wrong with the stored value if it could not be read. */
export interface StoredReuseOverrides {
  overrides: readonly PairOverride[]
  /** Null when the stored value was read (or there is none); else why it was not. */
  problem: string | null
}

const VERDICTS = new Set<PairVerdict>(['reuse', 'not-reuse'])

function isOverride(value: unknown): value is PairOverride {
  if (typeof value !== 'object' || value === null) return false
  const o = value as Record<string, unknown>
  return (
    Array.isArray(o.pair) &&
    o.pair.length === 2 &&
    o.pair.every((id) => typeof id === 'string' && id !== '') &&
    typeof o.verdict === 'string' &&
    VERDICTS.has(o.verdict as PairVerdict)
  )
}

/** The verdicts in a stored value; throws, saying what is wrong, when it is not verdicts. */
export function parseReuseOverrides(value: unknown): readonly PairOverride[] {
  const v = value as { version?: unknown; overrides?: unknown } | null
  if (typeof v !== 'object' || v === null || v.version !== 1)
    throw new Error('Your reuse verdicts could not be read: version is not 1')
  if (!Array.isArray(v.overrides))
    throw new Error('Your reuse verdicts could not be read: overrides is not a list')
  const bad = v.overrides.findIndex((o) => !isOverride(o))
  if (bad >= 0)
    throw new Error(
      `Your reuse verdicts could not be read: verdict ${bad + 1} is not a pair and a verdict`,
    )
  return (v.overrides as PairOverride[]).map((o) => ({
    pair: normalizePair(o.pair[0], o.pair[1]),
    verdict: o.verdict,
  }))
}

/**
 * The stored verdicts. A value that is not verdicts is reported in `problem` and read as
 * none; it stays in the database until the next change moves it aside (see
 * {@link changeReuseOverrides}).
 */
export async function readReuseOverrides(db: CasefileDatabase): Promise<StoredReuseOverrides> {
  const row = await db.settings.get(REUSE_OVERRIDES_KEY)
  if (row === undefined) return { overrides: NO_REUSE_OVERRIDES, problem: null }
  try {
    return { overrides: parseReuseOverrides(row.value), problem: null }
  } catch (error) {
    return {
      overrides: NO_REUSE_OVERRIDES,
      problem: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * Replaces the verdicts with `change(current)` in one transaction, as one undoable step named
 * `label` (toggleOverride from shared/reuse/pair-overrides.ts is the usual change). Returns
 * null when the change gives the same list. A stored value that could not be read is moved to
 * {@link UNREADABLE_REUSE_OVERRIDES_KEY} in the same step (and back by undo), so starting
 * afresh never destroys it.
 */
export async function changeReuseOverrides(
  db: CasefileDatabase,
  change: (current: readonly PairOverride[]) => readonly PairOverride[],
  label: string,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['settings'], label, async (rec) => {
    const stored = await db.settings.get(REUSE_OVERRIDES_KEY)
    const { overrides, problem } = await readReuseOverrides(db)
    const next = change(overrides)
    if (next === overrides) return
    const updatedAt = Date.now()
    if (problem !== null && stored) {
      await rec.put('settings', {
        key: UNREADABLE_REUSE_OVERRIDES_KEY,
        value: stored.value,
        updatedAt,
      })
    }
    const value = {
      version: 1,
      overrides: next.map((o) => ({ pair: [...o.pair], verdict: o.verdict })),
    }
    await rec.put('settings', { key: REUSE_OVERRIDES_KEY, value, updatedAt })
  })
  return changeSet
}
