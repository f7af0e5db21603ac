/** The analyst's highlight colour names, live from the settings table. */
import {
  DEFAULT_COLOR_NAMES,
  resolveColorNames,
  type HighlightColorId,
} from '@shared/highlights/colors'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db'
import { SETTING_KEYS } from '../../db/settings'

export function useColorNames(): Record<HighlightColorId, string> {
  return (
    useLiveQuery(
      async () => resolveColorNames((await db.settings.get(SETTING_KEYS.colorNames))?.value),
      [],
    ) ?? DEFAULT_COLOR_NAMES
  )
}
