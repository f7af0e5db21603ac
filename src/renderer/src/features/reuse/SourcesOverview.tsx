/**
 * The sources overview as it renders: which pairs of sources share text (earlier
 * publication first, largest share first) and the possible misquotes, with how far finding
 * has got or why it failed. Data comes in through props; SourcesView connects it.
 */
import type { DocumentModel, DocumentMeta } from '@shared/corpus/document-model'
import type { QuoteDrift } from '@shared/reuse/quote-drift'
import { passageLabel, type OverviewRow } from '@shared/reuse/reuse-labels'
import { useTable } from '@tanstack/react-table'
import { useMemo } from 'react'
import { DataTable } from '../../ui/DataTable'
import { QuoteDriftList } from './QuoteDriftList'
import { findingMessage } from './SharedPassageList'
import { sourcesColumns, sourcesFeatures, type SourcePairRow } from './sources-table'

export interface SourcesOverviewProps {
  status: 'loading' | 'ready' | 'error'
  progress: { done: number; total: number; failed: number }
  error: string | null
  notices: readonly string[]
  overview: readonly OverviewRow[]
  quoteDrifts: readonly QuoteDrift[]
  /** The listed documents' details, by id, to name each source. */
  metas: ReadonlyMap<string, DocumentMeta>
  /** The documents the misquotes are in, for their ¶ numbers. */
  quoteDocs: ReadonlyMap<string, DocumentModel>
  /** Opens the comparison of a pair's longest passage. */
  onOpenPair: (row: OverviewRow) => void
}

export function SourcesOverview(props: SourcesOverviewProps) {
  const { status, progress, error, notices, overview, quoteDrifts, metas, quoteDocs } = props
  const name = (id: string) => {
    const meta = metas.get(id)
    return meta ? passageLabel(meta, null) : 'A source no longer in the library'
  }
  const rows = useMemo(
    (): SourcePairRow[] =>
      overview.map((row) => ({
        row,
        earlierName: name(row.earlier.docId),
        laterName: name(row.later.docId),
      })),
    // `name` reads `metas` alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [overview, metas],
  )
  const table = useTable({
    features: sourcesFeatures,
    columns: sourcesColumns,
    data: rows,
    getRowId: (pair) => pair.row.key,
  })
  const finding = status === 'loading' || progress.done < progress.total
  return (
    <>
      {finding && status !== 'error' && (
        <p className="reuse-status" role="status">
          {findingMessage(progress.done, progress.total)}
        </p>
      )}
      {status === 'error' && (
        <p className="reuse-problem" role="alert">
          Shared passages cannot be found: {error ?? 'the reuse finder stopped'}. Reload the window
          to try again; your work is not affected.
        </p>
      )}
      {progress.failed > 0 && (
        <p className="reuse-notice">
          {progress.failed === 1 ? '1 source' : `${progress.failed} sources`} could not be read and{' '}
          {progress.failed === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice} className="reuse-notice">
          {notice}
        </p>
      ))}
      <section className="reuse-section" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">
          Sources that share text <span className="count">{overview.length}</span>
        </h2>
        <p className="reuse-hint">
          Each pair reads earlier → later publication, the most derived first. Press Enter or click
          on a pair to compare its longest shared passage.
        </p>
        <DataTable
          table={table}
          label="Sources that share text"
          className="sources-table"
          empty={
            finding ? 'Nothing found yet.' : 'No two sources share a passage of ten words or more.'
          }
          onRowActivate={(row) => props.onOpenPair(row.original.row)}
        />
      </section>
      <section className="reuse-section" aria-labelledby="drifts-heading">
        <h2 id="drifts-heading">
          Possible misquotes <span className="count">{quoteDrifts.length}</span>
        </h2>
        <QuoteDriftList drifts={quoteDrifts} docs={quoteDocs} />
      </section>
    </>
  )
}
