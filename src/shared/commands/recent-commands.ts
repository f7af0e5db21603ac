/** The palette's memory of what was run lately, kept short and free of repeats. */

/** How many recent commands the palette remembers. */
export const RECENT_LIMIT = 8

/** `recent` with `id` moved (or added) to the front, at most `limit` long. */
export function rememberCommand(
  recent: readonly string[],
  id: string,
  limit = RECENT_LIMIT,
): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, limit)
}

/**
 * The recent list stored as JSON text, or an empty list for anything else (nothing stored,
 * text written by another version, a hand-edited value): a bad value must never stop the
 * palette from opening.
 */
export function parseRecentCommands(stored: string | null): string[] {
  if (!stored) return []
  try {
    const value: unknown = JSON.parse(stored)
    if (!Array.isArray(value)) return []
    const ids = value.filter((id): id is string => typeof id === 'string' && id.length > 0)
    return [...new Set(ids)].slice(0, RECENT_LIMIT)
  } catch {
    return []
  }
}
