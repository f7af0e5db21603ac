/**
 * The app's one table: renders a TanStack Table v9 instance (made by the caller with
 * `useTable`, features and columns at module scope) as a real <table> with a sticky header,
 * sortable column buttons with aria-sort, keyboard row navigation and activation, group
 * header rows, an empty state, and row virtualisation (spacer rows) once there are more
 * than `virtualizeAbove` rows.
 */
import type { Row, RowData, Table, TableFeatures } from '@tanstack/react-table'
import { useRef, type ReactNode } from 'react'
import { columnMeta } from './data-table/column-meta'
import { DataTableBody } from './data-table/DataTableBody'
import { DataTableHead } from './data-table/DataTableHead'
import { isGroupRow } from './data-table/group-rows'
import { useRowNavigation } from './data-table/useRowNavigation'
import { useVirtualRows } from './data-table/useVirtualRows'

export type { DataTableColumnMeta } from './data-table/column-meta'

/** Props of {@link DataTable}. */
export interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  /** The table instance (from `useTable`); DataTable renders `getRowModel().rows`. */
  table: Table<TFeatures, TData>
  /** Accessible name of the table. */
  label: string
  /** Shown across the table when there are no rows (say why, and offer a way out). */
  empty?: ReactNode
  /** Enter on a focused row, or a click on it outside its own controls and text selection. */
  onRowActivate?: (row: Row<TFeatures, TData>) => void
  /** Extra class for a row, e.g. to mark a state. */
  rowClassName?: (row: Row<TFeatures, TData>) => string | undefined
  /** Expected row height in px before rows are measured (virtualised tables). */
  estimateRowHeight?: number
  /** Rows beyond this count are virtualised; fewer are all rendered. */
  virtualizeAbove?: number
  /** How a group header's count is said to assistive technology; default "12 rows". */
  groupCountLabel?: (count: number) => string
  className?: string
}

const rowCount = (count: number) => (count === 1 ? '1 row' : `${count} rows`)

/**
 * A generic, accessible table over a TanStack Table v9 instance. Column layout comes from
 * `columnDef.meta` ({@link DataTableColumnMeta}); sorting appears when the table registers
 * `rowSortingFeature`, hidden columns are skipped when it registers `columnVisibilityFeature`
 * and follow `columnOrderingFeature`'s order.
 *
 * Grouping: register `columnGroupingFeature` with `groupedRowModel: createGroupedRowModel()`
 * and `rowExpandingFeature` with `expandedRowModel: createExpandedRowModel()`, and drive
 * `grouping` / `expanded` state as usual (`state` + `onGroupingChange` / `onExpandedChange`,
 * or `initialState`; `expanded: true` opens every group). Each group row is drawn as a
 * header across the table with a button that toggles it (label from the grouping column's
 * meta `groupLabel`), and its rows are indented (class `data-table-leaf`). Group rows take
 * part in keyboard navigation and are never passed to `onRowActivate`.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  empty,
  onRowActivate,
  rowClassName,
  estimateRowHeight = 44,
  virtualizeAbove = 100,
  groupCountLabel = rowCount,
  className,
}: DataTableProps<TFeatures, TData>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const rows = table.getRowModel().rows
  const headerGroups = table.getHeaderGroups()
  const leafHeaders = headerGroups.at(-1)?.headers ?? []
  const virtualRows = useVirtualRows(rows, {
    scrollRef,
    enabled: rows.length > virtualizeAbove,
    estimateRowHeight,
  })
  const activate = (index: number) => {
    const row = rows[index]
    if (row && onRowActivate && !isGroupRow(row)) onRowActivate(row)
  }
  const nav = useRowNavigation({
    count: rows.length,
    bodyRef,
    scrollToIndex: virtualRows.scrollToIndex,
    onActivate: activate,
  })
  const { indices } = virtualRows
  const tabbable = indices.includes(nav.activeIndex) ? nav.activeIndex : indices[0]

  return (
    <div ref={scrollRef} className={['data-table-scroll', className].filter(Boolean).join(' ')}>
      <table
        className="data-table"
        aria-label={label}
        aria-rowcount={headerGroups.length + rows.length}
      >
        <colgroup>
          {leafHeaders.map((header) => (
            <col key={header.id} style={{ width: columnMeta(header.column).width }} />
          ))}
        </colgroup>
        <DataTableHead table={table} />
        <DataTableBody
          table={table}
          rows={rows}
          virtualRows={virtualRows}
          headerRows={headerGroups.length}
          columns={leafHeaders.length}
          tabbable={tabbable}
          ref={bodyRef}
          onKeyDown={nav.onKeyDown}
          onFocus={nav.onFocus}
          empty={empty}
          onRowActivate={onRowActivate}
          rowClassName={rowClassName}
          groupCountLabel={groupCountLabel}
        />
      </table>
    </div>
  )
}
