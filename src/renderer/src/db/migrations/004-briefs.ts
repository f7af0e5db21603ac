/** Schema version 4: briefs, the analyst's composed outputs, newest first in the list. */
import type { Dexie } from 'dexie'
import { SCHEMA_VERSIONS } from '../schema-versions'

export const STORES_V4 = {
  briefs: 'id, updatedAt',
} as const

export function declareBriefsSchema(db: Dexie): void {
  db.version(SCHEMA_VERSIONS.briefs).stores(STORES_V4)
}
