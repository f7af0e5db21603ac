/**
 * The app's one table: renders a TanStack Table v9 instance (made by the caller with
 * `useTable`, features and columns at module scope) as a real <table> with a sticky header,
 * sortable column buttons with aria-sort, keyboard row navigation and activation, an empty
 * state, and row virtualisation (spacer rows) once there are more than `virtualizeAbove` rows.
 */
import {
  FlexRender,
  type Row,
  type RowData,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type MouseEvent, type ReactNode } from 'react'
import { columnMeta, renderedCells } from './data-table/column-meta'
import { DataTableHead } from './data-table/DataTableHead'
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
  className?: string
}

const INTERACTIVE = 'a, button, input, select, textarea, summary, label, [role="button"]'

/**
 * A generic, accessible table over a TanStack Table v9 instance. Column layout comes from
 * `columnDef.meta` ({@link DataTableColumnMeta}); sorting appears when the table registers
 * `rowSortingFeature`, hidden columns are skipped when it registers `columnVisibilityFeature`.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  empty,
  onRowActivate,
  rowClassName,
  estimateRowHeight = 44,
  virtualizeAbove = 100,
  className,
}: DataTableProps<TFeatures, TData>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const rows = table.getRowModel().rows
  const headerGroups = table.getHeaderGroups()
  const leafHeaders = headerGroups.at(-1)?.headers ?? []
  const virtual = rows.length > virtualizeAbove
  // The virtualiser's functions change identity as it measures; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: virtual ? rows.length : 0,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  })
  const activate = (index: number) => {
    const row = rows[index]
    if (row && onRowActivate) onRowActivate(row)
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
    if (!onRowActivate || (event.target as Element).closest(INTERACTIVE)) return
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
            return (
              <tr
                key={row.id}
                ref={virtual ? virtualizer.measureElement : undefined}
                data-index={index}
                aria-rowindex={headerGroups.length + index + 1}
                tabIndex={index === tabbable ? 0 : -1}
                className={rowClassName?.(row)}
                data-activatable={onRowActivate ? 'true' : undefined}
                onClick={(event) => onRowClick(event, row)}
              >
                {renderedCells(row).map((cell) => {
                  const meta = columnMeta(cell.column)
                  const cls = [meta.className, meta.align === 'end' ? 'align-end' : undefined]
                  return (
                    <td key={cell.id} className={cls.filter(Boolean).join(' ') || undefined}>
                      <FlexRender cell={cell} />
                    </td>
                  )
                })}
              </tr>
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
