/**
 * The sources overview, connected: the reuse service's pairs and misquotes, the library's
 * details to name each source, and opening a pair's longest passage in the compare view.
 */
import type { DocumentMeta } from '@shared/corpus/document-model'
import { longestPassage, type OverviewRow } from '@shared/reuse/reuse-labels'
import { useCallback, useEffect, useMemo } from 'react'
import { useReuse, useReuseService } from '../../host/useReuse'
import { useDocumentModels, useDocumentSummaries } from '../../host/useDocuments'
import { navigate } from '../../nav/useHashRoute'
import { announce } from '../../ui/status'
import { SourcesOverview } from './SourcesOverview'
import '../../styles/reuse.css'

interface SourcesViewProps {
  /** Called once the overview (or why it cannot be shown) is on screen. */
  onReady: () => void
}

export function SourcesView({ onReady }: SourcesViewProps) {
  const service = useReuseService()
  const state = useReuse()
  const summaries = useDocumentSummaries()
  const metas = useMemo(
    () => new Map<string, DocumentMeta>(summaries.map((s) => [s.meta.id, s.meta])),
    [summaries],
  )
  const quoteDocIds = useMemo(
    () => state.quoteDrifts.flatMap((drift) => [drift.a.docId, drift.b.docId]),
    [state.quoteDrifts],
  )
  const quoteDocs = useDocumentModels(quoteDocIds)
  useEffect(() => {
    if (state.status !== 'loading') onReady()
  }, [state.status, onReady])

  const openPair = useCallback(
    (row: OverviewRow) => {
      const { earlier, later } = row
      service.passagesBetween(earlier.docId, later.docId).then(
        (passages) => {
          const longest = longestPassage(
            passages.map((p) => p.passage),
            earlier.docId,
            later.docId,
          )
          if (!longest) return announce('These sources no longer share a passage.')
          const [a, b] =
            longest.a.docId === earlier.docId ? [longest.a, longest.b] : [longest.b, longest.a]
          navigate({ view: 'compare', a, b })
        },
        () => announce('The shared passages cannot be read now. Reload the window to try again.'),
      )
    },
    [service],
  )

  return (
    <main id="sources" className="sources-view" aria-labelledby="sources-heading" tabIndex={-1}>
      <header className="reuse-head">
        <h1 id="sources-heading">Sources overview</h1>
        <p className="reuse-status">
          Which sources repeat one another: text reused across outlets is one voice, not two.
        </p>
      </header>
      <SourcesOverview
        status={state.status}
        progress={state.progress}
        error={state.error}
        notices={state.notices}
        overview={state.overview}
        quoteDrifts={state.quoteDrifts}
        metas={metas}
        quoteDocs={quoteDocs}
        onOpenPair={openPair}
      />
    </main>
  )
}
