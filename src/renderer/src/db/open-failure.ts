/** Why the database did not open, in words the analyst can act on. */
import { NEWER_DATABASE_ERROR, NEWER_DATABASE_MESSAGE } from './newer-database'
import { CURRENT_SCHEMA_VERSION } from './schema-versions'

/**
 * - `newer`: a newer Casefile wrote the database; nothing is read or written.
 * - `upgrade-failed`: the database is older and bringing it up to date failed; IndexedDB
 *   rolled the upgrade back, so the old data is as it was (a raw export can save it).
 * - `unavailable`: the browser gives this page no IndexedDB (a private window, say).
 * - `other`: anything else.
 */
export type OpenFailureKind = 'newer' | 'upgrade-failed' | 'unavailable' | 'other'

export interface OpenFailure {
  kind: OpenFailureKind
  message: string
}

const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  'MissingAPIError',
  'InvalidStateError',
  'SecurityError',
])

function names(error: unknown): string[] {
  const out: string[] = []
  let next = error
  // Dexie wraps the cause in `inner`, one or two deep.
  for (let depth = 0; depth < 5 && next !== null && typeof next === 'object'; depth += 1) {
    const { name, inner } = next as { name?: unknown; inner?: unknown }
    if (typeof name === 'string') out.push(name)
    next = inner
  }
  return out
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * What an open failure means, given the schema version the stored database is at
 * (null when it is unknown or there is no database) and the version this build opens at.
 * An older database that failed to open failed in its upgrade: opening one always upgrades.
 */
export function describeOpenFailure(
  error: unknown,
  storedVersion: number | null,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): OpenFailure {
  const seen = names(error)
  if (seen.includes(NEWER_DATABASE_ERROR) || seen.includes('VersionError')) {
    return { kind: 'newer', message: NEWER_DATABASE_MESSAGE }
  }
  if (seen.some((name) => UNAVAILABLE_NAMES.has(name))) {
    return {
      kind: 'unavailable',
      message:
        'This browser does not allow local storage here (a private window?). Casefile can show sources but cannot save your work.',
    }
  }
  if (storedVersion !== null && storedVersion < targetVersion) {
    return {
      kind: 'upgrade-failed',
      message: `Casefile could not bring your saved work up to this version (${reasonOf(error)}). Your work is still stored exactly as it was: nothing has been changed or deleted. Save a raw copy of it now, and do not clear this site's data.`,
    }
  }
  return {
    kind: 'other',
    message: `The local database could not be opened (${reasonOf(error)}). Your work cannot be saved until this is fixed; nothing has been deleted.`,
  }
}
