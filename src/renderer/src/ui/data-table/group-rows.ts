/**
 * What DataTable reads from a grouped row model. Grouping and expanding are optional
 * features, so their row APIs are looked up rather than assumed.
 */
import type { Row, RowData, Table, TableFeatures } from '@tanstack/react-table'
import { columnMeta } from './column-meta'

/** A group header row as DataTable draws it. */
export interface GroupRowInfo {
  label: string
  /** Data rows in the group, however deeply grouped. */
  count: number
  depth: number
  expanded: boolean
  /** Null when the table did not register rowExpandingFeature. */
  toggle: (() => void) | null
}

/** The label shown for an empty grouping value. */
export const EMPTY_GROUP_LABEL = '(none)'

interface GroupingRow {
  depth: number
  subRows: GroupingRow[]
  getIsGrouped?: () => boolean
  groupingColumnId?: string
  getGroupingValue?: (columnId: string) => unknown
  getIsExpanded?: () => boolean
  getCanExpand?: () => boolean
  toggleExpanded?: (expanded?: boolean) => void
}

/** True for a group header row (columnGroupingFeature registered and the row is a group). */
export function isGroupRow<TFeatures extends TableFeatures, TData extends RowData>(
  row: Row<TFeatures, TData>,
): boolean {
  const grouping = row as unknown as GroupingRow
  return typeof grouping.getIsGrouped === 'function' && grouping.getIsGrouped()
}

/** The group header of a grouped row, or null for any other row. */
export function groupRowInfo<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
  row: Row<TFeatures, TData>,
): GroupRowInfo | null {
  if (!isGroupRow(row)) return null
  const grouping = row as unknown as GroupingRow
  const columnId = grouping.groupingColumnId ?? ''
  const column = table.getColumn(columnId)
  const value = grouping.getGroupingValue?.(columnId)
  const canToggle =
    typeof grouping.toggleExpanded === 'function' && (grouping.getCanExpand?.() ?? false)
  return {
    label: groupValueLabel(value, column ? columnMeta(column).groupLabel : undefined),
    count: countDataRows(grouping),
    depth: grouping.depth,
    expanded: grouping.getIsExpanded?.() ?? false,
    toggle: canToggle ? () => grouping.toggleExpanded?.() : null,
  }
}

/**
 * A group's label: the column's `groupLabel` when it gives one, else "(none)" for an
 * empty value (undefined, null, blank text, an empty array) and String(value) for others.
 */
export function groupValueLabel(value: unknown, groupLabel?: (value: unknown) => string): string {
  const custom = groupLabel?.(value)
  if (custom) return custom
  if (value === undefined || value === null) return EMPTY_GROUP_LABEL
  if (Array.isArray(value) && value.length === 0) return EMPTY_GROUP_LABEL
  const text = String(value)
  return text.trim() === '' ? EMPTY_GROUP_LABEL : text
}

// Group rows are rebuilt whenever the grouped model changes, so a count cached against the
// row object is never stale; the cache spares a walk of every leaf on each scroll frame.
const counts = new WeakMap<GroupingRow, number>()

function countDataRows(row: GroupingRow): number {
  const cached = counts.get(row)
  if (cached !== undefined) return cached
  let count = 0
  for (const sub of row.subRows) {
    count += sub.getIsGrouped?.() ? countDataRows(sub) : 1
  }
  counts.set(row, count)
  return count
}
