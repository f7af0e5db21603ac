/**
 * The notebook table's state: the workspace's highlights as rows, the analyst's filters
 * (applied before the table, deferred so typing stays responsive), the remembered column
 * layout, and the TanStack table over the rows that pass.
 */
import {
  filterNotebookRows,
  NO_NOTEBOOK_FILTERS,
  notebookSources,
  notebookTags,
  type NotebookFilters,
  type NotebookRow,
} from '@shared/highlights/notebook-rows'
import { useTable, type Table } from '@tanstack/react-table'
import { useDeferredValue, useMemo, useState } from 'react'
import { useEntityFilterView, type EntityFilterView } from '../../host/entity-filter'
import { useTableLayout, type TableLayoutControls } from '../useTableLayout'
import {
  NOTEBOOK_COLUMN_IDS,
  NOTEBOOK_DEFAULT_SORTING,
  NOTEBOOK_TABLE_KEY,
  notebookColumns,
  notebookFeatures,
} from './notebook-table'
import { useNotebookRows } from './useNotebookRows'

export interface NotebookTableState {
  table: Table<typeof notebookFeatures, NotebookRow>
  /** Every highlight, before filtering. */
  rows: NotebookRow[]
  /** The rows that pass the filters, the entity filter included. */
  visible: NotebookRow[]
  /** The sources and tags present, for the filters' choices. */
  sources: { docId: string; title: string }[]
  tags: string[]
  filters: NotebookFilters
  setFilters: (filters: NotebookFilters) => void
  /** The entity filter the notebook shares with claims and timelines. */
  entity: EntityFilterView
  layout: TableLayoutControls
  /** True once the rows and the remembered layout have both loaded. */
  loaded: boolean
}

export function useNotebookTable(): NotebookTableState {
  const { rows, loaded: rowsLoaded } = useNotebookRows()
  const layout = useTableLayout(NOTEBOOK_TABLE_KEY, NOTEBOOK_COLUMN_IDS)
  const [filters, setFilters] = useState<NotebookFilters>(NO_NOTEBOOK_FILTERS)
  const deferredFilters = useDeferredValue(filters)
  const entity = useEntityFilterView()
  const { highlightIds } = entity
  const visible = useMemo(() => {
    const passing = filterNotebookRows(rows, deferredFilters)
    return highlightIds ? passing.filter((row) => highlightIds.has(row.id)) : passing
  }, [rows, deferredFilters, highlightIds])
  const sources = useMemo(() => notebookSources(rows), [rows])
  const tags = useMemo(() => notebookTags(rows), [rows])
  const table = useTable({
    features: notebookFeatures,
    columns: notebookColumns,
    data: visible,
    getRowId: (row) => row.id,
    initialState: { sorting: NOTEBOOK_DEFAULT_SORTING },
    state: { columnOrder: layout.columnOrder, columnVisibility: layout.columnVisibility },
    onColumnOrderChange: layout.setColumnOrder,
    onColumnVisibilityChange: layout.setColumnVisibility,
  })
  // Wait for the remembered layout too, so the table never jumps from the default one.
  const loaded = rowsLoaded && layout.loaded
  return { table, rows, visible, sources, tags, filters, setFilters, entity, layout, loaded }
}
