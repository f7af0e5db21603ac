/**
 * Search for components: the index's status, and the results of a query as the analyst
 * types it (each keystroke's search supersedes the one before; a late answer is never
 * shown over a newer one). The work is in the search worker (host/search-service.ts).
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react'
import type { SearchResults, WorkerSearchOptions } from '../indexing/search-protocol'
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

/** Where a search stands. `results` while searching are the previous query's, if any. */
export type SearchOutcome =
  | { status: 'idle' }
  | { status: 'searching'; results: SearchResults | null }
  | { status: 'done'; results: SearchResults }
  | { status: 'failed'; message: string }

interface Answer {
  key: string
  results?: SearchResults
  error?: string
}

const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'

/**
 * The results of `query` with `options` (compared by value, so a literal is fine): idle for
 * a query with no words, searching until the worker answers, then done; searched again
 * when the index changes (an edit, indexing progress), keeping the shown results
 * meanwhile.
 */
export function useSearch(query: string, options: WorkerSearchOptions = {}): SearchOutcome {
  return useSearchOf(useSearchService(), query, options)
}

/** {@link useSearch} on a given service (tests give one over a test database). */
export function useSearchOf(
  service: SearchService,
  query: string,
  options: WorkerSearchOptions = {},
): SearchOutcome {
  const channel = useId()
  const { records, status } = useSearchStatusOf(service)
  const text = query.trim()
  const key = JSON.stringify([text, options])
  const version = `${records} ${status.state}`
  const [answer, setAnswer] = useState<Answer | null>(null)

  useEffect(() => {
    if (!text) return
    let current = true
    const [, asked] = JSON.parse(key) as [string, WorkerSearchOptions]
    service.search(text, asked, channel).then(
      (results) => {
        if (current) setAnswer({ key, results })
      },
      (error: unknown) => {
        if (current && !isAbort(error)) {
          setAnswer({ key, error: error instanceof Error ? error.message : String(error) })
        }
      },
    )
    return () => {
      current = false
    }
    // `version` is not read inside: a change of the index asks again.
  }, [service, channel, key, text, version])

  if (!text) return { status: 'idle' }
  if (answer?.key !== key) return { status: 'searching', results: answer?.results ?? null }
  if (answer.error !== undefined) return { status: 'failed', message: answer.error }
  return { status: 'done', results: answer.results! }
}
