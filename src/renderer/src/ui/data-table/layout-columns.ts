/**
 * The column layout of a table that registers columnVisibilityFeature and
 * columnOrderingFeature, as the Columns menu lists and changes it.
 */
import type { RowData, Table, TableFeature, TableFeatures } from '@tanstack/react-table'
import { columnLabel, columnMeta } from './column-meta'
import { mergeColumnOrder, moveColumn } from '@shared/table-layout/column-order'

/** Features a table needs for its layout to be edited. */
export interface ColumnLayoutFeatures {
  columnVisibilityFeature: TableFeature
  columnOrderingFeature: TableFeature
}

/** One leaf column as the Columns menu shows it. */
export interface LayoutColumn {
  id: string
  label: string
  visible: boolean
  /** False for `meta.hideable: false` or `enableHiding: false` columns. */
  hideable: boolean
}

// The feature APIs this module uses; the generic Table type cannot promise them.
interface LayoutTable {
  getAllFlatColumns: () => LayoutTableColumn[]
  atoms: { columnOrder?: { get: () => string[] } }
  setColumnOrder: (order: string[]) => void
}

interface LayoutTableColumn {
  id: string
  columns: unknown[]
  getIsVisible: () => boolean
  getCanHide: () => boolean
  toggleVisibility: (visible?: boolean) => void
}

/** Leaf columns in display order (as columnOrder sets it, before any grouping moves). */
export function layoutColumns<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
): LayoutColumn[] {
  const columns = leafColumns(table)
  const byId = new Map(columns.map((column) => [column.id, column]))
  return currentOrder(table).map((id) => {
    const column = byId.get(id) as LayoutTableColumn
    const full = table.getColumn(id)
    return {
      id,
      label: full ? columnLabel(full) : id,
      visible: column.getIsVisible(),
      hideable: column.getCanHide() && (full ? columnMeta(full).hideable !== false : true),
    }
  })
}

/** Moves a column `offset` places in the display order, hidden columns included. */
export function moveLayoutColumn<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
  id: string,
  offset: number,
): void {
  ;(table as unknown as LayoutTable).setColumnOrder(moveColumn(currentOrder(table), id, offset))
}

/** Shows or hides a column. */
export function setColumnVisible<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
  id: string,
  visible: boolean,
): void {
  leafColumns(table)
    .find((column) => column.id === id)
    ?.toggleVisibility(visible)
}

function leafColumns<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
): LayoutTableColumn[] {
  const layout = table as unknown as LayoutTable
  return layout.getAllFlatColumns().filter((column) => column.columns.length === 0)
}

function currentOrder<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
): string[] {
  const order = (table as unknown as LayoutTable).atoms.columnOrder?.get() ?? []
  return mergeColumnOrder(
    order,
    leafColumns(table).map((column) => column.id),
  )
}
