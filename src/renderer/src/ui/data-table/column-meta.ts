/**
 * What DataTable reads from a table whose features it does not know: column meta for
 * layout, and feature APIs (sorting, visibility) that exist only when registered.
 */
import type {
  Cell,
  Column,
  Column_RowSorting,
  Row,
  RowData,
  SortDirection,
  TableFeatures,
} from '@tanstack/react-table'

/**
 * Layout hints DataTable reads from `columnDef.meta`. Declare them on a table with
 * `tableFeatures({ ..., columnMeta: metaHelper<DataTableColumnMeta>() })`.
 */
export interface DataTableColumnMeta {
  /** CSS width of the column (`table-layout: fixed`), e.g. '12rem' or '30%'. */
  width?: string
  /** Class on the column's header and body cells. */
  className?: string
  /** Text alignment; numbers and dates read better at the end. */
  align?: 'start' | 'end'
  /** The column's name in words where its header is not a plain string (the Columns menu). */
  label?: string
  /**
   * False for a column that must always show: the Columns menu will not hide it (it can
   * still show it, should a stored layout have hidden it).
   */
  hideable?: boolean
  /**
   * A group header's label for one value of this column, when rows are grouped by it.
   * Called with the raw grouping value, which may be empty (undefined, null, '');
   * without it, or when it returns '', empty values read "(none)" and others String(value).
   */
  groupLabel?: (value: unknown) => string
}

/** The column's layout meta, or an empty object. */
export function columnMeta<TFeatures extends TableFeatures, TData extends RowData>(
  column: Column<TFeatures, TData>,
): DataTableColumnMeta {
  return (column.columnDef.meta as DataTableColumnMeta | undefined) ?? {}
}

/** The column's name in words: meta `label`, else a string header, else its id. */
export function columnLabel<TFeatures extends TableFeatures, TData extends RowData>(
  column: Column<TFeatures, TData>,
): string {
  const header = column.columnDef.header
  return columnMeta(column).label ?? (typeof header === 'string' ? header : column.id)
}

/** The column's sorting API when the table registered rowSortingFeature and it can sort. */
export function sortableColumn<TFeatures extends TableFeatures, TData extends RowData>(
  column: Column<TFeatures, TData>,
): Column_RowSorting<TFeatures, TData> | null {
  const sorting = column as Partial<Column_RowSorting<TFeatures, TData>>
  if (typeof sorting.getCanSort !== 'function' || !sorting.getCanSort()) return null
  return sorting as Column_RowSorting<TFeatures, TData>
}

/** The aria-sort value for a sort direction; undefined for an unsorted column. */
export function ariaSort(direction: false | SortDirection): 'ascending' | 'descending' | undefined {
  if (direction === 'asc') return 'ascending'
  if (direction === 'desc') return 'descending'
  return undefined
}

/** The row's cells to render: visible ones when columnVisibilityFeature is registered. */
export function renderedCells<TFeatures extends TableFeatures, TData extends RowData>(
  row: Row<TFeatures, TData>,
): Cell<TFeatures, TData, unknown>[] {
  const visible = (row as { getVisibleCells?: () => Cell<TFeatures, TData, unknown>[] })
    .getVisibleCells
  return visible ? visible.call(row) : row.getAllCells()
}
