/**
 * "Highlight in reader": underlines the mentions of the entity the entity panel chose
 * (host/entity-focus.ts) in the open document, in a highlight of its own (styled in
 * styles/entities.css) that leaves the analyst's highlight colours showing. The index says
 * how many there are; where they are is asked of the entity worker (host/useEntityMentions.ts).
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { EntityIndex, EntityOccurrence, IndexedEntity } from '@shared/entities/entity-index'
import { useEffect, useMemo, type RefObject } from 'react'
import { useEntityPaint as usePaintedEntity } from '../../host/entity-focus'
import { useEntities } from '../../host/useEntities'
import { useEntityMentions } from '../../host/useEntityMentions'
import type { EntityMentions } from '../../indexing/entity-client'
import { rangeMapperFor } from './lib/dom-offsets'
import { canPaintHighlights } from './lib/highlight-paint'

/** The CSS highlight name of painted entity mentions. */
export const ENTITY_HIGHLIGHT = 'casefile-entity'

const NONE: readonly EntityOccurrence[] = []

/**
 * The painted entity's mentions in the document `docId`, from `answer` (the worker's answer
 * for that entity in that document); none when nothing is painted, the index is not ready,
 * the entity is gone, or the answer is not this index's (found before a merge, a split or a
 * source changed, it may point elsewhere). An id a merge has since absorbed still finds the
 * entity that holds it.
 */
export function paintedMentions(
  index: EntityIndex | null,
  entityId: string | null,
  docId: string,
  answer: EntityMentions | null,
): readonly EntityOccurrence[] {
  const entity = paintedEntity(index, entityId)
  if (!entity || answer?.index !== index || answer.entityId !== entity.id) return NONE
  return answer.documents.find((d) => d.docId === docId)?.mentions ?? NONE
}

/** The painted entity in `index`, following an id a merge absorbed; null when none or gone. */
export function paintedEntity(
  index: EntityIndex | null,
  entityId: string | null,
): IndexedEntity | null {
  if (!index || entityId === null) return null
  return (
    index.entities.find((e) => e.id === entityId) ??
    index.entities.find((e) => e.keys.includes(entityId)) ??
    null
  )
}

/** The entity being underlined, and how many times it is named in the open document. */
export interface PaintedEntity {
  name: string
  count: number
}

/**
 * Paints the chosen entity's mentions in `doc`, rendered in `bodyRef`, while it is open;
 * returns that entity (for the reader to say what it underlines), or null.
 */
export function useEntityPaint(
  doc: DocumentModel,
  bodyRef: RefObject<Element | null>,
): PaintedEntity | null {
  const entityId = usePaintedEntity()
  const entities = useEntities()
  const index = entities.status === 'ready' ? entities.value : null
  const entity = useMemo(() => paintedEntity(index, entityId), [index, entityId])
  const count = entity?.documents.find((d) => d.docId === doc.meta.id)?.count ?? 0
  // Asked only when the index says there are some here.
  const answer = useEntityMentions(index, count > 0 ? entity!.id : null, doc.meta.id)
  const mentions = useMemo(
    () => paintedMentions(index, entityId, doc.meta.id, answer),
    [index, entityId, doc.meta.id, answer],
  )
  useEffect(() => {
    const body = bodyRef.current
    if (!body || !canPaintHighlights() || mentions.length === 0) return
    const mapper = rangeMapperFor(body)
    const ranges = mentions
      .filter((m) => doc.text.slice(m.start, m.end) === m.surface)
      .map((m) => mapper(m.start, m.end))
      .filter((range): range is Range => range !== null)
    const painted = new Highlight(...ranges)
    // Below find's matches (1 and 2), with the analyst's highlights (0): an underline over
    // their fill.
    painted.priority = 0
    CSS.highlights.set(ENTITY_HIGHLIGHT, painted)
    return () => {
      CSS.highlights.delete(ENTITY_HIGHLIGHT)
    }
  }, [mentions, doc.text, bodyRef])
  return entity ? { name: entity.name, count } : null
}
