/**
 * An entity's mentions in context, by source: the sentence around each with the mention
 * marked, each a link that opens the reader at it. The index gives the sources and counts;
 * the mentions are asked of the entity worker (host/useEntityMentions.ts).
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { EntityDocument, EntityOccurrence, IndexedEntity } from '@shared/entities/entity-index'
import { useMemo, useState } from 'react'
import { useDocumentModels } from '../../host/useDocuments'
import { useEntities } from '../../host/useEntities'
import { useEntityMentions } from '../../host/useEntityMentions'
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
  const entities = useEntities()
  const answer = useEntityMentions(
    entities.status === 'ready' ? entities.value : null,
    entity.id,
    null,
  )
  const mentions = useMemo(
    () => new Map(answer?.documents.map((d) => [d.docId, d.mentions])),
    [answer],
  )
  return (
    <section className="en-section" aria-labelledby="en-mentions">
      <h3 id="en-mentions">Mentions in context</h3>
      {entity.documents.map((d) => (
        <SourceMentions
          key={d.docId}
          source={d}
          mentions={mentions.get(d.docId)}
          title={titles.get(d.docId) ?? d.docId}
          doc={models.get(d.docId)}
        />
      ))}
    </section>
  )
}

function SourceMentions({
  source,
  mentions,
  title,
  doc,
}: {
  source: EntityDocument
  /** Undefined until the worker has answered. */
  mentions: readonly EntityOccurrence[] | undefined
  title: string
  doc: DocumentModel | undefined
}) {
  const [all, setAll] = useState(false)
  const shown = !mentions ? [] : all ? mentions : mentions.slice(0, FIRST)
  const headingId = `en-source-${source.docId}`
  return (
    <section className="en-source-mentions" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} <span className="en-source-count">({source.count})</span>
      </h4>
      {!doc ? (
        <p className="en-note">Loading the source…</p>
      ) : !mentions ? (
        <p className="en-note">Finding the mentions…</p>
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
      {source.count > FIRST && (
        <button type="button" className="button-quiet" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${source.count}`}
        </button>
      )}
    </section>
  )
}
