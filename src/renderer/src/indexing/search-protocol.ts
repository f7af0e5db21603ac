/**
 * The messages between the search client (UI thread) and the search worker. The UI side
 * sends only what the worker cannot read itself (the host's bundled corpus) and the ids of
 * rows that changed; the worker reads the analyst's database, indexes, and answers
 * searches with what a result list shows.
 */
import type { DocumentModel, PublishedDate } from '@shared/corpus/document-model'
import type { SearchFilters } from '@shared/search/search-index'
import type { SearchKind } from '@shared/search/search-index'
import type { Snippet } from '@shared/search/snippet'

/** The analyst's tables the index follows (a document's text follows `documents`). */
export type WatchedTable = 'documents' | 'highlights' | 'claims' | 'events' | 'briefs'

export const WATCHED_TABLES: readonly WatchedTable[] = [
  'documents',
  'highlights',
  'claims',
  'events',
  'briefs',
]

/** A bundled document as the library lists it: enough to tell whether it is indexed. */
export interface BundledSource {
  id: string
  rev: string
  title: string
  published: PublishedDate | null
}

/** How to search: prefix matching is always on, fuzzy matching for words of 5+ letters. */
export interface WorkerSearchOptions {
  /** Only these kinds; all when omitted or empty. */
  kinds?: readonly SearchKind[]
  /** An empty list of sources or tags means any, as an absent one does. */
  filters?: SearchFilters
  /** At most this many hits in all (50 by default). */
  limit?: number
  /** At most this many hits of each kind (none by default): for results grouped by kind. */
  limitPerKind?: number
}

/** What a result opens: a passage at its first hit, a highlight by its id, else the item. */
export type ResultTarget =
  | { kind: 'passage'; docId: string; start: number; end: number; para: number | null }
  | { kind: 'highlight'; docId: string; highlightId: string }
  | { kind: 'event'; id: string; timelineId: string }
  | { kind: 'claim' | 'brief'; id: string }

/** One result, best first. */
export interface SearchResultHit {
  kind: SearchKind
  /** The record's id ("docId#block" for a passage, else the item's own id). */
  id: string
  docId?: string
  /** The source's title (passages, highlights) or the item's (claim statement, event, brief). */
  title: string
  snippet: Snippet
  target: ResultTarget
  /** Found only by a spelling an edit or two away (ranked after every exact match). */
  fuzzy: boolean
}

/** A search's answer. */
export interface SearchResults {
  query: string
  hits: SearchResultHit[]
  /**
   * How many records of each kind match (exact and fuzzy), counted among the best
   * {@link COUNT_CAP}: when `capped`, a count is at least that.
   */
  counts: Record<SearchKind, number>
  capped: boolean
}

/** The most matches counted per search; past it the counts say "at least". */
export const COUNT_CAP = 1000

/** Where the index stands. */
export type IndexStatus =
  | { state: 'loading' }
  | { state: 'indexing'; done: number; total: number }
  | { state: 'ready' }
  | { state: 'failed'; message: string }

/** Client to worker: start, with the bundled corpus's list (null when it could not be read). */
export interface StartMessage {
  type: 'start'
  bundled: BundledSource[] | null
}

/** Client to worker: the bundled documents the worker asked for. */
export interface BundledDocumentsMessage {
  type: 'bundled-documents'
  documents: DocumentModel[]
  /** Ids asked for that could not be loaded. */
  missing: string[]
}

/** Client to worker: these rows of `table` changed (or any of them: 'all'). */
export interface ChangedMessage {
  type: 'changed'
  table: WatchedTable
  ids: string[] | 'all'
}

/** Client to worker: a search; a newer one of the same `channel` supersedes it. */
export interface SearchMessage {
  type: 'search'
  id: number
  channel: string
  query: string
  options: WorkerSearchOptions
}

/** Client to worker: write the snapshot now, without waiting for the index to be idle. */
export interface PersistMessage {
  type: 'persist'
  id: number
}

export type SearchClientMessage =
  StartMessage | BundledDocumentsMessage | ChangedMessage | SearchMessage | PersistMessage

/** Worker to client: the index's state (after every change of it). */
export interface StatusReply {
  type: 'status'
  status: IndexStatus
  /** Records in the index. */
  records: number
  /** Sources read and indexed from the analyst's data since the worker started. */
  indexed: number
  /** Something the analyst may want to know (the index was rebuilt); null when none. */
  notice: string | null
  /**
   * Chunks of a restored index's postings the background reading has yet to read (a
   * search that needs one reads it first): 0 once it is done, with every chunk in memory
   * or as many as the worker keeps (live-index.ts `POSTINGS_BUDGET`).
   */
  unread: number
}

/** Worker to client: load these bundled documents and send them back. */
export interface WantBundledReply {
  type: 'want-bundled'
  ids: string[]
}

export interface ResultsReply {
  type: 'results'
  id: number
  results: SearchResults
}

/** The search was not run: a newer one of its channel came first. */
export interface SupersededReply {
  type: 'superseded'
  id: number
}

export interface SearchFailedReply {
  type: 'search-failed'
  id: number
  message: string
}

/** The snapshot is written (or could not be: `stored` false). */
export interface PersistedReply {
  type: 'persisted'
  id: number
  stored: boolean
}

export type SearchWorkerReply =
  | StatusReply
  | WantBundledReply
  | ResultsReply
  | SupersededReply
  | SearchFailedReply
  | PersistedReply
