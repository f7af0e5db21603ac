/**
 * The claims table's features and columns, at module scope so their references stay
 * stable across renders (TanStack Table v9 recomputes models when they change).
 */
import type { ClaimRow } from '@shared/claims/claim-rows'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from '@shared/claims/types'
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  constructFilterFn,
  constructSortFn,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  filterFn_equals,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  type SortingState,
} from '@tanstack/react-table'
import type { DataTableColumnMeta } from '../../ui/DataTable'
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

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

const sortFn_collated = constructSortFn({
  sort: (a: unknown, b: unknown) => collator.compare(String(a ?? ''), String(b ?? '')),
})

const STATUS_ORDER = new Map(CLAIM_STATUSES.map((status, index) => [status, index]))
const sortFn_status = constructSortFn({
  sort: (a: unknown, b: unknown) =>
    (STATUS_ORDER.get(a as ClaimStatus) ?? 0) - (STATUS_ORDER.get(b as ClaimStatus) ?? 0),
})

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
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { text: sortFn_collated, basic: sortFn_basic, status: sortFn_status },
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
    sortFn: 'text',
    filterFn: 'text',
    enableGrouping: false,
    cell: ({ row }) => <StatementCell row={row.original} />,
    meta: { width: '34%', hideable: false, className: 'cl-col-statement' },
  }),
  helper.accessor('status', {
    header: 'Status',
    sortFn: 'status',
    filterFn: 'equals',
    enableGlobalFilter: false,
    cell: ({ row }) => <StatusCell row={row.original} />,
    meta: { width: '9.5rem', groupLabel: (value) => statusLabel(value as ClaimStatus) },
  }),
  helper.accessor('confidenceRank', {
    id: 'confidence',
    header: 'Confidence',
    sortFn: 'basic',
    sortDescFirst: true,
    filterFn: 'confidence',
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <ConfidenceCell row={row.original} />,
    meta: { width: '9rem' },
  }),
  helper.accessor('supporting', {
    header: 'Supporting',
    sortFn: 'basic',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.supporting} stance="supports" />,
    meta: { width: '6.5rem', align: 'end' },
  }),
  helper.accessor('contradicting', {
    header: 'Contradicting',
    sortFn: 'basic',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.contradicting} stance="contradicts" />,
    meta: { width: '7.5rem', align: 'end' },
  }),
  helper.accessor('context', {
    header: 'Context',
    sortFn: 'basic',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <CountCell value={row.original.context} stance="context" />,
    meta: { width: '5.5rem', align: 'end' },
  }),
  helper.accessor('independentSources', {
    id: 'independent',
    header: 'Independent sources',
    sortFn: 'basic',
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
    sortFn: 'basic',
    sortDescFirst: true,
    enableGlobalFilter: false,
    enableGrouping: false,
    cell: ({ row }) => <UpdatedCell row={row.original} />,
    meta: { width: '7.5rem' },
  }),
])

/** Table rows for a grouping: with 'tags', one row per claim and tag ("No tag" if none). */
export function tableRows(
  rows: readonly ClaimRow[],
  grouping: 'none' | 'status' | 'tags',
): ClaimTableRow[] {
  if (grouping !== 'tags') {
    return rows.map((row) => ({ ...row, key: row.id, groupTag: row.tags.join(', ') }))
  }
  return rows.flatMap((row) =>
    (row.tags.length ? row.tags : ['']).map((tag) => ({
      ...row,
      key: `${row.id}\u0000${tag}`,
      groupTag: tag,
    })),
  )
}
