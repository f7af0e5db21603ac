/** Telling storage failures apart, so each can be said in words the analyst can act on. */

/** Names a browser gives an IndexedDB write refused for want of space. */
const QUOTA_NAMES: ReadonlySet<string> = new Set([
  'QuotaExceededError',
  // Firefox, before it used the standard name.
  'NS_ERROR_DOM_QUOTA_REACHED',
])

/** How many errors deep to look: wrappers nest two or three, never this many. */
const MAX_ERRORS_SEEN = 100

/** The errors `error` wraps: Dexie's `inner`, `failures` (bulk) and `cause`. */
function wrapped(error: object): unknown[] {
  const { inner, failures, failuresByPos, cause } = error as Record<string, unknown>
  const out: unknown[] = [inner, cause]
  if (Array.isArray(failures)) out.push(...(failures as unknown[]))
  if (failuresByPos && typeof failuresByPos === 'object') out.push(...Object.values(failuresByPos))
  return out
}

/**
 * Whether `error` means storage is full: IndexedDB's QuotaExceededError, as thrown or as
 * Dexie wraps it (Dexie.QuotaExceededError, an AbortError or BulkError whose inner error or
 * failures are one, or any error with one as its `cause`). False for anything else,
 * including values that are not errors. Never throws, even on an error that wraps itself.
 */
export function isQuotaExceeded(error: unknown): boolean {
  const pending: unknown[] = [error]
  const seen = new Set<object>()
  while (pending.length > 0 && seen.size < MAX_ERRORS_SEEN) {
    const next = pending.pop()
    if (next === null || typeof next !== 'object' || seen.has(next)) continue
    seen.add(next)
    const { name } = next as { name?: unknown }
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true
    pending.push(...wrapped(next))
  }
  return false
}
