/**
 * Two passages side by side (a shared passage, or a quote and its other wording): the
 * earlier publication first, each with a little context, the words that differ marked, and
 * links to open either source at its passage. Its own route, so a comparison can be linked.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { diffCounts } from '@shared/reuse/diff-segments'
import { publishedBefore } from '@shared/reuse/reuse-labels'
import { diffWords } from '@shared/reuse/word-diff'
import { useEffect, useMemo } from 'react'
import { useDocumentLoads } from '../../host/useDocuments'
import { routeHash, type DocSpan } from '../../nav/routes'
import { ComparePassage } from './ComparePassage'
import '../../styles/reuse.css'

interface CompareViewProps {
  a: DocSpan
  b: DocSpan
  /** Called once the comparison (or why it cannot be shown) is on screen. */
  onReady: () => void
}

export function CompareView({ a, b, onReady }: CompareViewProps) {
  const { models, settled } = useDocumentLoads([a.docId, b.docId])
  useEffect(() => {
    if (settled) onReady()
  }, [settled, onReady])
  const docA = models.get(a.docId)
  const docB = models.get(b.docId)
  return (
    <main id="compare" className="compare-view" aria-labelledby="compare-heading" tabIndex={-1}>
      <header className="reuse-head">
        <h1 id="compare-heading">Compare passages</h1>
        <a href={routeHash({ view: 'sources' })}>All sources that share text</a>
      </header>
      {!settled && <p className="reuse-status">Opening the passages…</p>}
      {settled && (!docA || !docB || !fits(docA, a) || !fits(docB, b)) && (
        <p className="reuse-problem" role="alert">
          This comparison cannot be shown: one of its sources is no longer in the library, or has
          changed since the link was made. Open the sources overview to compare again.
        </p>
      )}
      {docA && docB && fits(docA, a) && fits(docB, b) && (
        <Comparison first={{ doc: docA, span: a }} second={{ doc: docB, span: b }} />
      )}
    </main>
  )
}

function fits(doc: DocumentModel, span: DocSpan): boolean {
  return span.end <= doc.text.length
}

interface Side {
  doc: DocumentModel
  span: DocSpan
}

/** The two sides, earlier first, and what differs between them. */
function Comparison({ first, second }: { first: Side; second: Side }) {
  const swap = publishedBefore(second.doc.meta.published, first.doc.meta.published)
  const ordered = swap || publishedBefore(first.doc.meta.published, second.doc.meta.published)
  const [earlier, later] = swap ? [second, first] : [first, second]
  const parts = useMemo(
    () =>
      diffWords(
        earlier.doc.text.slice(earlier.span.start, earlier.span.end),
        later.doc.text.slice(later.span.start, later.span.end),
      ),
    [earlier, later],
  )
  return (
    <>
      <p className="reuse-status compare-summary">{summary(parts, ordered)}</p>
      <p className="compare-legend">
        <del className="diff-deleted">struck through</del>: not in the other text;{' '}
        <ins className="diff-inserted">underlined</ins>: added;{' '}
        <ins className="diff-changed">boxed</ins>: changed.
      </p>
      <div className="compare-sides">
        <ComparePassage
          heading={ordered ? 'Published earlier' : 'First'}
          doc={earlier.doc}
          span={earlier.span}
          parts={parts}
          side="a"
        />
        <ComparePassage
          heading={ordered ? 'Published later' : 'Second'}
          doc={later.doc}
          span={later.span}
          parts={parts}
          side="b"
        />
      </div>
    </>
  )
}

/** "In the later text: 2 words changed, 1 added, 1 left out." or "The same words…". */
export function summary(parts: ReturnType<typeof diffWords>, ordered: boolean): string {
  const { changed, inserted, deleted } = diffCounts(parts)
  const dates = ordered ? '' : ' The publication dates do not say which came first.'
  if (changed + inserted + deleted === 0) {
    return `The same words (punctuation, case and accents aside).${dates}`
  }
  const said = [
    changed > 0 ? `${changed} changed` : '',
    inserted > 0 ? `${inserted} added` : '',
    deleted > 0 ? `${deleted} left out` : '',
  ].filter(Boolean)
  const first = said.shift()?.replace(/^(\d+)/, (n) => (n === '1' ? '1 word' : `${n} words`))
  const later = ordered ? 'In the later text' : 'In the second text'
  return `${later}: ${[first, ...said].join(', ')}.${dates}`
}
