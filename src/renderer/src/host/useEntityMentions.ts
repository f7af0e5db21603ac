/**
 * An entity's mentions for a view: the index the views hold has only each entity's documents
 * and counts, so the mentions a view shows (one document's for the reader's underline, all
 * documents' for the entity page and the highlight filter) are asked of the entity worker,
 * and come from the client's cache at once when already asked on this index.
 */
import type { EntityIndex } from '@shared/entities/entity-index'
import { useEffect, useState } from 'react'
import type { EntityMentions } from '../indexing/entity-client'
import { useEntitiesService } from './useEntities'

/**
 * The mentions of the entity with this id in `index` (an id of the index, not a key a merge
 * absorbed), in `docId` or in all its documents when null; null until they have come, or when
 * nothing is asked (no index or no entity). Only ever the answer on `index`: one found on an
 * older index is never given, since a merge, a split or a source changed may have moved them.
 */
export function useEntityMentions(
  index: EntityIndex | null,
  entityId: string | null,
  docId: string | null,
): EntityMentions | null {
  const service = useEntitiesService()
  const [answer, setAnswer] = useState<EntityMentions | null>(null)
  const asked = index !== null && entityId !== null
  const cached = asked ? service.cachedMentions(entityId, docId) : undefined
  useEffect(() => {
    if (!asked || cached) return
    let wanted = true
    service.mentionsOf(entityId, docId).then(
      (found) => {
        // Null: the index moved on meanwhile, and this effect runs again for the new one.
        if (wanted && found) setAnswer(found)
      },
      () => undefined,
    )
    return () => {
      wanted = false
    }
  }, [service, asked, index, entityId, docId, cached])
  const latest = cached ?? answer
  return latest && latest.index === index && latest.entityId === entityId && latest.docId === docId
    ? latest
    : null
}
