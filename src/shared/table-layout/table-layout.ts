/**
 * The column layout a table shows: a stored layout (db/table-layouts keeps it) completed
 * with the table's defined columns and defaults.
 */
import { mergeColumnOrder } from './column-order'

/** Column ids in display order, and which columns are hidden (missing ids are visible). */
export interface TableLayout {
  columnOrder: string[]
  columnVisibility: Record<string, boolean>
}

/**
 * The layout to show for a table whose columns are `columnIds` (in their defined order):
 * the stored order without unknown or repeated ids, followed by any column it does not
 * mention (a column added since); the stored visibility of known columns, the defaults for
 * the rest. Should that hide every column, the default visibility is used instead.
 */
export function resolveTableLayout(
  stored: Partial<TableLayout> | null,
  columnIds: readonly string[],
  defaults: Partial<TableLayout> = {},
): TableLayout {
  const known = new Set(columnIds)
  const order = mergeColumnOrder(stored?.columnOrder ?? defaults.columnOrder ?? [], columnIds)
  const fallback = pick(defaults.columnVisibility ?? {}, known)
  const visibility = { ...fallback, ...pick(stored?.columnVisibility ?? {}, known) }
  const someVisible = columnIds.some((id) => visibility[id] !== false)
  return { columnOrder: order, columnVisibility: someVisible ? visibility : fallback }
}

function pick(visibility: Record<string, boolean>, known: Set<string>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(visibility).filter(([id]) => known.has(id)))
}
