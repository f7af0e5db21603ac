/** The analyst's stored merges and splits, live (none while they load or if unreadable). */
import { NO_OVERRIDES, type EntityOverrides } from '@shared/entities/entity-index'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db'
import { readEntityOverrides } from '../../db/entity-overrides'

export function useStoredOverrides(): EntityOverrides {
  return useLiveQuery(async () => (await readEntityOverrides(db)).overrides, []) ?? NO_OVERRIDES
}
