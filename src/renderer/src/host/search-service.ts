/**
 * The search service: one search worker for the session, started the first time anything
 * asks for search (a search, or a view following the index's status), fed by the
 * documents service (the host's bundled corpus, which a worker cannot fetch) and by every
 * write to the analyst's database (the ids only; the worker reads the rows).
 */
import type { CasefileApi } from '@shared/api'
import type { DocumentSummary } from '@shared/corpus/document-model'
import { db } from '../db'
import { createSearchClient, type SearchClient, type SearchState } from '../indexing/search-client'
import type { BundledSource, SearchResults, WorkerSearchOptions } from '../indexing/search-protocol'
import { watchTables } from '../indexing/watch-tables'
import { documentsService, type DocumentsService } from './documents'
import { createSearchActivity, type SearchActivity } from './search-activity'

export type { SearchState }

/** Search for the whole app. */
export interface SearchService {
  /** The index's status, record count and notice, as last reported (starts nothing). */
  state(): SearchState
  /** Calls `listener` whenever {@link SearchService.state} changes; returns the disposer. */
  subscribe(listener: () => void): () => void
  /**
   * The results for `query`, best first (see `SearchClient.search`): a newer search on the
   * same `channel` makes this one reject with a DOMException named AbortError, which a
   * caller that only shows the latest answer ignores.
   */
  search(query: string, options?: WorkerSearchOptions, channel?: string): Promise<SearchResults>
  /** Writes the index's snapshot now instead of when idle (benchmarks). */
  persist(): Promise<boolean>
  /**
   * Resolves once the analyst is not searching (no search under way, none answered in the
   * last moments): background work waits for it between its pieces (see search-activity.ts).
   */
  quiet(): Promise<void>
}

/** The bundled documents among the listed ones, as the worker needs to know them. */
export function bundledSources(list: readonly DocumentSummary[]): BundledSource[] {
  return list
    .filter((doc) => !doc.meta.imported)
    .map((doc) => ({
      id: doc.meta.id,
      rev: doc.rev,
      title: doc.meta.title,
      published: doc.meta.published,
    }))
}

/** What the service is made of; tests give a client over a MessageChannel and a test database. */
export interface SearchServiceParts {
  client: SearchClient
  documents: DocumentsService
  database: { name: string; open(): Promise<unknown> }
  /** Whether the analyst is searching (a new one by default). */
  activity?: SearchActivity
}

/** A search service over `parts`, started at the first call of any of its methods. */
export function createSearchService({
  client,
  documents,
  database,
  activity = createSearchActivity(),
}: SearchServiceParts) {
  let started = false

  const start = () => {
    if (started) return
    started = true
    // Changes are followed from now on; those before the worker starts are read with the
    // rest when it reconciles.
    watchTables(database.name, (table, ids) => client.changed(table, ids))
    // The worker opens the database after this thread has, so an upgrade of its schema
    // runs here, where the app reports it, never in the worker.
    void Promise.allSettled([database.open(), documents.listed()]).then(([, listed]) =>
      client.start(listed.status === 'fulfilled' ? bundledSources(listed.value) : null, (id) =>
        documents.load(id),
      ),
    )
  }

  const service: SearchService = {
    // Read during render: it starts nothing (subscribing does).
    state: () => client.state(),
    subscribe: (listener) => {
      start()
      return client.subscribe(listener)
    },
    search: (query, options, channel) => {
      start()
      return activity.track(client.search(query, options, channel))
    },
    persist: () => {
      start()
      return client.persist()
    },
    // Starts nothing: with no search asked, the analyst is not searching.
    quiet: () => activity.quiet(),
  }
  return service
}

const services = new WeakMap<CasefileApi, SearchService>()

/** The search service of `host`: one per host, so the worker and its index last the session. */
export function searchService(host: CasefileApi): SearchService {
  let service = services.get(host)
  if (!service) {
    service = createSearchService({
      client: createSearchClient(),
      documents: documentsService(host),
      database: db,
    })
    services.set(host, service)
  }
  return service
}
