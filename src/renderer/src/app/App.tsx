/** The workbench shell: top bar with views, then the reader (library + source) or the notebook. */
import { useEffect, useRef, useState } from 'react'
import { useDatabaseStatus } from '../db/useDatabaseStatus'
import { AboutDialog } from '../features/about/AboutDialog'
import { useStoragePersistence } from '../features/about/useStoragePersistence'
import { LibraryPane } from '../features/library/LibraryPane'
import { NotebookView } from '../features/notebook/NotebookView'
import { ReaderPane } from '../features/reader/ReaderPane'
import { StatusBar } from '../ui/StatusBar'
import { useHost } from './host-context'
import { announceReady } from './readiness'
import { TopBar } from './TopBar'
import { useAsync } from './useAsync'
import { useHashRoute } from './useHashRoute'
import { useUndoShortcuts } from './useUndoShortcuts'

export function App() {
  const host = useHost()
  const documents = useAsync('all', () => host.listDocuments())
  const { route, openDoc } = useHashRoute()
  const aboutRef = useRef<HTMLDialogElement>(null)
  const persistence = useStoragePersistence()
  const database = useDatabaseStatus()
  const [lastDocId, setLastDocId] = useState<string | null>(null)
  useUndoShortcuts()

  const docs = documents?.status === 'ready' ? documents.value : null
  const firstId = docs?.[0]?.meta.id ?? null
  const routeDocId = route.view === 'reader' ? route.docId : null
  if (routeDocId && routeDocId !== lastDocId) setLastDocId(routeDocId)

  useEffect(() => {
    if (route.view === 'reader' && route.docId === null && firstId) openDoc(lastDocId ?? firstId)
  }, [route, firstId, lastDocId, openDoc])

  const listFailed = docs?.length === 0 || documents?.status === 'error'
  return (
    <div className="app">
      <a className="skip-link" href={route.view === 'notebook' ? '#notebook' : '#reader'}>
        Skip to the main content
      </a>
      <TopBar
        view={route.view}
        readerDocId={lastDocId ?? firstId}
        onAbout={() => aboutRef.current?.showModal()}
      />
      {database.state === 'failed' && (
        <p className="banner banner-error" role="alert">
          {database.message}
        </p>
      )}
      {route.view === 'notebook' ? (
        <NotebookView
          documents={docs ?? []}
          onReady={database.state === 'opening' ? noop : announceReady}
        />
      ) : (
        <div className="workspace">
          <LibraryPane documents={documents} openId={route.docId} onOpen={openDoc} />
          <ReaderPane
            docId={route.docId}
            highlightId={route.highlightId}
            onLoaded={database.state === 'opening' ? noop : announceReady}
            listEmpty={listFailed}
          />
        </div>
      )}
      <StatusBar />
      <AboutDialog ref={aboutRef} persistence={persistence} database={database} />
    </div>
  )
}

function noop() {}
