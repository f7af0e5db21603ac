/**
 * The text-reuse service: one reuse worker per session, fed with the library's documents (as
 * the documents service lists and loads them), and what it finds for the views: the passages
 * two sources share, the sources overview (which pairs share text, earlier publication
 * first) and quote drift (one speaker quoted in other words by another source).
 *
 * The state every view subscribes to is small whatever the library's size (counts and the
 * overview's rows); a document's passages cross from the worker only when a view asks for
 * that document ({@link ReuseService.sharedPassagesOf}), so the UI thread never clones every
 * passage on each change. `version` moves whenever passages may have changed: a view that
 * holds a document's passages asks again when it moves.
 */
import type { OverviewRow } from '@shared/reuse/reuse-labels'
import type { QuoteDrift } from '@shared/reuse/quote-drift'
import type { SharedPassage, TextSpan } from '@shared/reuse/types'
import type { CasefileDatabase } from '../db/database'
import type { ReuseClient, ReusePort } from '../indexing/reuse-client'
import type { ReuseProgress } from '../indexing/reuse-protocol'
import type { DocumentsService } from './documents'

export type { ReuseProgress } from '../indexing/reuse-protocol'
export type { OverviewRow } from '@shared/reuse/reuse-labels'
export type { QuoteDrift } from '@shared/reuse/quote-drift'

/** One passage a document shares with another, seen from that document. */
export interface DocumentSharedPassage {
  /** The passage in the document asked about (offsets into its canonical text). */
  here: TextSpan
  /** The same passage in the other document. */
  there: TextSpan
  /** The other document's id (`there.docId`). */
  otherDocId: string
  /** Words in the shorter side. */
  words: number
  /** 0..1: the share of words aligned between the sides. */
  similarity: number
  /** The passage as the engine gives it (a < b by id), for shared/reuse helpers. */
  passage: SharedPassage
}

/** What the views see of text reuse; small at any library size. */
export interface ReuseState {
  /**
   * `loading` until the worker has said what it knows (its saved index read, or nothing
   * saved); `ready` after, even while documents are still being indexed (see `progress`);
   * `error` when reuse cannot be found this session (`error` says why).
   */
  status: 'loading' | 'ready' | 'error'
  progress: ReuseProgress
  /** Shared passages found over the whole library (each counted once). */
  passageCount: number
  /** How many shared passages each document has; documents with none are absent. */
  passagesByDocument: ReadonlyMap<string, number>
  /** Every pair of sources sharing text, earlier publication first within each pair, largest share first. */
  overview: readonly OverviewRow[]
  /** Possible misquotes across sources (one speaker, two wordings), earlier source first. */
  quoteDrifts: readonly QuoteDrift[]
  /** Moves whenever any document's passages may have changed. */
  version: number
  /** Things the analyst should know that do not stop reuse finding (a rebuilt cache). */
  notices: readonly string[]
  /** Why reuse cannot be found, when `status` is `error`. */
  error: string | null
}

export interface ReuseService {
  /** Starts the worker and feeds it the library, unless already started. Idempotent. */
  start(): void
  /** The current state (the same object until something changes: safe for useSyncExternalStore). */
  state(): ReuseState
  /** Calls `onChange` whenever {@link ReuseService.state} changes; returns the disposer. */
  subscribe(onChange: () => void): () => void
  /**
   * The passages `docId` shares with other documents, by position in `docId` (then by the
   * other document). Asks the worker; resolves to [] for a document with none or not yet
   * indexed, and rejects only when the worker has stopped.
   */
  sharedPassagesOf(docId: string): Promise<DocumentSharedPassage[]>
  /** The sources overview: `state().overview`. */
  overview(): readonly OverviewRow[]
  /** Possible misquotes: `state().quoteDrifts`. */
  quoteDrifts(): readonly QuoteDrift[]
  /** Stops the worker (tests; the app keeps it for the session). */
  close(): void
}

export const NOT_STARTED: ReuseState = {
  status: 'loading',
  progress: { done: 0, total: 0, failed: 0 },
  passageCount: 0,
  passagesByDocument: new Map(),
  overview: [],
  quoteDrifts: [],
  version: 0,
  notices: [],
  error: null,
}

/**
 * A service over `documents`; `connect` starts the worker (a MessageChannel end in tests).
 * `database` is the analyst's database (reserved: verdicts are read by useReuseOverrides).
 */
export function createReuseService(
  documents: DocumentsService,
  database: CasefileDatabase,
  connect?: () => ReusePort,
): ReuseService {
  void documents
  void database
  void connect
  const notYet = (): never => {
    throw new Error('The reuse service is not yet implemented')
  }
  const client: ReuseClient | null = null
  void client
  return {
    start: notYet,
    state: () => NOT_STARTED,
    subscribe: () => () => undefined,
    sharedPassagesOf: () => Promise.reject(new Error('The reuse service is not yet implemented')),
    overview: () => [],
    quoteDrifts: () => [],
    close: () => undefined,
  }
}
