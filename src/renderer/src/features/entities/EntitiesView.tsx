/**
 * The people, places and organisations named in the sources (issue 14): a list filtered by
 * kind and name with counts per source, and the chosen entity's spellings, mentions in
 * context, merges and splits.
 */
import type { EntityIndex, IndexedEntity } from '@shared/entities/entity-index'
import { useEffect, useMemo, useState } from 'react'
import { useDocumentSummaries } from '../../host/useDocuments'
import {
  useEntities,
  useEntityNotices,
  useEntityProgress,
  type EntityProgress,
} from '../../host/useEntities'
import '../../styles/entities.css'
import { EntityDetail } from './EntityDetail'
import { EntityList } from './EntityList'
import { titlesById, type KindChoice } from './lib/entity-list'
import { StaleOverrides } from './StaleOverrides'
import { useStoredOverrides } from './useStoredOverrides'

interface EntitiesViewProps {
  entityId: string | null
  onReady: () => void
}

/** The entity with this id, or the one a merge has since put it in. */
function findEntity(index: EntityIndex, id: string | null): IndexedEntity | null {
  if (id === null) return null
  return (
    index.entities.find((e) => e.id === id) ??
    index.entities.find((e) => e.keys.includes(id)) ??
    null
  )
}

function progressText({ extracted, total, failed }: EntityProgress): string | null {
  if (total === 0 || (extracted >= total && !failed)) return null
  if (extracted < total) return `Finding names in ${extracted + 1} of ${total} sources…`
  return `Names could not be found in ${failed} ${failed === 1 ? 'source' : 'sources'}.`
}

export function EntitiesView({ entityId, onReady }: EntitiesViewProps) {
  const entities = useEntities()
  const progress = useEntityProgress()
  const notices = useEntityNotices()
  const summaries = useDocumentSummaries()
  const overrides = useStoredOverrides()
  const titles = useMemo(() => titlesById(summaries), [summaries])
  const [kind, setKind] = useState<KindChoice>('all')
  const [query, setQuery] = useState('')
  useEffect(() => {
    if (entities.status !== 'loading') onReady()
  }, [entities.status, onReady])

  const index = entities.status === 'ready' ? entities.value : null
  const selected = index ? findEntity(index, entityId) : null
  const status = progressText(progress)

  return (
    <main id="entities" className="entities-view" aria-labelledby="entities-heading" tabIndex={-1}>
      <div className="en-head">
        <h1 id="entities-heading">Entities</h1>
        <p className="en-progress" role="status">
          {entities.status === 'loading'
            ? (status ?? 'Finding names in the sources…')
            : (status ?? '')}
        </p>
      </div>
      {notices.map((notice) => (
        <p key={notice} className="en-notice" role="status">
          {notice}
        </p>
      ))}
      {entities.status === 'error' && (
        <p className="en-problem" role="alert">
          {entities.message}
        </p>
      )}
      {index && (
        <div className="en-panes">
          <div className="en-side">
            <EntityList
              entities={index.entities}
              selectedId={selected?.id ?? null}
              titles={titles}
              kind={kind}
              query={query}
              onKind={setKind}
              onQuery={setQuery}
            />
            <StaleOverrides stale={index.stale} entities={index.entities} />
          </div>
          {selected ? (
            <EntityDetail
              key={selected.id}
              entity={selected}
              entities={index.entities}
              overrides={overrides}
              titles={titles}
            />
          ) : (
            <p className="en-detail en-empty">
              {entityId === null
                ? 'Choose a name to see its spellings and where the sources mention it.'
                : 'That entity is no longer in the list: its names may have been merged, split or removed with a source. Choose another.'}
            </p>
          )}
        </div>
      )}
    </main>
  )
}
