/**
 * Recognising a database written by a newer Casefile. Dexie stores schema version n as
 * IndexedDB version n * 10 (and may add a fraction of ten when it adapts a schema), so the
 * schema version a database was written at is its IndexedDB version divided by ten.
 */
import { CURRENT_SCHEMA_VERSION } from './schema-versions'

/** The error name of a refused newer database, for code that tells open failures apart. */
export const NEWER_DATABASE_ERROR = 'NewerDatabaseError'

/** Said when the database was written by a newer Casefile; every read and write is refused. */
export const NEWER_DATABASE_MESSAGE =
  'Your work was saved by a newer version of Casefile. This version cannot read or save it, so it changes nothing: update Casefile to go on working. Nothing has been deleted.'

/** The schema version a database at IndexedDB version `nativeVersion` was written at. */
export function schemaVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10)
}

/**
 * Resolves when a database at IndexedDB version `nativeVersion` is one this build may use;
 * rejects with a {@link NEWER_DATABASE_ERROR} when a newer Casefile wrote it. Rejecting from
 * Dexie's `ready` event fails the open, so every queued and later read or write fails too.
 */
export function refuseNewerDatabase(nativeVersion: number): Promise<void> {
  if (schemaVersionOf(nativeVersion) <= CURRENT_SCHEMA_VERSION) return Promise.resolve()
  const error = new Error(NEWER_DATABASE_MESSAGE)
  error.name = NEWER_DATABASE_ERROR
  return Promise.reject(error)
}
