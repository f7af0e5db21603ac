/** Tags as analysts type them: trimmed, whitespace folded, compared without case. */

/** Longest tag kept; a longer one is cut. */
export const MAX_TAG_LENGTH = 80

/** A tag as stored: NFC, whitespace folded to single spaces, trimmed, length-capped. */
export function normalizeTag(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH)
}

/**
 * Adds a tag to a list unless it is blank or already there (case-insensitively, so
 * "Border" and "border" are one tag; the first spelling wins).
 */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = normalizeTag(raw)
  if (!tag) return [...tags]
  const key = tag.toLocaleLowerCase()
  return tags.some((t) => t.toLocaleLowerCase() === key) ? [...tags] : [...tags, tag]
}

/**
 * Type-ahead: existing tags that contain `query` (case-insensitive), those starting with
 * it first, then alphabetical; tags already chosen are left out.
 */
export function suggestTags(
  all: readonly string[],
  query: string,
  chosen: readonly string[] = [],
  limit = 8,
): string[] {
  const q = normalizeTag(query).toLocaleLowerCase()
  const taken = new Set(chosen.map((t) => t.toLocaleLowerCase()))
  return all
    .filter((t) => !taken.has(t.toLocaleLowerCase()) && t.toLocaleLowerCase().includes(q))
    .sort((a, b) => {
      const aStarts = a.toLocaleLowerCase().startsWith(q) ? 0 : 1
      const bStarts = b.toLocaleLowerCase().startsWith(q) ? 0 : 1
      return aStarts - bStarts || a.localeCompare(b)
    })
    .slice(0, limit)
}
