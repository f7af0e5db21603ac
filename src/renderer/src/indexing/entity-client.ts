/**
 * The UI thread's side of the entity worker: tells it the documents and the overrides, sends
 * it the text of each document it asks for, one at a time, keeps the latest index (entities,
 * their documents and counts) and progress for the views, and fetches an entity's mentions
 * when a view shows them, keeping the last few answers so that showing them again is at once.
 * Nothing here is proportional to the corpus but the structured clone of the index and of the
 * mentions asked for.
 */
import { startBundleWorker } from '../security/trusted-types'
import {
  createWorkerClient,
  type DocumentText,
  type WorkerClientHandle,
  type WorkerClientState,
  type WorkerPort,
} from './worker-client'
import entityWorkerUrl from './entity-worker.ts?worker&url'
import type {
  EntityDocumentMentions,
  EntityIndex,
  EntityOverrides,
} from '@shared/entities/entity-index'
import type {
  DocumentVersion,
  EntityClientMessage,
  EntityWorkerReply,
  ExtractionProgress,
  IndexReply,
} from './entity-protocol'

/** A connection to the entity worker: a `Worker`, or in tests one end of a MessageChannel. */
export type EntityPort = WorkerPort<EntityClientMessage, EntityWorkerReply>

/**
 * Starts the worker Vite bundles from `./entity-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startEntityWorker(): EntityPort {
  return startBundleWorker(entityWorkerUrl, 'casefile-entities')
}

/** What the views see. */
export interface EntityClientState extends WorkerClientState {
  /** Null until the worker has sent its first index. */
  index: EntityIndex | null
  progress: ExtractionProgress
}

/** An entity's mentions, as the worker found them on one index. */
export interface EntityMentions {
  /**
   * The index they belong to (the client's index when they came): a view showing another
   * index must not show them as its own, since a merge, a split or a source changed may have
   * moved them.
   */
  index: EntityIndex
  entityId: string
  /** The document asked about, or null for all the entity's documents. */
  docId: string | null
  /** The entity's documents asked for, in the index's order, with their mentions. */
  documents: EntityDocumentMentions[]
}

export interface EntityClient extends WorkerClientHandle<EntityClientState> {
  /** Every document there is now, in library order. */
  setDocuments(documents: readonly DocumentVersion[]): void
  setOverrides(overrides: EntityOverrides): void
  /**
   * The mentions of the entity with this id (in the index, not a key a merge absorbed) in
   * `docId`, or in all its documents when null. Null when the index moved on before they
   * came (ask again); rejects when the worker has stopped.
   */
  mentionsOf(entityId: string, docId: string | null): Promise<EntityMentions | null>
  /**
   * The answer {@link EntityClient.mentionsOf} already has for the current index, if any.
   * Either call says the view shows these mentions: when the worker sends a new index, the
   * client finds the mentions views showed on it before it hands it to them, so they change
   * together.
   */
  cachedMentions(entityId: string, docId: string | null): EntityMentions | undefined
}

/**
 * Answers kept for the current index: the reader's entity in the last few sources opened and
 * the entity page's last few entities.
 */
const CACHED_ANSWERS = 16

/** A request for mentions; `resolve` is absent for those the client makes itself. */
interface Request {
  key: string
  resolve?: (answer: EntityMentions | null) => void
  reject?: (error: Error) => void
}

/** An answer from the worker, and the index it was found on. */
interface Found {
  version: number
  documents: EntityDocumentMentions[]
  /** The answer as views get it, once its index is shown. */
  answer?: EntityMentions
}

const INITIAL: EntityClientState = {
  index: null,
  progress: { done: 0, total: 0, failed: 0 },
  notices: [],
  error: null,
}

/**
 * A client over the worker `connect` starts (at once). `load` reads a document's text (the
 * documents service); a document that cannot be loaded is reported to the worker as
 * unavailable, so progress still completes.
 */
export function createEntityClient(
  load: (docId: string) => Promise<DocumentText>,
  connect: () => EntityPort = startEntityWorker,
): EntityClient {
  /** The worker's latest index, and the one the views have (older while `held`). */
  let version = 0
  let shown = 0
  /** The latest index, held back until the mentions in use are found on it too. */
  let held: IndexReply | null = null
  /** Keys of the mentions views asked about on the index shown, latest last. */
  let inUse = new Set<string>()
  /** Keys the held index waits for. */
  let refreshing: string[] = []
  let nextRequest = 1
  /** Requests not yet answered. */
  const requests = new Map<number, Request>()
  /** The answers by key, oldest first: found on the index shown or the one held. */
  const found = new Map<string, Found>()
  /** Requests on the latest index not yet answered, so a second asker waits on the first. */
  const pending = new Map<string, Promise<EntityMentions | null>>()

  const keyOf = (entityId: string, docId: string | null) => `${entityId}\u0000${docId ?? ''}`

  /** The answer for `key` on the index shown, the same object each time. */
  const answerFor = (key: string): EntityMentions | undefined => {
    const entry = found.get(key)
    const index = core.state().index
    if (!entry || entry.version !== shown || index === null) return undefined
    if (entry.answer?.index !== index) {
      const [entityId = '', docId = ''] = key.split('\u0000')
      entry.answer = {
        index,
        entityId,
        docId: docId === '' ? null : docId,
        documents: entry.documents,
      }
    }
    return entry.answer
  }

  const post = (key: string, asker: Omit<Request, 'key'> = {}) => {
    const requestId = nextRequest++
    requests.set(requestId, { key, ...asker })
    const [entityId = '', docId = ''] = key.split('\u0000')
    core.post({ type: 'mentions', requestId, entityId, docId: docId === '' ? null : docId })
  }

  /** A view asks about `key`: a held index waits for its answer too. */
  const markShown = (key: string) => {
    inUse.delete(key)
    inUse.add(key)
    if (inUse.size > CACHED_ANSWERS) inUse.delete(inUse.keys().next().value!)
    if (held && !refreshing.includes(key)) {
      refreshing.push(key)
      post(key)
    }
  }

  const show = (reply: IndexReply) => {
    held = null
    refreshing = []
    shown = reply.version
    inUse = new Set()
    for (const [key, entry] of found) if (entry.version !== shown) found.delete(key)
    core.update({ index: reply.index, progress: reply.progress })
  }

  const showWhenRefreshed = () => {
    if (held && refreshing.every((key) => found.get(key)?.version === version)) show(held)
  }

  const receive = (reply: EntityWorkerReply) => {
    switch (reply.type) {
      case 'progress':
        core.acknowledge()
        // While an index is held, its progress goes with it.
        return held ? undefined : core.update({ progress: reply.progress })
      case 'index': {
        version = reply.version
        pending.clear()
        // The mentions on screen are found on the new index before the views get it, so that
        // they change with it rather than disappearing until asked for again.
        refreshing = [...new Set([...refreshing, ...inUse])]
        if (refreshing.length === 0) return show(reply)
        held = reply
        for (const key of refreshing) post(key)
        return
      }
      case 'mentions': {
        const request = requests.get(reply.requestId)
        requests.delete(reply.requestId)
        if (!request) return
        // An answer on the index shown still serves until the held one's comes.
        const before = found.get(request.key)
        const keep =
          reply.version === version || (reply.version === shown && before?.version !== version)
        if (keep) {
          found.delete(request.key)
          found.set(request.key, { version: reply.version, documents: reply.documents })
          if (found.size > 2 * CACHED_ANSWERS) found.delete(found.keys().next().value!)
        }
        showWhenRefreshed()
        request.resolve?.(reply.version === shown ? (answerFor(request.key) ?? null) : null)
        return
      }
    }
  }

  // The worker finds a text's names before it acknowledges it with progress.
  const core = createWorkerClient(connect, load, INITIAL, {
    textMessage: (doc): EntityClientMessage => ({ type: 'extract', ...doc }),
    unavailableMessage: (doc): EntityClientMessage => ({ type: 'unavailable', ...doc }),
    receive,
    crashed: (reason) =>
      `Casefile's name finder stopped unexpectedly (${reason}). Reload Casefile to try again.`,
    stopped: (reason) => {
      for (const { reject } of requests.values()) reject?.(new Error(reason))
      requests.clear()
    },
    closedReason: 'The name finder is closed.',
  })

  const cachedMentions = (entityId: string, docId: string | null) => {
    const key = keyOf(entityId, docId)
    markShown(key)
    return answerFor(key)
  }

  const mentionsOf = (entityId: string, docId: string | null) => {
    if (core.isClosed())
      return Promise.reject(new Error(core.state().error ?? 'The name finder is closed.'))
    const key = keyOf(entityId, docId)
    markShown(key)
    const cached = answerFor(key)
    if (cached) return Promise.resolve(cached)
    // The held index comes with this answer (see `markShown`): the view asks again then.
    if (held) return Promise.resolve(null)
    const waiting = pending.get(key)
    if (waiting) return waiting
    const asked = new Promise<EntityMentions | null>((resolve, reject) =>
      post(key, { resolve, reject }),
    )
    pending.set(key, asked)
    const done = () => {
      if (pending.get(key) === asked) pending.delete(key)
    }
    asked.then(done, done)
    return asked
  }

  return {
    setDocuments: (documents) => core.post({ type: 'documents', documents: [...documents] }),
    setOverrides: (overrides) => core.post({ type: 'overrides', overrides }),
    mentionsOf,
    cachedMentions,
    state: core.state,
    subscribe: core.subscribe,
    close: core.close,
  }
}
