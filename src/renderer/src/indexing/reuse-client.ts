/**
 * The UI thread's side of the reuse worker: tells it the documents, sends it the text of each
 * document it asks for, one at a time, keeps the latest summary for the views, and fetches a
 * document's passages when a view asks. Nothing here is proportional to the corpus but the
 * structured clone of the summary (counts and the overview's rows) and of one document's
 * passages.
 */
import type { SpeakerEntity } from '@shared/reuse/speaker-entities'
import type { SharedPassage } from '@shared/reuse/types'
import { startBundleWorker } from '../security/trusted-types'
import {
  createWorkerClient,
  type DocumentText,
  type WorkerClientHandle,
  type WorkerClientState,
  type WorkerPort,
} from './worker-client'
import reuseWorkerUrl from './reuse-worker.ts?worker&url'
import type {
  ReuseClientMessage,
  ReuseDocumentVersion,
  ReuseSummary,
  ReuseWorkerReply,
} from './reuse-protocol'

/** A connection to the reuse worker: a `Worker`, or in tests one end of a MessageChannel. */
export type ReusePort = WorkerPort<ReuseClientMessage, ReuseWorkerReply>

/**
 * Starts the worker Vite bundles from `./reuse-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startReuseWorker(): ReusePort {
  return startBundleWorker(reuseWorkerUrl, 'casefile-reuse')
}

/** What the views see. */
export interface ReuseClientState extends WorkerClientState {
  /** Null until the worker has sent its first summary. */
  summary: ReuseSummary | null
}

export interface ReuseClient extends WorkerClientHandle<ReuseClientState> {
  /** Every document there is now, in library order. */
  setDocuments(documents: readonly ReuseDocumentVersion[]): void
  /** The entity worker has found names in more documents (quotes may now be read). */
  mentionsChanged(): void
  /** The entities the analyst's entity index puts the summary's `speakers` in. */
  setSpeakerEntities(entities: readonly SpeakerEntity[]): void
  /** The passages `docId` shares, by position in it; rejects when the worker has stopped. */
  passagesOf(docId: string): Promise<SharedPassage[]>
  /** The passages `a` and `b` share (none with a third), by position in `a`; rejects as passagesOf. */
  passagesBetween(a: string, b: string): Promise<SharedPassage[]>
}

const INITIAL: ReuseClientState = { summary: null, notices: [], error: null }

/**
 * A client over the worker `connect` starts (at once). `load` reads a document's text (the
 * documents service); a document that cannot be loaded is reported to the worker as
 * unavailable, so progress still completes.
 */
export function createReuseClient(
  load: (docId: string) => Promise<DocumentText>,
  connect: () => ReusePort = startReuseWorker,
): ReuseClient {
  let nextRequest = 1
  const requests = new Map<
    number,
    { resolve: (p: SharedPassage[]) => void; reject: (e: Error) => void }
  >()

  const receive = (reply: ReuseWorkerReply) => {
    switch (reply.type) {
      case 'progress': {
        core.acknowledge()
        const summary = core.state().summary
        if (summary) core.update({ summary: { ...summary, progress: reply.progress } })
        return
      }
      case 'summary': {
        const before = core.state().summary
        const { passagesByDocument, passagesChanged, overview, quoteDrifts } = reply.summary
        return core.update({
          summary: {
            ...reply.summary,
            passagesByDocument: passagesByDocument ?? before?.passagesByDocument ?? [],
            passagesChanged: passagesChanged ?? before?.passagesChanged ?? [],
            overview: overview ?? before?.overview ?? [],
            quoteDrifts: quoteDrifts ?? before?.quoteDrifts ?? [],
          },
        })
      }
      case 'passages': {
        const request = requests.get(reply.requestId)
        requests.delete(reply.requestId)
        request?.resolve(reply.passages)
        return
      }
    }
  }

  // The worker indexes each text before it acknowledges it with progress.
  const core = createWorkerClient(connect, load, INITIAL, {
    textMessage: (doc): ReuseClientMessage => ({ type: 'text', ...doc }),
    unavailableMessage: (doc): ReuseClientMessage => ({ type: 'unavailable', ...doc }),
    receive,
    crashed: (reason) =>
      `Casefile's text-reuse finder stopped unexpectedly (${reason}). Reload Casefile to try again.`,
    stopped: (reason) => {
      for (const { reject } of requests.values()) reject(new Error(reason))
      requests.clear()
    },
    closedReason: 'The text-reuse finder is closed.',
  })

  /** Asks the worker for passages; the message `ask` makes carries the request's id. */
  const request = (ask: (requestId: number) => ReuseClientMessage) => {
    if (core.isClosed())
      return Promise.reject(new Error(core.state().error ?? 'The text-reuse finder is closed.'))
    const requestId = nextRequest++
    return new Promise<SharedPassage[]>((resolve, reject) => {
      requests.set(requestId, { resolve, reject })
      core.post(ask(requestId))
    })
  }

  return {
    setDocuments: (documents) => core.post({ type: 'documents', documents: [...documents] }),
    mentionsChanged: () => core.post({ type: 'mentions-changed' }),
    setSpeakerEntities: (entities) =>
      core.post({ type: 'speaker-entities', entities: [...entities] }),
    passagesOf: (docId) => request((requestId) => ({ type: 'passages-of', requestId, docId })),
    passagesBetween: (a, b) =>
      request((requestId) => ({ type: 'passages-between', requestId, a, b })),
    state: core.state,
    subscribe: core.subscribe,
    close: core.close,
  }
}
