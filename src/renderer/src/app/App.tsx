/**
 * The workbench shell: top bar with views, then the reader (library + source), the
 * notebook, the claims table, a claim's page or the evidence matrix; the command palette
 * and the keyboard shortcuts sheet over all of them. The library and the reader are the
 * start-up path; every other view loads on demand (lazy-views.ts), and all of them once
 * the reader is shown and the page is idle.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { useDatabaseStatus } from '../db/useDatabaseStatus'
import { useDocuments } from '../host/useDocuments'
import { AboutDialog } from '../features/about/AboutDialog'
import { BackupDialog } from '../features/backup/BackupDialog'
import { useAutomaticBackup } from '../features/backup/useAutomaticBackup'
import { ImportProvider } from '../features/import/ImportContext'
import { useStoragePersistence } from '../features/about/useStoragePersistence'
import { LibraryPane } from '../features/library/LibraryPane'
import { CommandPalette } from '../features/palette/CommandPalette'
import { ShortcutsSheet } from '../features/palette/ShortcutsSheet'
import { SearchEverything } from '../features/search/SearchEverything'
import { ReaderPane } from '../features/reader/ReaderPane'
import { RecoveryPanel } from '../features/recovery/RecoveryPanel'
import { StartupRecovery } from '../features/recovery/StartupRecovery'
import { StatusBar } from '../ui/StatusBar'
import { announceReady, whenReady } from './readiness'
import { sectionOf, type Route } from '../nav/routes'
import { TopBar } from './TopBar'
import { useHashRoute } from '../nav/useHashRoute'
import { useUndoShortcuts } from './useUndoShortcuts'
import type { DialogHandle } from '../ui/useDialogHandle'
import { useAppCommands, type AppCommandsInput } from './commands'
import { SHORTCUT_GROUPS } from './shortcuts'
import { LazyView, preloadWhenIdle } from '../ui/LazyView'
import {
  BriefsView,
  ClaimPage,
  ClaimsView,
  CompareView,
  EntitiesView,
  MatrixView,
  NotebookView,
  PRELOADED_VIEWS,
  SourcesView,
  TimelinesView,
} from './lazy-views'

export function App() {
  const documents = useDocuments()
  const { route, openDoc } = useHashRoute()
  const aboutRef = useRef<HTMLDialogElement>(null)
  const backupRef = useRef<HTMLDialogElement>(null)
  const paletteRef = useRef<DialogHandle>(null)
  const searchRef = useRef<DialogHandle>(null)
  const persistence = useStoragePersistence()
  const database = useDatabaseStatus()
  const [lastDocId, setLastDocId] = useState<string | null>(null)
  useUndoShortcuts()
  useAutomaticBackup(database.state === 'open')
  useEffect(() => preloadWhenIdle(PRELOADED_VIEWS, whenReady), [])

  const docs = documents.status === 'ready' ? documents.value : null
  const firstId = docs?.[0]?.meta.id ?? null
  const routeDocId = route.view === 'reader' ? route.docId : null
  if (routeDocId && routeDocId !== lastDocId) setLastDocId(routeDocId)

  useEffect(() => {
    if (route.view === 'reader' && route.docId === null && firstId) openDoc(lastDocId ?? firstId)
  }, [route, firstId, lastDocId, openDoc])

  const [lastMatrix, setLastMatrix] = useState<string[]>([])
  const matrixKey = route.view === 'matrix' ? route.claimIds.join(',') : null
  if (matrixKey !== null && matrixKey !== lastMatrix.join(',') && route.view === 'matrix') {
    setLastMatrix(route.claimIds)
  }

  const onReady = database.state === 'opening' ? noop : announceReady
  return (
    <ImportProvider>
      <div className="app">
        <a className="skip-link" href={`#${mainId(route)}`}>
          Skip to the main content
        </a>
        <TopBar
          view={sectionOf(route)}
          readerDocId={lastDocId ?? firstId}
          matrixClaimIds={lastMatrix}
          onAbout={() => aboutRef.current?.showModal()}
          onBackup={() => backupRef.current?.showModal()}
          onPalette={() => paletteRef.current?.open()}
          onSearch={() => searchRef.current?.open()}
        />
        {database.state === 'failed' && (
          <RecoveryPanel kind={database.kind} message={database.message} />
        )}
        <StartupRecovery open={database.state === 'open'} documents={docs} whenReady={whenReady} />
        {route.view === 'notebook' ? (
          <LazyView key="notebook" label="the Notebook" mainId="notebook">
            <NotebookView onReady={onReady} />
          </LazyView>
        ) : route.view === 'claims' ? (
          <LazyView key="claims" label="the Claims view" mainId="claims">
            <ClaimsView onReady={onReady} />
          </LazyView>
        ) : route.view === 'claim' ? (
          <LazyView key="claim" label="the claim's page" mainId="claim">
            <ClaimPage claimId={route.claimId} onReady={onReady} />
          </LazyView>
        ) : route.view === 'timelines' ? (
          <LazyView key="timelines" label="Timelines" mainId="timelines">
            <TimelinesView
              timelineId={route.timelineId}
              eventId={route.eventId}
              onReady={onReady}
            />
          </LazyView>
        ) : route.view === 'briefs' ? (
          <LazyView key="briefs" label="Briefs" mainId="briefs">
            <BriefsView briefId={route.briefId} onReady={onReady} />
          </LazyView>
        ) : route.view === 'entities' ? (
          <LazyView key="entities" label="Entities" mainId="entities">
            <EntitiesView entityId={route.entityId} onReady={onReady} />
          </LazyView>
        ) : route.view === 'sources' ? (
          <LazyView key="sources" label="the Sources overview" mainId="sources">
            <SourcesView onReady={onReady} />
          </LazyView>
        ) : route.view === 'compare' ? (
          <LazyView key="compare" label="the comparison" mainId="compare">
            <CompareView a={route.a} b={route.b} onReady={onReady} />
          </LazyView>
        ) : route.view === 'matrix' ? (
          <LazyView key="matrix" label="the evidence matrix" mainId="matrix">
            <MatrixView claimIds={route.claimIds} onReady={onReady} />
          </LazyView>
        ) : (
          <div className="workspace">
            <LibraryPane openId={route.docId} onOpen={openDoc} />
            <ReaderPane
              docId={route.docId}
              highlightId={route.highlightId}
              at={route.at}
              onLoaded={onReady}
              databaseFailed={database.state === 'failed'}
            />
          </div>
        )}
        <StatusBar />
        <AboutDialog ref={aboutRef} persistence={persistence} database={database} />
        <BackupDialog ref={backupRef} />
        <SearchEverything ref={searchRef} sources={docs ?? NO_DOCUMENTS} whenReady={whenReady} />
        <Commanding
          paletteRef={paletteRef}
          searchRef={searchRef}
          route={route}
          readerDocId={lastDocId ?? firstId}
          matrixClaimIds={lastMatrix}
          documents={docs ?? NO_DOCUMENTS}
          aboutRef={aboutRef}
          backupRef={backupRef}
        />
      </div>
    </ImportProvider>
  )
}

function noop() {}

const NO_DOCUMENTS: readonly DocumentSummary[] = []

interface CommandingProps extends Pick<
  AppCommandsInput,
  'route' | 'readerDocId' | 'matrixClaimIds' | 'documents'
> {
  paletteRef: RefObject<DialogHandle | null>
  searchRef: RefObject<DialogHandle | null>
  aboutRef: RefObject<HTMLDialogElement | null>
  backupRef: RefObject<HTMLDialogElement | null>
}

/** The command palette and the shortcuts sheet (inside ImportProvider: a command imports). */
function Commanding({ paletteRef, searchRef, aboutRef, backupRef, ...places }: CommandingProps) {
  const sheetRef = useRef<DialogHandle>(null)
  const commands = useAppCommands({
    ...places,
    openAbout: useCallback(() => aboutRef.current?.showModal(), [aboutRef]),
    openBackup: useCallback(() => backupRef.current?.showModal(), [backupRef]),
    showShortcuts: useCallback(() => sheetRef.current?.open(), []),
    openSearch: useCallback(() => searchRef.current?.open(), [searchRef]),
  })
  return (
    <>
      <CommandPalette ref={paletteRef} commands={commands} />
      <ShortcutsSheet ref={sheetRef} groups={SHORTCUT_GROUPS} />
    </>
  )
}

/** The id of the route's main region, for the skip link. */
function mainId(route: Route): string {
  if (route.view === 'reader') return 'reader'
  return route.view
}
