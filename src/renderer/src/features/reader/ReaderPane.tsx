/** The reader: loads the open source and shows it with its highlights, or says why it cannot. */
import { useEffect } from 'react'
import { useDocument, useDocuments } from '../../host/useDocuments'
import type { TextSpan } from '../../nav/routes'
import { AnnotatedDocument } from './AnnotatedDocument'
import { useHighlightRecords } from './useHighlightPlacements'

interface ReaderPaneProps {
  docId: string | null
  /** A highlight to scroll to and flash once the source is open. */
  highlightId: string | null
  /** A passage to scroll to and flash once the source is open. */
  at?: TextSpan
  /**
   * Called once the screen is settled: the open source shown with its highlights painted,
   * or the reason it cannot be.
   */
  onLoaded: () => void
  /** The analyst's database could not be opened: no highlights will come, the text alone settles. */
  databaseFailed: boolean
}

export function ReaderPane({ docId, highlightId, at, onLoaded, databaseFailed }: ReaderPaneProps) {
  const list = useDocuments()
  // No source will open: the library is empty or could not be read.
  const listEmpty = list.status === 'error' || (list.status === 'ready' && list.value.length === 0)
  const state = useDocument(docId)
  // Asked for now, not once the text has loaded: the two reads overlap.
  const highlightRecords = useHighlightRecords(docId)
  // A source that opens says so itself, once its highlights are painted.
  const failed = state?.status === 'error'
  const shownWithout = databaseFailed && state?.status === 'ready'

  useEffect(() => {
    if (failed || listEmpty || shownWithout) onLoaded()
  }, [failed, listEmpty, shownWithout, onLoaded])

  if (state?.status === 'ready') {
    return (
      <div className="reader-pane">
        <AnnotatedDocument
          key={state.value.meta.id}
          doc={state.value}
          focusHighlightId={highlightId}
          at={at}
          highlightRecords={highlightRecords}
          onPainted={onLoaded}
        />
      </div>
    )
  }
  return (
    <div className="reader-pane">
      <main id="reader" className="reader" tabIndex={0} aria-label="Reader">
        {state === null && (
          <p className="reader-empty">
            {listEmpty ? 'No sources to read.' : 'Choose a source from the library.'}
          </p>
        )}
        {state?.status === 'loading' && <p className="reader-empty">Opening the source…</p>}
        {state?.status === 'error' && (
          <div className="reader-empty" role="alert">
            <p className="notice notice-error">This source could not be opened. {state.message}</p>
            <p>Choose another source from the library.</p>
          </div>
        )}
      </main>
    </div>
  )
}
