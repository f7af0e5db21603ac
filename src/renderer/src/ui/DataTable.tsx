/**
 * The app's one table: renders a TanStack Table v9 instance (made by the caller with
 * `useTable`, features and columns at module scope) as a real <table> with a sticky header,
 * sortable column buttons with aria-sort, keyboard row navigation and activation, group
 * header rows, an empty state, and row virtualisation (spacer rows) once there are more
 * than `virtualizeAbove` rows.
 */
import type { Row, RowData, Table, TableFeatures } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useRef, type MouseEvent, type ReactNode } from 'react'
import { columnMeta } from './data-table/column-meta'
import { DataRow } from './data-table/DataRow'
import { DataTableHead } from './data-table/DataTableHead'
import { GroupHeaderRow } from './data-table/GroupHeaderRow'
import { groupRowInfo, isGroupRow } from './data-table/group-rows'
import { useRowNavigation } from './data-table/useRowNavigation'

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

const INTERACTIVE = 'a, button, input, select, textarea, summary, label, [role="button"]'

/** Expected height of a group header row before it is measured. */
const GROUP_ROW_HEIGHT = 40

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
  const virtual = rows.length > virtualizeAbove
  // The virtualiser rebuilds its table of every row's position whenever these functions
  // change identity: kept stable while the rows are, or each scrolled frame pays for
  // all of them (6 ms a frame at 50,000 rows).
  const estimateSize = useCallback(
    (index: number) => {
      const row = rows[index]
      return row && isGroupRow(row) ? GROUP_ROW_HEIGHT : estimateRowHeight
    },
    [rows, estimateRowHeight],
  )
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // The virtualiser's functions change identity as it measures; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: virtual ? rows.length : 0,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
  })
  const activate = (index: number) => {
    const row = rows[index]
    if (row && onRowActivate && !isGroupRow(row)) onRowActivate(row)
  }
  const nav = useRowNavigation({
    count: rows.length,
    bodyRef,
    scrollToIndex: virtual ? (index) => virtualizer.scrollToIndex(index) : undefined,
    onActivate: activate,
  })

  const items = virtual ? virtualizer.getVirtualItems() : null
  const indices = items ? items.map((item) => item.index) : rows.map((_, index) => index)
  const last = items?.at(-1)
  const padTop = items?.[0]?.start ?? 0
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0
  const tabbable = indices.includes(nav.activeIndex) ? nav.activeIndex : indices[0]

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: Row<TFeatures, TData>) => {
    if (!onRowActivate || isGroupRow(row) || (event.target as Element).closest(INTERACTIVE)) return
    if (window.getSelection()?.toString()) return
    onRowActivate(row)
  }

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
        <tbody ref={bodyRef} onKeyDown={nav.onKeyDown} onFocus={nav.onFocus}>
          {padTop > 0 && <Spacer height={padTop} columns={leafHeaders.length} />}
          {indices.map((index) => {
            const row = rows[index]
            if (!row) return null
            const measure = virtual ? virtualizer.measureElement : undefined
            const ariaRowIndex = headerGroups.length + index + 1
            const group = groupRowInfo(table, row)
            if (group) {
              return (
                <GroupHeaderRow
                  key={row.id}
                  group={group}
                  index={index}
                  ariaRowIndex={ariaRowIndex}
                  columns={leafHeaders.length}
                  tabbable={index === tabbable}
                  countLabel={groupCountLabel}
                  measure={measure}
                />
              )
            }
            return (
              <DataRow
                key={row.id}
                row={row}
                index={index}
                ariaRowIndex={ariaRowIndex}
                tabbable={index === tabbable}
                className={rowClassName?.(row)}
                activatable={onRowActivate !== undefined}
                onClick={onRowClick}
                measure={measure}
              />
            )
          })}
          {padBottom > 0 && <Spacer height={padBottom} columns={leafHeaders.length} />}
          {rows.length === 0 && empty !== undefined && (
            <tr className="data-table-empty">
              <td colSpan={Math.max(1, leafHeaders.length)}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}

/** Stands in for rows that are scrolled out, so the scrollbar matches the whole table. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="data-table-spacer" aria-hidden="true">
      <td colSpan={Math.max(1, columns)} style={{ height }} />
    </tr>
  )
}
