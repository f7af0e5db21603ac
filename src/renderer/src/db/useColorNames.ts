/** The analyst's highlight colour names, live from the settings table. */
import { DEFAULT_COLOR_NAMES, type HighlightColorId } from '@shared/highlights/colors'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from './'
import { readColorNames } from './settings'

export function useColorNames(): Record<HighlightColorId, string> {
  return useLiveQuery(() => readColorNames(db), []) ?? DEFAULT_COLOR_NAMES
}
