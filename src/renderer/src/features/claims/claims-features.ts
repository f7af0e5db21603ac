/**
 * The claims table's features, filter functions and default sorting, at module scope so
 * their references stay stable across renders (TanStack Table v9 recomputes models when
 * they change). The columns that use them are in claims-columns.tsx.
 */
import type { ClaimRow } from '@shared/claims/claim-rows'
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  constructFilterFn,
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
