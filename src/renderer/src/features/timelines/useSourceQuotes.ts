/**
 * The quotes behind events, with citations ("Yousaf, S., 'Title', Outlet, c. Feb 2024,
 * ¶5", or "p. 7" for a source with pages), live from the database and placed on their
 * sources' current text for the locator.
 */
import { formatCitation } from '@shared/brief/citation'
import { passageSpan } from '@shared/corpus/passage-locator'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDocumentModels, useDocumentSummaries } from '../../host/useDocuments'
import { db } from '../../db'
import { highlightsByIds } from '../../db/claims'
import { placeHighlight } from '../../host/placement-cache'

export interface SourceQuote {
  highlightId: string
  docId: string
  quote: string
  citation: string
}

/** The quotes of `highlightIds` by highlight id, cited from the listed sources. */
export function useSourceQuotes(highlightIds: readonly string[]): Map<string, SourceQuote> {
  const documents = useDocumentSummaries()
  // Callers pass a memoised list; the key is rebuilt only when it changes.
  const key = useMemo(() => [...new Set(highlightIds)].sort().join('\n'), [highlightIds])
  const highlights = useLiveQuery(() => highlightsByIds(db, key ? key.split('\n') : []), [key])
  const models = useDocumentModels(
    useMemo(() => [...(highlights?.values() ?? [])].map((h) => h.docId), [highlights]),
  )
  const metas = useMemo(() => new Map(documents.map((d) => [d.meta.id, d.meta])), [documents])
  return useMemo(() => {
    const quotes = new Map<string, SourceQuote>()
    for (const highlight of highlights?.values() ?? []) {
      const doc = models.get(highlight.docId)
      const meta = doc?.meta ?? metas.get(highlight.docId)
      const placement = doc ? placeHighlight(highlight, doc) : null
      const span =
        doc && placement && placement.status !== 'orphan'
          ? passageSpan(doc.blocks, placement.start, placement.end)
          : null
      quotes.set(highlight.id, {
        highlightId: highlight.id,
        docId: highlight.docId,
        quote: highlight.selectors.quote.exact,
        citation: meta ? formatCitation(meta, span) : 'Unknown source',
      })
    }
    return quotes
  }, [highlights, models, metas])
}
