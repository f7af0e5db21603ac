/** Small named settings, stored in the settings table. */
import {
  HIGHLIGHT_COLOR_IDS,
  resolveColorNames,
  type HighlightColorId,
} from '@shared/highlights/colors'
import { recordChanges, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'

export const SETTING_KEYS = {
  colorNames: 'highlight-color-names',
} as const

/** The analyst's colour names, defaults where unset or unusable. */
export async function readColorNames(
  db: CasefileDatabase,
): Promise<Record<HighlightColorId, string>> {
  return resolveColorNames((await db.settings.get(SETTING_KEYS.colorNames))?.value)
}

/** Renames one colour; a blank name restores the default. */
export async function renameColor(
  db: CasefileDatabase,
  color: HighlightColorId,
  name: string,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(db, ['settings'], 'rename colour', async (rec) => {
    const current = await readColorNames(db)
    // resolveColorNames cleans the name and falls back to the default for a blank one.
    const next = resolveColorNames({ ...current, [color]: name })
    if (HIGHLIGHT_COLOR_IDS.every((id) => next[id] === current[id])) return
    await rec.put('settings', { key: SETTING_KEYS.colorNames, value: next, updatedAt: Date.now() })
  })
  return changeSet
}
