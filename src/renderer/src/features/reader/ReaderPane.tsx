/** The reader: loads the open source and shows it with its highlights, or says why it cannot. */
import { useEffect } from 'react'
import { loadDocument } from '../../host/documents'
import { useHost } from '../../host/host-context'
import { useAsync } from '../../ui/useAsync'
import { AnnotatedDocument } from './AnnotatedDocument'

interface ReaderPaneProps {
  docId: string | null
  /** A highlight to scroll to and flash once the source is open. */
  highlightId: string | null
  /** Called once the open source has loaded or failed, i.e. the screen is settled. */
  onLoaded: () => void
  listEmpty: boolean
}

export function ReaderPane({ docId, highlightId, onLoaded, listEmpty }: ReaderPaneProps) {
  const host = useHost()
  const state = useAsync(docId, () => loadDocument(host, docId ?? ''))
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
