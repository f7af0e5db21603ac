/**
 * The entity index for components: the people, places and organisations of every document,
 * grouped under the analyst's merges and splits, and how far extraction has got. The first
 * use starts the session's entity worker.
 */
import type { EntityIndex } from '@shared/entities/entity-index'
import { useEffect, useSyncExternalStore } from 'react'
import { db } from '../db'
import type { AsyncState } from '../ui/useAsync'
import { documentsService } from './documents'
import { createEntitiesService, type EntitiesService } from './entity-service'
import { searchService } from './search-service'
import { useHost } from './host-context'
import type { CasefileApi } from '@shared/api'

/**
 * How many of the listed documents have had their names found: `extracted` counts those done,
 * including the `failed` ones that could not be read, so `extracted === total` when the index
 * is whole.
 */
export interface EntityProgress {
  extracted: number
  total: number
  /** Absent when none failed. */
  failed?: number
}

const services = new WeakMap<CasefileApi, EntitiesService>()

function entitiesService(host: CasefileApi): EntitiesService {
  let service = services.get(host)
  if (!service) {
    const search = searchService(host)
    // Names are found between searches: typing one keeps the cores, the UI thread and storage.
    service = createEntitiesService(documentsService(host), db, { quiet: () => search.quiet() })
    services.set(host, service)
  }
  return service
}

/** The session's entities service, started. */
export function useEntitiesService(): EntitiesService {
  const service = entitiesService(useHost())
  useEffect(() => service.start(), [service])
  return service
}

/**
 * The index over every document's mentions and the stored overrides, rebuilt when either
 * changes. Ready (possibly partial, see {@link useEntityProgress}) once the worker has sent its
 * first index; an error only when names cannot be found at all.
 */
export function useEntities(): AsyncState<EntityIndex> {
  const service = useEntitiesService()
  return useSyncExternalStore(service.subscribe, () => service.state().index)
}

/** Documents done so far of those listed; `extracted === total` when the index is whole. */
export function useEntityProgress(): EntityProgress {
  const service = useEntitiesService()
  const progress = useSyncExternalStore(service.subscribe, () => service.state().progress)
  return toEntityProgress(progress)
}

const progressViews = new WeakMap<object, EntityProgress>()

/** The same object for the same progress, so it can be a memo dependency. */
function toEntityProgress(p: { done: number; total: number; failed: number }): EntityProgress {
  let view = progressViews.get(p)
  if (!view)
    progressViews.set(
      p,
      (view = { extracted: p.done, total: p.total, ...(p.failed > 0 ? { failed: p.failed } : {}) }),
    )
  return view
}

/** Notices about the entities (a rebuilt cache, overrides that could not be read). */
export function useEntityNotices(): readonly string[] {
  const service = useEntitiesService()
  return useSyncExternalStore(service.subscribe, () => service.state().notices)
}
