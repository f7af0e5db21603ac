/** The workbench shell: top bar, library of sources, and the reader. */
import { useEffect, useRef } from 'react'
import { AboutDialog } from '../features/about/AboutDialog'
import { useStoragePersistence } from '../features/about/useStoragePersistence'
import { useDatabaseStatus } from '../db/useDatabaseStatus'
import { LibraryPane } from '../features/library/LibraryPane'
import { ReaderPane } from '../features/reader/ReaderPane'
import { useHost } from './host-context'
import { announceReady } from './readiness'
import { useAsync } from './useAsync'
import { useHashRoute } from './useHashRoute'

export function App() {
  const host = useHost()
  const documents = useAsync('all', () => host.listDocuments())
  const { docId, openDoc } = useHashRoute()
  const aboutRef = useRef<HTMLDialogElement>(null)
  const persistence = useStoragePersistence()
  const database = useDatabaseStatus()

  const docs = documents?.status === 'ready' ? documents.value : null
  const firstId = docs?.[0]?.meta.id
  const openId = docId ?? null

  useEffect(() => {
    if (docs && docs.length > 0 && docId === null && firstId) openDoc(firstId)
  }, [docs, docId, firstId, openDoc])

  return (
    <div className="app">
      <a className="skip-link" href="#reader">
        Skip to the reader
      </a>
      <header className="topbar">
        <div className="brand" aria-label="Casefile">
          <span className="brand-mark" aria-hidden="true">
            ▤
          </span>
          Casefile
        </div>
        <div className="topbar-actions">
          <button
            type="button"
            className="button-quiet"
            onClick={() => aboutRef.current?.showModal()}
          >
            About / storage
          </button>
        </div>
      </header>
      {database.state === 'failed' && (
        <p className="banner banner-error" role="alert">
          {database.message}
        </p>
      )}
      <div className="workspace">
        <LibraryPane documents={documents} openId={openId} onOpen={openDoc} />
        <ReaderPane
          docId={openId}
          onLoaded={database.state === 'opening' ? noop : announceReady}
          listEmpty={docs?.length === 0 || documents?.status === 'error'}
        />
      </div>
      <AboutDialog ref={aboutRef} persistence={persistence} database={database} />
    </div>
  )
}

function noop() {}
