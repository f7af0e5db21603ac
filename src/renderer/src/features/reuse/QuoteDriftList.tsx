/**
 * "Possible misquotes": one speaker quoted in other words by another source, both wordings
 * with the words that differ marked, where each is, and the ways to them.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { passageSpan } from '@shared/corpus/passage-locator'
import type { QuoteDrift } from '@shared/reuse/quote-drift'
import { passageLabel } from '@shared/reuse/reuse-labels'
import type { Quote } from '@shared/reuse/quotes'
import { routeHash } from '../../nav/routes'
import { DiffText } from './DiffText'

interface QuoteDriftListProps {
  drifts: readonly QuoteDrift[]
  /** The documents the quotes are in, as loaded (a missing one is named by its id). */
  docs: ReadonlyMap<string, DocumentModel>
}

export function QuoteDriftList({ drifts, docs }: QuoteDriftListProps) {
  if (drifts.length === 0) {
    return (
      <p className="reuse-status">No speaker is quoted in different words by different sources.</p>
    )
  }
  return (
    <ol className="drift-list">
      {drifts.map((drift) => (
        <li key={`${drift.a.docId}:${drift.a.start}:${drift.b.docId}:${drift.b.start}`}>
          <article className="drift-item" aria-label={`${drift.speaker}, two wordings`}>
            <h3 dir="auto">{drift.speaker}</h3>
            <div className="drift-sides">
              <DriftQuote drift={drift} quote={drift.a} side="a" doc={docs.get(drift.a.docId)} />
              <DriftQuote drift={drift} quote={drift.b} side="b" doc={docs.get(drift.b.docId)} />
            </div>
            <a
              className="button-quiet"
              href={routeHash({ view: 'compare', a: drift.a, b: drift.b })}
            >
              Compare in context
            </a>
          </article>
        </li>
      ))}
    </ol>
  )
}

interface DriftQuoteProps {
  drift: QuoteDrift
  quote: Quote
  side: 'a' | 'b'
  doc: DocumentModel | undefined
}

function DriftQuote({ drift, quote, side, doc }: DriftQuoteProps) {
  const label = doc
    ? passageLabel(doc.meta, passageSpan(doc.blocks, quote.start, quote.end))
    : quote.docId
  return (
    <figure className="drift-quote">
      <blockquote dir="auto">
        “<DiffText text={quote.text} parts={drift.diff} side={side} offset={quote.start} />”
      </blockquote>
      <figcaption>
        <span dir="auto">{label}</span>{' '}
        <a
          href={routeHash({
            view: 'reader',
            docId: quote.docId,
            highlightId: null,
            at: { start: quote.start, end: quote.end },
          })}
          aria-label={`Open at the quote: ${label}`}
        >
          Open at the quote
        </a>
      </figcaption>
    </figure>
  )
}
