/**
 * The notebook: every highlight in the workspace in one sortable, filterable table, with
 * its source, ¶ and whether it still anchors. A row opens its passage in the reader.
 */
import {
  hasNotebookFilters,
  NO_NOTEBOOK_FILTERS,
  type NotebookRow,
} from '@shared/highlights/notebook-rows'
import type { Row } from '@tanstack/react-table'
import { useEffect } from 'react'
import { useColorNames } from '../../db/useColorNames'
import { setEntityFilter } from '../../host/entity-filter'
import { navigate } from '../../nav/useHashRoute'
import { ColumnsMenu } from '../../ui/ColumnsMenu'
import { DataTable } from '../../ui/DataTable'
import { TableEmpty } from '../../ui/TableEmpty'
import { ExportJsonLdButton } from './ExportJsonLdButton'
import { ImportAnnotationsButton } from './ImportAnnotationsButton'
import { NotebookFilterBar } from './NotebookFilterBar'
import type { notebookFeatures } from './notebook-table'
import { useNotebookTable } from './useNotebookTable'

interface NotebookViewProps {
  /** Called once the first answer from the database has rendered. */
  onReady: () => void
}

export function NotebookView({ onReady }: NotebookViewProps) {
  const { table, rows, visible, sources, tags, filters, setFilters, entity, layout, loaded } =
    useNotebookTable()
  const colorNames = useColorNames()
  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])

  const clearFilters = () => {
    setFilters(NO_NOTEBOOK_FILTERS)
    setEntityFilter(null)
  }
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
        {rows.length > 0 && <ExportJsonLdButton rows={visible} />}
        <ImportAnnotationsButton />
        {(hasNotebookFilters(filters) || entity.id !== null) && (
          <button type="button" className="button-quiet nb-clear" onClick={clearFilters}>
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
          entity={entity}
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
          virtualizeAbove={30}
          onRowActivate={openPassage}
          rowClassName={(row) => `nb-row nb-row-${row.original.status}`}
          empty={
            <TableEmpty
              className="nb-empty"
              nothingYet={rows.length === 0}
              nothingYetText="No highlights yet. Select text in the reader and pick a colour."
              noun="highlight"
              onClearFilters={clearFilters}
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
