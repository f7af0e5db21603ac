/**
 * The entities service: one entity worker per session, fed with the library's documents (as
 * the documents service lists and loads them) and the analyst's stored merges and splits (live
 * from the settings table), and the index it sends back, for every view that shows or filters
 * by entities; an entity's mentions are asked of the worker when a view shows them.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { NO_OVERRIDES, type EntityIndex } from '@shared/entities/entity-index'
import { Dexie, type ObservabilitySet } from 'dexie'
import type { CasefileDatabase } from '../db/database'
import { readEntityOverrides, type StoredOverrides } from '../db/entity-overrides'
import {
  createEntityClient,
  startEntityWorker,
  type EntityClient,
  type EntityMentions,
  type EntityPort,
} from '../indexing/entity-client'
import type { ExtractionProgress } from '../indexing/entity-protocol'
import type { AsyncState } from '../ui/useAsync'
import type { DocumentsService } from './documents'
import { followDocumentList } from './follow-documents'

/** What the views see of the entities. */
export interface EntitiesState {
  index: AsyncState<EntityIndex>
  progress: ExtractionProgress
  /** Things to tell the analyst that do not stop the index (a rebuilt cache, unread overrides). */
  notices: readonly string[]
}

export interface EntitiesService {
  /** Starts the worker and feeds it, unless already started. */
  start(): void
  state(): EntitiesState
  /** Calls `onChange` whenever {@link EntitiesService.state} changes; returns the disposer. */
  subscribe(onChange: () => void): () => void
  /**
   * The mentions of the index's entity with this id in `docId`, or in all its documents when
   * null (see EntityClient.mentionsOf); rejects before the service has started.
   */
  mentionsOf(entityId: string, docId: string | null): Promise<EntityMentions | null>
  /** The answer already here for the current index, if any. */
  cachedMentions(entityId: string, docId: string | null): EntityMentions | undefined
}

/**
 * How often progress alone reaches the views while names are being found: every source
 * done re-rendered each view that shows or filters by entities (at 10,000 sources, ten
 * times a second for a quarter of an hour). The last source, an index or a notice goes at
 * once.
 */
export const PROGRESS_EVERY_MS = 500

/** What the service waits for, besides the documents and the stored overrides. */
export interface EntitiesServiceOptions {
  /** Starts the worker (the real one by default; tests give one over a MessageChannel). */
  connect?: () => EntityPort
  /**
   * Resolves when background work may go on: the next source's text is read and sent for
   * its names only then (the search service's `quiet`, so typing a search keeps the machine).
   */
  quiet?: () => Promise<void>
}

const NOT_STARTED: EntitiesState = {
  index: { status: 'loading' },
  progress: { done: 0, total: 0, failed: 0 },
  notices: [],
}

/** A service over `documents` and the overrides in `database` (see the options). */
export function createEntitiesService(
  documents: DocumentsService,
  database: CasefileDatabase,
  { connect = startEntityWorker, quiet = () => Promise.resolve() }: EntitiesServiceOptions = {},
): EntitiesService {
  const listeners = new Set<() => void>()
  let client: EntityClient | null = null
  let overridesProblem: string | null = null
  let listProblem: string | null = null
  let state = NOT_STARTED
  let publishedAt = -Infinity
  let later: ReturnType<typeof setTimeout> | null = null

  const derive = () => {
    if (!client) return
    const c = client.state()
    const index: AsyncState<EntityIndex> =
      c.error !== null
        ? { status: 'error', message: c.error }
        : c.index !== null
          ? { status: 'ready', value: c.index }
          : listProblem !== null
            ? { status: 'error', message: `Names cannot be found: ${listProblem}` }
            : { status: 'loading' }
    const notices = overridesProblem === null ? c.notices : [...c.notices, overridesProblem]
    const next = { index, progress: c.progress, notices }
    const sameRest =
      sameIndex(next.index, state.index) &&
      next.notices.length === state.notices.length &&
      next.notices.every((n, i) => n === state.notices[i])
    if (sameRest && next.progress === state.progress) return
    const sinceLast = performance.now() - publishedAt
    const unfinished = next.progress.done < next.progress.total
    if (sameRest && unfinished && sinceLast < PROGRESS_EVERY_MS) {
      later ??= setTimeout(() => {
        later = null
        derive()
      }, PROGRESS_EVERY_MS - sinceLast)
      return
    }
    if (later !== null) clearTimeout(later)
    later = null
    state = next
    publishedAt = performance.now()
    for (const listener of listeners) listener()
  }

  const sendDocuments = (listed: readonly DocumentSummary[], problem: string | null) => {
    listProblem = problem
    client?.setDocuments(listed.map((d) => ({ docId: d.meta.id, rev: d.rev })))
    derive()
  }

  return {
    start() {
      if (client) return
      client = createEntityClient(async (id) => {
        await quiet()
        return documents.read(id)
      }, connect)
      client.subscribe(derive)
      watchOverrides(database, (stored) => {
        overridesProblem =
          stored.problem === null
            ? null
            : `${stored.problem}. Entities are shown without your merges and splits; the next merge or split keeps the unreadable value aside in your data.`
        client?.setOverrides(stored.overrides)
        derive()
      })
      followDocumentList(documents, sendDocuments)
    },
    state: () => state,
    mentionsOf: (entityId, docId) =>
      client
        ? client.mentionsOf(entityId, docId)
        : Promise.reject(new Error('Names are not being found yet.')),
    cachedMentions: (entityId, docId) => client?.cachedMentions(entityId, docId),
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}

function sameIndex(a: AsyncState<EntityIndex>, b: AsyncState<EntityIndex>): boolean {
  if (a.status !== b.status) return false
  if (a.status === 'ready' && b.status === 'ready') return a.value === b.value
  if (a.status === 'error' && b.status === 'error') return a.message === b.message
  return true
}

/**
 * Reads the stored overrides now and after every write to the settings table (this tab's, and
 * other tabs' through Dexie's broadcast), one read at a time so a later write is never
 * overtaken by an earlier read. A read that fails gives a problem and no overrides.
 */
function watchOverrides(
  database: CasefileDatabase,
  onChange: (stored: StoredOverrides) => void,
): () => void {
  const part = `idb://${database.name}/settings/`
  let reading = false
  let again = false
  const read = async () => {
    if (reading) {
      again = true
      return
    }
    reading = true
    try {
      do {
        again = false
        const stored = await readEntityOverrides(database).catch(
          (error: unknown): StoredOverrides => ({
            overrides: NO_OVERRIDES,
            problem: `Your merges and splits could not be read (${error instanceof Error ? error.message : String(error)})`,
          }),
        )
        if (!again) onChange(stored)
      } while (again)
    } finally {
      reading = false
    }
  }
  const mutated = (parts: ObservabilitySet) => {
    if (parts[part]) void read()
  }
  Dexie.on('storagemutated', mutated)
  void read()
  return () => Dexie.on('storagemutated').unsubscribe(mutated)
}
