/**
 * Schema version 3: timeline events carry their sources (a highlight each, with the date
 * that source states), tags, and offsets in days, weeks, months or years. Version 1 had
 * the events table but nothing wrote to it; its upgrade still converts any old row.
 */
import type { Dexie, Transaction } from 'dexie'
import { SCHEMA_VERSIONS } from '../schema-versions'

export const STORES_V3 = {
  events: 'id, timelineId, sortKey, *highlightIds, *tags',
} as const

interface OldEvent {
  highlightIds?: string[]
  sources?: unknown[]
  tags?: string[]
  date?: { kind?: string; offsetDays?: number; offset?: unknown }
}

/** Version 1 events: sources from their highlight ids, offsets in days, no tags. */
export async function upgradeEventsToV3(tx: Transaction): Promise<void> {
  const docOf = new Map<string, string>()
  await tx.table('highlights').each((h: { id: string; docId: string }) => docOf.set(h.id, h.docId))
  await tx
    .table('events')
    .toCollection()
    .modify((event: OldEvent) => {
      event.highlightIds ??= []
      event.sources ??= event.highlightIds.map((highlightId) => ({
        highlightId,
        docId: docOf.get(highlightId) ?? '',
        stated: null,
      }))
      event.tags ??= []
      if (event.date?.kind === 'relative' && event.date.offset === undefined) {
        event.date.offset = { amount: event.date.offsetDays ?? 0, unit: 'day' }
        delete event.date.offsetDays
      }
    })
}

export function declareTimelinesSchema(db: Dexie): void {
  db.version(SCHEMA_VERSIONS.timelines).stores(STORES_V3).upgrade(upgradeEventsToV3)
}
