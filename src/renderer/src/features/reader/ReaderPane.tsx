/** The reader: loads the open source and shows it with its highlights, or says why it cannot. */
import { useEffect } from 'react'
import { useDocument, useDocuments } from '../../host/useDocuments'
import type { TextSpan } from '../../nav/routes'
import { AnnotatedDocument } from './AnnotatedDocument'

interface ReaderPaneProps {
  docId: string | null
  /** A highlight to scroll to and flash once the source is open. */
  highlightId: string | null
  /** A passage to scroll to and flash once the source is open. */
  at?: TextSpan
  /** Called once the open source has loaded or failed, i.e. the screen is settled. */
  onLoaded: () => void
}

export function ReaderPane({ docId, highlightId, at, onLoaded }: ReaderPaneProps) {
  const list = useDocuments()
  // No source will open: the library is empty or could not be read.
  const listEmpty = list.status === 'error' || (list.status === 'ready' && list.value.length === 0)
  const state = useDocument(docId)
  const settled = state !== null && state.status !== 'loading'

  useEffect(() => {
    if (settled || listEmpty) onLoaded()
  }, [settled, listEmpty, onLoaded])

  if (state?.status === 'ready') {
    return (
      <div className="reader-pane">
        <AnnotatedDocument
          key={state.value.meta.id}
          doc={state.value}
          focusHighlightId={highlightId}
          at={at}
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
