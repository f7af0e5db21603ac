/** One side of the compare view: the source, the passage in a little context, and a way to it. */
import type { DocumentModel } from '@shared/corpus/document-model'
import { passageSpan } from '@shared/corpus/passage-locator'
import { formatPartialDate } from '@shared/dates/partial-date'
import { passageInContext } from '@shared/reuse/diff-segments'
import { passageLabel } from '@shared/reuse/reuse-labels'
import type { WordDiffPart } from '@shared/reuse/word-diff'
import type { DocSpan } from '../../nav/routes'
import { routeHash } from '../../nav/routes'
import { DiffText } from './DiffText'

interface ComparePassageProps {
  /** "Published earlier", "Published later", or "First" / "Second" when the dates cannot tell. */
  heading: string
  doc: DocumentModel
  span: DocSpan
  parts: readonly WordDiffPart[]
  side: 'a' | 'b'
}

export function ComparePassage({ heading, doc, span, parts, side }: ComparePassageProps) {
  const { before, passage, after } = passageInContext(doc.text, span.start, span.end)
  const label = passageLabel(doc.meta, passageSpan(doc.blocks, span.start, span.end))
  const headingId = `compare-${side}-heading`
  return (
    <section className="compare-side" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="compare-source" dir="auto">
        {label}{' '}
        <span className="compare-date">
          ({doc.meta.published ? formatPartialDate(doc.meta.published) : 'date unknown'})
        </span>
      </p>
      <blockquote className="compare-text" dir="auto">
        <span className="compare-context">{before}</span>
        <span className="compare-passage">
          <DiffText text={passage} parts={parts} side={side} />
        </span>
        <span className="compare-context">{after}</span>
      </blockquote>
      <a
        className="button-quiet"
        href={routeHash({ view: 'reader', docId: doc.meta.id, highlightId: null, at: span })}
        aria-label={`Open in the reader: ${label}`}
      >
        Open in the reader
      </a>
    </section>
  )
}
