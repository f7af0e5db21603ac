/** Schema version 1: the tables of the first data model (docs/architecture.md). */
import type { Dexie } from 'dexie'
import { SCHEMA_VERSIONS } from '../schema-versions'

/** Index specs of version 1. Shipped: never edit; add a new migration instead. */
export const STORES_V1 = {
  documents: 'id, addedAt',
  highlights: 'id, docId, *tags, createdAt',
  claims: 'id, status, updatedAt, *tags',
  evidence: 'id, claimId, highlightId, [claimId+highlightId]',
  timelines: 'id',
  events: 'id, timelineId, sortKey, *highlightIds',
  settings: 'key',
} as const

export function declareInitialSchema(db: Dexie): void {
  db.version(SCHEMA_VERSIONS.initial).stores(STORES_V1)
}
