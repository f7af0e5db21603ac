/**
 * The notebook: every highlight in the workspace in one sortable, filterable table, with
 * its source, ¶ and whether it still anchors. A row opens its passage in the reader.
 */
import {
  filterNotebookRows,
  hasNotebookFilters,
  NO_NOTEBOOK_FILTERS,
  notebookSources,
  notebookTags,
  type NotebookFilters,
  type NotebookRow,
} from '@shared/highlights/notebook-rows'
import { useTable, type Row } from '@tanstack/react-table'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { navigate } from '../../nav/useHashRoute'
import { ColumnsMenu } from '../../ui/ColumnsMenu'
import { DataTable } from '../../ui/DataTable'
import { TableEmpty } from '../../ui/TableEmpty'
import { useTableLayout } from '../useTableLayout'
import { useColorNames } from '../../db/useColorNames'
import { useHost } from '../../host/host-context'
import { useDocumentSummaries } from '../../host/useDocuments'
import { db } from '../../db'
import { exportHighlightsJsonLd } from '../../host/exports/open-exports'
import { NotebookFilterBar } from './NotebookFilterBar'
import {
  NOTEBOOK_COLUMN_IDS,
  NOTEBOOK_DEFAULT_SORTING,
  NOTEBOOK_TABLE_KEY,
  notebookColumns,
  notebookFeatures,
} from './notebook-table'
import { useNotebookRows } from './useNotebookRows'

interface NotebookViewProps {
  /** Called once the first answer from the database has rendered. */
  onReady: () => void
}

export function NotebookView({ onReady }: NotebookViewProps) {
  const host = useHost()
  const documents = useDocumentSummaries()
  const { rows, loaded: rowsLoaded } = useNotebookRows()
  const layout = useTableLayout(NOTEBOOK_TABLE_KEY, NOTEBOOK_COLUMN_IDS)
  // Wait for the remembered layout too, so the table never jumps from the default one.
  const loaded = rowsLoaded && layout.loaded
  const colorNames = useColorNames()
  const [filters, setFilters] = useState<NotebookFilters>(NO_NOTEBOOK_FILTERS)
  const deferredFilters = useDeferredValue(filters)
  const visible = useMemo(() => filterNotebookRows(rows, deferredFilters), [rows, deferredFilters])
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

  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])

  const filtering = hasNotebookFilters(filters)
  const count =
    visible.length === rows.length
      ? `${rows.length} ${rows.length === 1 ? 'highlight' : 'highlights'}`
      : `${visible.length} of ${rows.length} highlights`

  return (
    <main id="notebook" className="notebook" aria-labelledby="notebook-heading" tabIndex={-1}>
      <div className="nb-head">
        <h1 id="notebook-heading">Notebook</h1>
        {loaded && (
          <span className="nb-count" aria-live="polite" data-testid="notebook-count">
            {count}
          </span>
        )}
        {rows.length > 0 && (
          <button
            type="button"
            className="button-quiet nb-export"
            title="Save the highlights shown as W3C Web Annotations (JSON-LD), for Hypothesis and other annotation tools"
            onClick={async () => {
              const records = await db.highlights.bulkGet(visible.map((row) => row.id))
              await exportHighlightsJsonLd(
                host,
                records.filter((h) => h !== undefined),
                documents.map((d) => d.meta),
                colorNames,
              )
            }}
          >
            Export JSON-LD
          </button>
        )}
        {filtering && (
          <button
            type="button"
            className="button-quiet nb-clear"
            onClick={() => setFilters(NO_NOTEBOOK_FILTERS)}
          >
            Clear filters
          </button>
        )}
      </div>
      {rows.length > 0 && (
        <NotebookFilterBar
          filters={filters}
          onChange={setFilters}
          sources={sources}
          tags={tags}
          colorNames={colorNames}
        >
          <ColumnsMenu table={table} onReset={layout.reset} />
        </NotebookFilterBar>
      )}
      {loaded && (
        <DataTable
          table={table}
          label="Highlights"
          className="nb-table"
          estimateRowHeight={72}
          onRowActivate={openPassage}
          rowClassName={(row) => `nb-row nb-row-${row.original.status}`}
          empty={
            <TableEmpty
              className="nb-empty"
              nothingYet={rows.length === 0}
              nothingYetText="No highlights yet. Select text in the reader and pick a colour."
              noun="highlight"
              onClearFilters={() => setFilters(NO_NOTEBOOK_FILTERS)}
            />
          }
        />
      )}
    </main>
  )
}

function openPassage(row: Row<typeof notebookFeatures, NotebookRow>): void {
  navigate({ view: 'reader', docId: row.original.docId, highlightId: row.original.id })
}
