/**
 * Sort keys of the claims table's columns, all numbers: statements by their rank in
 * collation order (computed once per set of statements, not per click), status in its
 * own order. Sorting by numbers (sort-by-keys.ts) is what keeps a click on a column of
 * 50,000 claims under 100 ms.
 */
import { sortByKeys } from '../sorting/sort-by-keys'
import type { ClaimRow } from './claim-rows'
import { CLAIM_STATUSES } from './types'
import { compareText } from '../sorting/text-order'

/** A column id and direction, as TanStack Table's SortingState holds them. */
export interface SortSpec {
  id: string
  desc: boolean
}

/** Each distinct string's position in collation order (strings the collation treats as equal share one). */
export function collationRanks(statements: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(statements)].sort(compareText)
  const ranks = new Map<string, number>()
  let rank = -1
  let previous: string | null = null
  for (const statement of distinct) {
    if (previous === null || compareText(previous, statement) !== 0) rank++
    ranks.set(statement, rank)
    previous = statement
  }
  return ranks
}

const STATUS_RANK = new Map<string, number>(CLAIM_STATUSES.map((status, i) => [status, i]))

/** The numeric key of a row in a column; undefined for a column that does not sort. */
export function claimSortKey(
  id: string,
  ranks: ReadonlyMap<string, number>,
): ((row: ClaimRow) => number) | undefined {
  switch (id) {
    case 'statement':
      return (row) => ranks.get(row.statement) ?? Number.MAX_SAFE_INTEGER
    case 'status':
      return (row) => STATUS_RANK.get(row.status) ?? 0
    case 'confidence':
      return (row) => row.confidenceRank
    case 'supporting':
      return (row) => row.supporting
    case 'contradicting':
      return (row) => row.contradicting
    case 'context':
      return (row) => row.context
    case 'independent':
      return (row) => row.independentSources
    case 'updatedAt':
      return (row) => row.updatedAt
    default:
      return undefined
  }
}

/** `rows` in the order of `sorting` (first spec first); the same array when nothing sorts. */
export function sortClaimRows<T extends ClaimRow>(
  rows: readonly T[],
  sorting: readonly SortSpec[],
  ranks: ReadonlyMap<string, number>,
): readonly T[] {
  return sortByKeys(
    rows,
    sorting.flatMap(({ id, desc }) => {
      const key = claimSortKey(id, ranks)
      return key ? [{ key, desc }] : []
    }),
  )
}
