/**
 * The claims table's features and columns, at module scope so their references stay
 * stable across renders (TanStack Table v9 recomputes models when they change).
 */
import type { ClaimRow } from '@shared/claims/claim-rows'
import { claimSortKey, collationRanks } from '@shared/claims/claim-sort'
import { sortByKeys } from '@shared/sorting/sort-by-keys'
import { statusLabel, type ClaimStatus } from '@shared/claims/types'
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  constructFilterFn,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  filterFn_equals,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  type SortingState,
} from '@tanstack/react-table'
import type { DataTableColumnMeta } from '../../ui/DataTable'
import { createKeyedSortedRowModel } from '../../ui/data-table/keyed-sorted-row-model'
import {
  ConfidenceCell,
  CountCell,
  IndependentCell,
  StatementCell,
  StatusCell,
  TagsCell,
  UpdatedCell,
} from './ClaimsCells'

/** A table row: a claim, or with grouping by tag one row per claim and tag. */
export interface ClaimTableRow extends ClaimRow {
  /** Unique per table row (a claim appears once per tag when grouped by tag). */
  key: string
  /** The tag this row is grouped under when grouping by tag; else all tags. */
  groupTag: string
}

/** Case-insensitive "contains"; the filter text is lower-cased once per filter, not per row. */
const filterFn_text = constructFilterFn({
  filter: (value: unknown, needle: string) =>
    String(value ?? '')
      .toLowerCase()
      .includes(needle),
  resolveFilterValue: (value: unknown) =>
    String(value ?? '')
      .trim()
      .toLowerCase(),
  autoRemove: (value: unknown) => !String(value ?? '').trim(),
})

/** A claim carries the tag (the column shows all of a claim's tags). */
const filterFn_hasTag = constructFilterFn({
  filter: (_value: unknown, tag: string, row) => (row.original as ClaimRow).tags.includes(tag),
  autoRemove: (value: unknown) => !value,
})

/** True filters to single-source claims; anything else removes the filter. */
const filterFn_singleSource = constructFilterFn({
  filter: (_value: unknown, _on: boolean, row) => (row.original as ClaimRow).singleSource,
  autoRemove: (value: unknown) => value !== true,
})

/** Confidence by ICD 203 key ('none' for not assessed). */
const filterFn_confidence = constructFilterFn({
  filter: (_value: unknown, key: string, row) =>
    ((row.original as ClaimRow).confidence ?? 'none') === key,
  autoRemove: (value: unknown) => !value,
})

export const claimsFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  // Sorting by numeric keys (claim-sort.ts), much faster than comparators at 50,000 rows.
  sortedRowModel: createKeyedSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  filterFns: {
    text: filterFn_text,
    equals: filterFn_equals,
    hasTag: filterFn_hasTag,
    singleSource: filterFn_singleSource,
    confidence: filterFn_confidence,
  },
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

/** Most recently updated first. */
export const CLAIMS_DEFAULT_SORTING: SortingState = [{ id: 'updatedAt', desc: true }]

const helper = createColumnHelper<typeof claimsFeatures, ClaimTableRow>()

/** Column ids in their default order (what the Columns menu resets to). */
export const CLAIM_COLUMN_IDS = [
  'statement',
  'status',
  'confidence',
  'supporting',
  'contradicting',
  'context',
  'independent',
  'tags',
  'updatedAt',
] as const

export const claimsColumns = helper.columns([
  helper.accessor('statement', {
    header: 'Statement',
    filterFn: 'text',
    enableGrouping: false,
    cell: ({ row }) => <StatementCell row={row.original} />,
    meta: { width: '34%', hideable: false, className: 'cl-col-statement' },
  }),
  helper.accessor('status', {
    header: 'Status',
    filterFn: 'equals',
    enableGlobalFilter: false,
    cell: ({ row }) => <StatusCell row={row.original} />,
    meta: { width: '9.5rem', groupLabel: (value) => statusLabel(value as ClaimStatus) },
  }),
  helper.accessor('confidenceRank', {
    id: 'confidence',
    header: 'Confidence',
    sortDescFirst: true,
    filterFn: 'confidence',
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <ConfidenceCell row={row.original} />,
    meta: { width: '9rem' },
  }),
  helper.accessor('supporting', {
    header: 'Supporting',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.supporting} stance="supports" />,
    meta: { width: '6.5rem', align: 'end' },
  }),
  helper.accessor('contradicting', {
    header: 'Contradicting',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.contradicting} stance="contradicts" />,
    meta: { width: '7.5rem', align: 'end' },
  }),
  helper.accessor('context', {
    header: 'Context',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.context} stance="context" />,
    meta: { width: '5.5rem', align: 'end' },
  }),
  helper.accessor('independentSources', {
    id: 'independent',
    header: 'Independent sources',
    sortDescFirst: true,
    filterFn: 'singleSource',
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <IndependentCell row={row.original} />,
    meta: { width: '10.5rem', align: 'end' },
  }),
  helper.accessor('groupTag', {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    filterFn: 'hasTag',
    cell: ({ row }) => <TagsCell row={row.original} />,
    meta: { width: '12%', groupLabel: (value) => String(value || 'No tag') },
  }),
  helper.accessor('updatedAt', {
    header: 'Last updated',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <UpdatedCell row={row.original} />,
    meta: { width: '7.5rem' },
  }),
])

/**
 * Table rows for a grouping: with 'tags', one row per claim and tag ("No tag" if none).
 * Groups appear in the order of the data, so the rows are put in group order first:
 * statuses in their own order, tags alphabetically with "No tag" last.
 */
export function tableRows(
  rows: readonly ClaimRow[],
  grouping: 'none' | 'status' | 'tags',
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

const NO_RANKS = new Map<string, number>()
