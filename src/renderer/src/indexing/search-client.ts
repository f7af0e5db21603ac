/**
 * The UI thread's side of search: starts the search worker when first needed, hands it
 * what only this thread has (the bundled corpus, the ids of rows a write changed) and
 * turns its replies into promises and a status anyone can subscribe to. Nothing here does
 * work in proportion to the corpus: the worker reads and indexes.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { startBundleWorker } from '../security/trusted-types'
import searchWorkerUrl from './search-worker.ts?worker&url'
import type {
  BundledSource,
  IndexStatus,
  SearchClientMessage,
  SearchResults,
  SearchWorkerReply,
  WatchedTable,
  WorkerSearchOptions,
} from './search-protocol'

/**
 * A connection to the search worker: a `Worker`, or in tests one end of a MessageChannel
 * with the worker's handler on the other.
 */
export interface SearchPort {
  postMessage(message: SearchClientMessage): void
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/**
 * Starts the worker Vite bundles from `./search-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startSearchWorker(): SearchPort {
  return startBundleWorker(searchWorkerUrl, 'casefile-search')
}

/** The index as the client last heard of it. */
export interface SearchState {
  status: IndexStatus
  /** Records in the index. */
  records: number
  /** Sources read and indexed from the analyst's data since the worker started. */
  indexed: number
  /** Something worth telling the analyst (the index was rebuilt), or null. */
  notice: string | null
  /** Chunks of postings still to read in the background (see the worker's status). */
  unread: number
}

export interface SearchClient {
  /**
   * Starts indexing (once): `bundled` lists the host's corpus (null when it could not be
   * listed: bundled documents indexed before are kept), `loadBundled` loads one of them
   * when the worker asks for it.
   */
  start(bundled: BundledSource[] | null, loadBundled: (id: string) => Promise<DocumentModel>): void
  /** These rows of `table` changed ('all': any of them). */
  changed(table: WatchedTable, ids: string[] | 'all'): void
  /**
   * The results for `query`, best first. A newer search on the same `channel` supersedes
   * this one: it then rejects with a DOMException named AbortError (as-you-type searches
   * never pile up). Rejects with an Error when the search failed.
   */
  search(query: string, options?: WorkerSearchOptions, channel?: string): Promise<SearchResults>
  /** Writes the index's snapshot now (benchmarks, tests); false when it could not be stored. */
  persist(): Promise<boolean>
  state(): SearchState
  /** Calls `listener` after every change of {@link SearchClient.state}; returns the disposer. */
  subscribe(listener: () => void): () => void
  /** Stops the worker; pending searches reject. */
  close(): void
}

const INITIAL: SearchState = {
  status: { state: 'loading' },
  records: 0,
  indexed: 0,
  notice: null,
  unread: 0,
}

/** The error a superseded search rejects with. */
export function supersededError(): DOMException {
  return new DOMException('A newer search replaced this one.', 'AbortError')
}

const STOPPED =
  'Search stopped unexpectedly. Reload Casefile to search again; your work is not affected.'

interface Pending {
  channel: string
  resolve: (value: never) => void
  reject: (error: unknown) => void
  settle: (reply: SearchWorkerReply) => void
}

/** A search client over workers from `connect` (tests connect a MessageChannel). */
export function createSearchClient(connect: () => SearchPort = startSearchWorker): SearchClient {
  let port: SearchPort | null = null
  let state = INITIAL
  let started = false
  let loadBundled: (id: string) => Promise<DocumentModel> = () =>
    Promise.reject(new Error('Not started.'))
  let nextId = 1
  const pending = new Map<number, Pending>()
  const listeners = new Set<() => void>()

  const publish = (next: SearchState) => {
    state = next
    for (const listener of listeners) listener()
  }

  const fail = (message: string) => {
    for (const entry of pending.values()) entry.reject(new Error(message))
    pending.clear()
    publish({ ...state, status: { state: 'failed', message } })
  }

  const sendBundled = async (ids: string[]) => {
    const loads = await Promise.allSettled(ids.map((id) => loadBundled(id)))
    const documents: DocumentModel[] = []
    const missing: string[] = []
    loads.forEach((load, i) =>
      load.status === 'fulfilled' ? documents.push(load.value) : missing.push(ids[i]!),
    )
    port?.postMessage({ type: 'bundled-documents', documents, missing })
  }

  const receive = (reply: SearchWorkerReply) => {
    switch (reply.type) {
      case 'status':
        publish({
          status: reply.status,
          records: reply.records,
          indexed: reply.indexed,
          notice: reply.notice,
          unread: reply.unread,
        })
        return
      case 'want-bundled':
        void sendBundled(reply.ids)
        return
      default:
        pending.get(reply.id)?.settle(reply)
    }
  }

  const connected = (): SearchPort => {
    if (port) return port
    port = connect()
    port.onmessage = ({ data }) => {
      if (typeof data === 'object' && data !== null && 'type' in data) {
        receive(data as SearchWorkerReply)
      }
    }
    port.onerror = (event) => {
      event.preventDefault()
      fail(STOPPED)
    }
    return port
  }

  function request<T>(channel: string, message: (id: number) => SearchClientMessage) {
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      const done = () => pending.delete(id)
      pending.set(id, {
        channel,
        resolve: resolve as (value: never) => void,
        reject,
        settle: (reply) => {
          done()
          if (reply.type === 'results') resolve(reply.results as T)
          else if (reply.type === 'persisted') resolve(reply.stored as T)
          else if (reply.type === 'superseded') reject(supersededError())
          else if (reply.type === 'search-failed') reject(new Error(reply.message))
        },
      })
      connected().postMessage(message(id))
    })
  }

  return {
    start(bundled, load) {
      if (started) return
      started = true
      loadBundled = load
      connected().postMessage({ type: 'start', bundled })
    },
    changed(table, ids) {
      if (!started) return
      connected().postMessage({ type: 'changed', table, ids })
    },
    search(query, options = {}, channel = 'search') {
      // The older searches of this channel are answered now: their results would be stale.
      for (const [id, entry] of pending) {
        if (entry.channel !== channel) continue
        pending.delete(id)
        entry.reject(supersededError())
      }
      return request<SearchResults>(channel, (id) => ({
        type: 'search',
        id,
        channel,
        query,
        options,
      }))
    },
    persist() {
      return request<boolean>('\npersist', (id) => ({ type: 'persist', id }))
    },
    state: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      port?.terminate()
      port = null
      fail(STOPPED)
    },
  }
}
