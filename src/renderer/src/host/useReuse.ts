/**
 * Text reuse for components: the summary of what the session's reuse worker has found (see
 * reuse-service.ts) and the service itself, for a document's passages. The first use starts
 * the worker, and the entities service too (quotes need the names it finds).
 */
import type { CasefileApi } from '@shared/api'
import { useEffect, useSyncExternalStore } from 'react'
import { documentsService } from './documents'
import { createReuseService, type ReuseService, type ReuseState } from './reuse-service'
import { useEntitiesService } from './useEntities'
import { useHost } from './host-context'
import type { EntitiesService } from './entity-service'

const services = new WeakMap<CasefileApi, ReuseService>()

function reuseService(host: CasefileApi, entities: EntitiesService): ReuseService {
  let service = services.get(host)
  if (!service) services.set(host, (service = createReuseService(documentsService(host), entities)))
  return service
}

/** The session's reuse service, started. */
export function useReuseService(): ReuseService {
  const entities = useEntitiesService()
  const service = reuseService(useHost(), entities)
  useEffect(() => service.start(), [service])
  return service
}

/**
 * What reuse finding has found so far: status and progress, passage counts per document, the
 * sources overview and quote drift. The same object until something changes.
 */
export function useReuse(): ReuseState {
  const service = useReuseService()
  return useSyncExternalStore(service.subscribe, service.state)
}
