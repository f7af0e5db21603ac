/**
 * The body of a DataTable: the rendered rows (group headers and data rows) between spacer
 * rows that stand in for those scrolled out, and the empty state when there are no rows.
 */
import type { Row, RowData, Table, TableFeatures } from '@tanstack/react-table'
import type { FocusEvent, KeyboardEvent, MouseEvent, ReactNode, RefObject } from 'react'
import { DataRow } from './DataRow'
import { GroupHeaderRow } from './GroupHeaderRow'
import { groupRowInfo, isGroupRow } from './group-rows'
import type { VirtualRows } from './useVirtualRows'

const INTERACTIVE = 'a, button, input, select, textarea, summary, label, [role="button"]'

/** Props of {@link DataTableBody}. */
export interface DataTableBodyProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: Table<TFeatures, TData>
  /** The row model's rows; `virtualRows` says which of them to render. */
  rows: Row<TFeatures, TData>[]
  virtualRows: VirtualRows
  /** Number of header rows above the body (for aria-rowindex). */
  headerRows: number
  /** Number of visible leaf columns. */
  columns: number
  /** Index of the row in the tab order. */
  tabbable: number | undefined
  /** The tbody element, for keyboard navigation. */
  ref: RefObject<HTMLTableSectionElement | null>
  onKeyDown: (event: KeyboardEvent<HTMLTableSectionElement>) => void
  onFocus: (event: FocusEvent<HTMLTableSectionElement>) => void
  empty?: ReactNode
  onRowActivate?: (row: Row<TFeatures, TData>) => void
  rowClassName?: (row: Row<TFeatures, TData>) => string | undefined
  groupCountLabel: (count: number) => string
}

/**
 * Renders `virtualRows.indices` of `rows`; a click on a data row outside its own controls and
 * any text selection activates it (group rows never do).
 */
export function DataTableBody<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  rows,
  virtualRows,
  headerRows,
  columns,
  tabbable,
  ref,
  onKeyDown,
  onFocus,
  empty,
  onRowActivate,
  rowClassName,
  groupCountLabel,
}: DataTableBodyProps<TFeatures, TData>) {
  const { indices, padTop, padBottom, measure } = virtualRows

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: Row<TFeatures, TData>) => {
    if (!onRowActivate || isGroupRow(row) || (event.target as Element).closest(INTERACTIVE)) return
    if (window.getSelection()?.toString()) return
    onRowActivate(row)
  }

  return (
    <tbody ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      {padTop > 0 && <Spacer height={padTop} columns={columns} />}
      {indices.map((index) => {
        const row = rows[index]
        if (!row) return null
        const ariaRowIndex = headerRows + index + 1
        const group = groupRowInfo(table, row)
        if (group) {
          return (
            <GroupHeaderRow
              key={row.id}
              group={group}
              index={index}
              ariaRowIndex={ariaRowIndex}
              columns={columns}
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
      {padBottom > 0 && <Spacer height={padBottom} columns={columns} />}
      {rows.length === 0 && empty !== undefined && (
        <tr className="data-table-empty">
          <td colSpan={Math.max(1, columns)}>{empty}</td>
        </tr>
      )}
    </tbody>
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
