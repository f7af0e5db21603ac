/**
 * The five highlight colours. Ids are stable (stored on every highlight); names are the
 * analyst's own and can be renamed, so nothing may depend on a name.
 */

export const HIGHLIGHT_COLOR_IDS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

export type HighlightColorId = (typeof HIGHLIGHT_COLOR_IDS)[number]

/** The names a new workspace starts with, in colour order. */
export const DEFAULT_COLOR_NAMES: Record<HighlightColorId, string> = {
  yellow: 'key',
  green: 'evidence',
  blue: 'question',
  pink: 'doubt',
  purple: 'background',
}

/** Longest name a colour may have; longer names are cut, blank names fall back. */
export const MAX_COLOR_NAME_LENGTH = 40

/** True when `value` is one of the five colour ids. */
export function isHighlightColor(value: unknown): value is HighlightColorId {
  return typeof value === 'string' && (HIGHLIGHT_COLOR_IDS as readonly string[]).includes(value)
}

/**
 * The colour names to show: stored names where they are usable, defaults elsewhere.
 * Accepts anything (settings come from storage) and never throws.
 */
export function resolveColorNames(stored: unknown): Record<HighlightColorId, string> {
  const names = { ...DEFAULT_COLOR_NAMES }
  if (stored === null || typeof stored !== 'object') return names
  for (const id of HIGHLIGHT_COLOR_IDS) {
    const value = (stored as Record<string, unknown>)[id]
    if (typeof value !== 'string') continue
    const cleaned = value.replace(/\s+/g, ' ').trim().slice(0, MAX_COLOR_NAME_LENGTH)
    if (cleaned) names[id] = cleaned
  }
  return names
}
