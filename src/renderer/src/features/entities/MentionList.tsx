/**
 * An entity's mentions in context, by source: the sentence around each with the mention
 * marked, each a link that opens the reader at it.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { EntityDocument, IndexedEntity } from '@shared/entities/entity-index'
import { useMemo, useState } from 'react'
import { useDocumentModels } from '../../host/useDocuments'
import { routeHash } from '../../nav/routes'
import { mentionContext } from './lib/mention-context'

/** Mentions shown per source before "Show all". */
const FIRST = 20

export function MentionList({
  entity,
  titles,
}: {
  entity: IndexedEntity
  titles: ReadonlyMap<string, string>
}) {
  const ids = useMemo(() => entity.documents.map((d) => d.docId), [entity])
  const models = useDocumentModels(ids)
  return (
    <section className="en-section" aria-labelledby="en-mentions">
      <h3 id="en-mentions">Mentions in context</h3>
      {entity.documents.map((d) => (
        <SourceMentions
          key={d.docId}
          source={d}
          title={titles.get(d.docId) ?? d.docId}
          doc={models.get(d.docId)}
        />
      ))}
    </section>
  )
}

function SourceMentions({
  source,
  title,
  doc,
}: {
  source: EntityDocument
  title: string
  doc: DocumentModel | undefined
}) {
  const [all, setAll] = useState(false)
  const shown = all ? source.mentions : source.mentions.slice(0, FIRST)
  const headingId = `en-source-${source.docId}`
  return (
    <section className="en-source-mentions" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} <span className="en-source-count">({source.count})</span>
      </h4>
      {!doc ? (
        <p className="en-note">Loading the source…</p>
      ) : (
        <ol className="en-mentions">
          {shown.map((m) => {
            const context = mentionContext(doc.text, m.start, m.end)
            return (
              <li key={`${m.start}-${m.end}`}>
                <a
                  href={routeHash({
                    view: 'reader',
                    docId: source.docId,
                    highlightId: null,
                    at: { start: m.start, end: m.end },
                  })}
                >
                  {context.before}
                  <mark>{context.mention}</mark>
                  {context.after}
                </a>
              </li>
            )
          })}
        </ol>
      )}
      {source.mentions.length > FIRST && (
        <button type="button" className="button-quiet" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${source.mentions.length}`}
        </button>
      )}
    </section>
  )
}
