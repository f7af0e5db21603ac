/**
 * Search for components: the app's search service and the index's status. Searching as the
 * analyst types (a newer query superseding an older one) is the search dialog's
 * (features/search/useSearchDialog.ts), over `SearchService.search`. The work is in the
 * search worker (host/search-service.ts).
 */
import { useSyncExternalStore } from 'react'
import { useHost } from './host-context'
import { searchService, type SearchService, type SearchState } from './search-service'

/** The app's search service. */
export function useSearchService(): SearchService {
  return searchService(useHost())
}

/**
 * The index's status (loading, indexing k of n, ready, failed with a message), its record
 * count and any notice. Following it starts the index, so a view that shows it (the search
 * dialog, mounted with the shell) has the index ready before the first search.
 */
export function useSearchStatus(): SearchState {
  return useSearchStatusOf(useSearchService())
}

/** {@link useSearchStatus} of a given service (tests give one over a test database). */
export function useSearchStatusOf(service: SearchService): SearchState {
  return useSyncExternalStore(service.subscribe, service.state)
}
