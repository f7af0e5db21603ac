/**
 * The analyst's entity merges and splits, kept in the settings table under one key so that
 * backups carry them with no schema change. The value is `EntityOverrides` as
 * `parseEntityOverrides` reads it.
 */
import {
  NO_OVERRIDES,
  parseEntityOverrides,
  type EntityOverrides,
} from '@shared/entities/entity-index'
import { recordChanges, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'

/** Where the overrides are stored. */
export const ENTITY_OVERRIDES_KEY = 'entity-overrides'

/**
 * Where an unreadable stored value is moved when the analyst next changes the overrides, so it
 * is kept (and backed up) rather than overwritten.
 */
export const UNREADABLE_OVERRIDES_KEY = 'entity-overrides-unreadable'

/** The overrides as stored, and what was wrong with the stored value if it could not be read. */
export interface StoredOverrides {
  overrides: EntityOverrides
  /** Null when the stored value was read (or there is none); else why it was not. */
  problem: string | null
}

/**
 * The stored overrides. A value that is not overrides is reported in `problem` and read as
 * none; it stays in the database until the next change moves it aside (see
 * {@link changeEntityOverrides}).
 */
export async function readEntityOverrides(db: CasefileDatabase): Promise<StoredOverrides> {
  const row = await db.settings.get(ENTITY_OVERRIDES_KEY)
  if (row === undefined) return { overrides: NO_OVERRIDES, problem: null }
  try {
    return { overrides: parseEntityOverrides(row.value), problem: null }
  } catch (error) {
    return {
      overrides: NO_OVERRIDES,
      problem: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * Replaces the overrides with `change(current)` in one transaction, as one undoable step named
 * `label`. Returns null when the change gives the same overrides. A stored value that could not
 * be read is moved to {@link UNREADABLE_OVERRIDES_KEY} in the same step (and back by undo), so
 * starting afresh never destroys it.
 */
export async function changeEntityOverrides(
  db: CasefileDatabase,
  label: string,
  change: (current: EntityOverrides) => EntityOverrides,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['settings'], label, async (rec) => {
    const stored = await db.settings.get(ENTITY_OVERRIDES_KEY)
    const { overrides, problem } = await readEntityOverrides(db)
    const next = change(overrides)
    if (next === overrides) return
    const updatedAt = Date.now()
    if (problem !== null && stored) {
      await rec.put('settings', { key: UNREADABLE_OVERRIDES_KEY, value: stored.value, updatedAt })
    }
    await rec.put('settings', { key: ENTITY_OVERRIDES_KEY, value: next, updatedAt })
  })
  return changeSet
}
