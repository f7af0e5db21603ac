/**
 * Type-ahead over claims for "Tag to claim": what the analyst types is matched against
 * statements word by word (every word must occur, in any order, ignoring case and
 * accents), best matches first, and "create new claim" is offered unless the text is
 * already a claim's statement.
 */

export interface ClaimOption {
  id: string
  statement: string
}

export interface ClaimSuggestions {
  /** The typed text, cleaned, to create as a new claim; null when empty or already a claim. */
  create: string | null
  matches: ClaimOption[]
}

/** Text as search compares it: no accents, no case, single spaces. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The words of a typed query, folded; a text matches when it contains every one. */
export function searchWords(typed: string): string[] {
  return foldForSearch(typed).split(' ').filter(Boolean)
}

/** Claims matching `typed` (all of them, most recent first, when nothing is typed). */
export function suggestClaims(
  typed: string,
  claims: readonly (ClaimOption & { updatedAt: number })[],
  limit = 8,
): ClaimSuggestions {
  const clean = typed.replace(/\s+/g, ' ').trim()
  const query = foldForSearch(clean)
  const words = searchWords(clean)
  const scored: { claim: ClaimOption & { updatedAt: number }; score: number }[] = []
  let exact = false
  for (const claim of claims) {
    const text = foldForSearch(claim.statement)
    if (text === query) exact = true
    if (!words.every((word) => text.includes(word))) continue
    // A statement that starts with the query, then one containing it whole, then the rest.
    const score = text.startsWith(query) ? 2 : text.includes(query) ? 1 : 0
    scored.push({ claim, score })
  }
  scored.sort((a, b) => b.score - a.score || b.claim.updatedAt - a.claim.updatedAt)
  return {
    create: clean && !exact ? clean : null,
    matches: scored
      .slice(0, limit)
      .map(({ claim }) => ({ id: claim.id, statement: claim.statement })),
  }
}
