/** The library of sources: filter, sort, and a keyboard-driven list that opens a source. */
import { LIBRARY_SORTS, libraryView, type LibrarySort } from '@shared/library/library-view'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { useDocuments } from '../../host/useDocuments'
import { useImport } from '../import/ImportContext'
import { FilterSelect } from '../../ui/FilterSelect'
import { FILTER_KEY, useFilterKey } from '../../ui/useFilterKey'
import { PLATFORM } from '../../ui/key-platform'
import { ariaKeyShortcut, comboLabels } from '@shared/commands/key-combo'
import { SourceList } from './SourceList'
import { useFileDrop } from './useFileDrop'

interface LibraryPaneProps {
  openId: string | null
  onOpen: (id: string) => void
}

export function LibraryPane({ openId, onOpen }: LibraryPaneProps) {
  const documents = useDocuments()
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<LibrarySort>('date-desc')
  const deferredQuery = useDeferredValue(query)
  const filterRef = useRef<HTMLInputElement>(null)
  const docs = documents.status === 'ready' ? documents.value : null
  const visible = useMemo(
    () => (docs ? libraryView(docs, deferredQuery, sort) : []),
    [docs, deferredQuery, sort],
  )
  useFilterKey(filterRef)
  const importer = useImport()
  const drop = useFileDrop((files) => void importer.importFiles(files))

  return (
    <aside
      className={drop.dragging ? 'library library-drop' : 'library'}
      aria-labelledby="library-heading"
      {...drop.handlers}
    >
      <div className="library-head">
        <h2 id="library-heading">Library</h2>
        {docs && (
          <span className="library-count" aria-live="polite">
            {visible.length === docs.length
              ? `${docs.length} sources`
              : `${visible.length} of ${docs.length} sources`}
          </span>
        )}
      </div>
      <div className="library-import">
        <button type="button" className="button" onClick={() => void importer.chooseFiles()}>
          Import documents…
        </button>
        {importer.unfinished > 0 && (
          <button type="button" className="button-link" onClick={importer.showQueue}>
            {importer.unfinished} in progress
          </button>
        )}
      </div>
      <div className="library-controls">
        <label className="field">
          <span className="field-label">Filter sources</span>
          <input
            ref={filterRef}
            type="search"
            value={query}
            placeholder="Title, author, outlet…"
            aria-keyshortcuts={ariaKeyShortcut(FILTER_KEY, PLATFORM)}
            title={`Filter sources (${comboLabels(FILTER_KEY, PLATFORM).join(PLATFORM === 'mac' ? '' : '+')})`}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <FilterSelect label="Sort" value={sort} options={LIBRARY_SORTS} onChange={setSort} />
      </div>
      {documents.status === 'error' && (
        <p className="notice notice-error" role="alert">
          The library could not be loaded. {documents.message}
        </p>
      )}
      {documents.status === 'loading' && <p className="notice">Loading sources…</p>}
      {docs && visible.length === 0 && (
        <p className="notice">
          {docs.length === 0 ? 'There are no sources yet.' : `No source matches “${query}”.`}{' '}
          {query && (
            <button type="button" className="button-link" onClick={() => setQuery('')}>
              Clear the filter
            </button>
          )}
        </p>
      )}
      {visible.length > 0 && <SourceList docs={visible} openId={openId} onOpen={onOpen} />}
      {drop.dragging && (
        <p className="library-drop-hint" aria-hidden="true">
          Drop files to import them
        </p>
      )}
    </aside>
  )
}
