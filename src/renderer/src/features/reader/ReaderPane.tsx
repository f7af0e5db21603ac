/** The reader: loads the open source and shows its header and text, or says why it cannot. */
import { useEffect, useRef } from 'react'
import { useHost } from '../../app/host-context'
import { useAsync } from '../../app/useAsync'
import { DocumentBody } from './DocumentBody'
import { DocumentHeader } from './DocumentHeader'

interface ReaderPaneProps {
  docId: string | null
  /** A highlight to scroll to and flash once the source is open. */
  highlightId: string | null
  /** Called once the open source has loaded or failed, i.e. the screen is settled. */
  onLoaded: () => void
  listEmpty: boolean
}

export function ReaderPane({ docId, onLoaded, listEmpty }: ReaderPaneProps) {
  const host = useHost()
  const state = useAsync(docId, () => host.getDocument(docId ?? ''))
  const scrollRef = useRef<HTMLElement>(null)
  const settled = state !== null && state.status !== 'loading'

  useEffect(() => {
    if (settled || listEmpty) onLoaded()
  }, [settled, listEmpty, onLoaded])

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
  }, [docId])

  return (
    <main id="reader" className="reader" ref={scrollRef} tabIndex={0} aria-label="Reader">
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
      {state?.status === 'ready' && (
        <article
          className="document"
          lang="en"
          data-doc-id={state.value.meta.id}
          data-doc-rev={state.value.rev}
        >
          <DocumentHeader doc={state.value} />
          <DocumentBody blocks={state.value.blocks} />
        </article>
      )}
    </main>
  )
}
