/**
 * The brief composer's list of claims to pick from: searched by words in the statement
 * or a tag (as "Tag to claim" searches statements), with the picked claims first so the
 * cap never hides what is already in the brief.
 */
import { foldForSearch, searchWords } from '../claims/claim-search'
import { compareText } from '../sorting/text-order'

export interface PickableClaim {
  id: string
  statement: string
  tags: readonly string[]
}

export interface ClaimPickList<T> {
  /** At most `limit` claims: picked ones first, then by statement. */
  shown: T[]
  /** How many more matched than are shown. */
  more: number
}

/**
 * The claims whose statement and tags together contain every word of `query` (any order,
 * ignoring case and accents; all of them when nothing is typed), picked ones first, then
 * in alphabetical order of statement.
 */
export function claimPickList<T extends PickableClaim>(
  claims: readonly T[],
  query: string,
  pickedIds: readonly string[],
  limit: number,
): ClaimPickList<T> {
  const words = searchWords(query)
  const picked = new Set(pickedIds)
  const found = claims.filter((claim) => {
    if (words.length === 0) return true
    const text = foldForSearch(`${claim.statement} ${claim.tags.join(' ')}`)
    return words.every((word) => text.includes(word))
  })
  found.sort(
    (a, b) =>
      Number(picked.has(b.id)) - Number(picked.has(a.id)) || compareText(a.statement, b.statement),
  )
  return { shown: found.slice(0, limit), more: Math.max(0, found.length - limit) }
}

/** Every tag used on a claim, once, in alphabetical order. */
export function claimTags(claims: readonly { tags: readonly string[] }[]): string[] {
  return [...new Set(claims.flatMap((claim) => claim.tags))].sort(compareText)
}
