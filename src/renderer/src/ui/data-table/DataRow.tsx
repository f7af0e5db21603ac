/** One data row of a DataTable: its visible cells, with the column meta's classes. */
import { FlexRender, type Row, type RowData, type TableFeatures } from '@tanstack/react-table'
import type { CSSProperties, MouseEvent } from 'react'
import { columnMeta, renderedCells } from './column-meta'

interface DataRowProps<TFeatures extends TableFeatures, TData extends RowData> {
  row: Row<TFeatures, TData>
  /** Index in the row model (data-index, for keyboard navigation). */
  index: number
  ariaRowIndex: number
  /** Whether this row is the one in the tab order. */
  tabbable: boolean
  className?: string
  activatable: boolean
  onClick: (event: MouseEvent<HTMLTableRowElement>, row: Row<TFeatures, TData>) => void
  measure?: (element: HTMLTableRowElement | null) => void
}

export function DataRow<TFeatures extends TableFeatures, TData extends RowData>(
  props: DataRowProps<TFeatures, TData>,
) {
  const { row, index, ariaRowIndex, tabbable, className, activatable, onClick, measure } = props
  // Rows inside a group (or sub-rows) are indented by their depth, so the grouping reads.
  const nested = row.depth > 0
  const cls = [className, nested ? 'data-table-leaf' : undefined].filter(Boolean).join(' ')
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      tabIndex={tabbable ? 0 : -1}
      className={cls || undefined}
      style={nested ? ({ '--data-table-depth': row.depth } as CSSProperties) : undefined}
      data-activatable={activatable ? 'true' : undefined}
      onClick={(event) => onClick(event, row)}
    >
      {renderedCells(row).map((cell) => {
        const meta = columnMeta(cell.column)
        const cellClass = [meta.className, meta.align === 'end' ? 'align-end' : undefined]
        return (
          <td key={cell.id} className={cellClass.filter(Boolean).join(' ') || undefined}>
            <FlexRender cell={cell} />
          </td>
        )
      })}
    </tr>
  )
}
