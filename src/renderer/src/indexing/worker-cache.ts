/**
 * Opening a worker's cache database (the entity and reuse workers each keep one of their
 * own). It holds nothing the analyst made, so one that will not open (damaged, or written by
 * another version of the app) is deleted and made again, and when even that fails the worker
 * runs without it; either way the analyst is told, and opening never rejects.
 */
import type { Dexie } from 'dexie'
import { messageOf } from './worker-client'

/** The cache, and what the analyst should be told about it (null when all is well). */
export interface OpenedWorkerCache<Cache> {
  cache: Cache
  notice: string | null
}

/** What to tell the analyst, given why the cache could not be opened. */
export interface CacheNotices {
  /** The cache was deleted and made again: the worker's work is done again. */
  rebuilt(reason: string): string
  /** No cache can be kept in this browser: the work is done again at each start. */
  unsaved(reason: string): string
}

/**
 * Opens the database `make` gives and wraps it with `over`; a database that will not open
 * is deleted and made again, and if that fails too the worker gets `none` (a cache that
 * keeps nothing).
 */
export async function openWorkerCache<Database extends Dexie, Cache>(
  make: () => Database,
  over: (database: Database) => Cache,
  none: Cache,
  notices: CacheNotices,
): Promise<OpenedWorkerCache<Cache>> {
  const tryOpen = async () => {
    const database = make()
    await database.open()
    return database
  }
  try {
    return { cache: over(await tryOpen()), notice: null }
  } catch (first) {
    try {
      await make().delete()
      return { cache: over(await tryOpen()), notice: notices.rebuilt(messageOf(first)) }
    } catch (second) {
      return { cache: none, notice: notices.unsaved(messageOf(second)) }
    }
  }
}
