/**
 * The claims table's data for a grouping. The table shows groups in the order their
 * first rows appear, so rows are put in group order here; grouping by tag shows a claim
 * under each of its tags, one row per claim and tag.
 */
import { sortByKeys } from '../sorting/sort-by-keys'
import type { ClaimRow } from './claim-rows'
import { claimSortKey, collationRanks } from './claim-sort'

/** How the claims table groups its rows. */
export type ClaimsGrouping = 'none' | 'status' | 'tags'

/** A table row: a claim, or with grouping by tag one row per claim and tag. */
export interface ClaimTableRow extends ClaimRow {
  /** Unique per table row (a claim appears once per tag when grouped by tag). */
  key: string
  /** The tag this row is grouped under when grouping by tag; else all tags, comma-separated. */
  groupTag: string
}

const NO_RANKS = new Map<string, number>()

/**
 * Table rows for a grouping: with 'tags', one row per claim and tag ('' for a claim with
 * none, shown as "No tag"), tags in collation order and the untagged last; with 'status',
 * statuses in their own order; with 'none', the rows as given. Within a group the
 * given order is kept.
 */
export function claimTableRows(
  rows: readonly ClaimRow[],
  grouping: ClaimsGrouping,
): ClaimTableRow[] {
  if (grouping === 'none') {
    return rows.map((row) => ({ ...row, key: row.id, groupTag: row.tags.join(', ') }))
  }
  if (grouping === 'status') {
    const byStatus = sortByKeys(rows, [
      { key: (row) => claimSortKey('status', NO_RANKS)!(row), desc: false },
    ])
    return byStatus.map((row) => ({ ...row, key: row.id, groupTag: row.tags.join(', ') }))
  }
  const exploded = rows.flatMap((row) =>
    (row.tags.length ? row.tags : ['']).map((tag) => ({
      ...row,
      key: `${row.id}\u0000${tag}`,
      groupTag: tag,
    })),
  )
  const tagRanks = collationRanks(exploded.map((row) => row.groupTag).filter(Boolean))
  return [
    ...sortByKeys(exploded, [
      {
        key: (row) => (row.groupTag ? tagRanks.get(row.groupTag)! : Number.MAX_SAFE_INTEGER),
        desc: false,
      },
    ]),
  ]
}
