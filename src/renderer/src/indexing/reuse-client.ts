/**
 * The UI thread's side of the reuse worker: tells it the documents, sends it the text of each
 * document it asks for, one at a time, keeps the latest summary for the views, and fetches a
 * document's passages when a view asks. Nothing here is proportional to the corpus but the
 * structured clone of the summary (counts and the overview's rows) and of one document's
 * passages.
 */
import type { Block } from '@shared/corpus/document-model'
import type { SharedPassage } from '@shared/reuse/types'
import { startBundleWorker } from '../security/trusted-types'
import reuseWorkerUrl from './reuse-worker.ts?worker&url'
import type {
  ReuseClientMessage,
  ReuseDocumentRef,
  ReuseDocumentVersion,
  ReuseSummary,
  ReuseWorkerReply,
} from './reuse-protocol'

/** A connection to the reuse worker: a `Worker`, or in tests one end of a MessageChannel. */
export interface ReusePort {
  postMessage(message: ReuseClientMessage): void
  onmessage: ((event: MessageEvent<ReuseWorkerReply>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/**
 * Starts the worker Vite bundles from `./reuse-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startReuseWorker(): ReusePort {
  return startBundleWorker(reuseWorkerUrl, 'casefile-reuse')
}

/** What the views see. */
export interface ReuseClientState {
  /** Null until the worker has sent its first summary. */
  summary: ReuseSummary | null
  /** Notices from the worker (a cache rebuilt), latest last. */
  notices: readonly string[]
  /** Set when the worker stopped: no more reuse will be found this session. */
  error: string | null
}

/** A document's text, as the client hands it to the worker. */
export interface ReuseDocumentText {
  rev: string
  blocks: Block[]
  text: string
}

export interface ReuseClient {
  /** Every document there is now, in library order. */
  setDocuments(documents: readonly ReuseDocumentVersion[]): void
  /** The entity worker has found names in more documents (quotes may now be read). */
  mentionsChanged(): void
  /** The passages `docId` shares, by position in it; rejects when the worker has stopped. */
  passagesOf(docId: string): Promise<SharedPassage[]>
  state(): ReuseClientState
  /** Calls `onChange` whenever {@link ReuseClient.state} changes; returns the disposer. */
  subscribe(onChange: () => void): () => void
  /** Stops the worker. */
  close(): void
}

const INITIAL: ReuseClientState = { summary: null, notices: [], error: null }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A client over the worker `connect` starts (at once). `load` reads a document's text (the
 * documents service); a document that cannot be loaded is reported to the worker as
 * unavailable, so progress still completes.
 */
export function createReuseClient(
  load: (docId: string) => Promise<ReuseDocumentText>,
  connect: () => ReusePort = startReuseWorker,
): ReuseClient {
  const port = connect()
  const listeners = new Set<() => void>()
  let state = INITIAL
  let wanted: ReuseDocumentRef[] = []
  let sending = false
  let closed = false
  let acknowledged: (() => void) | null = null
  let nextRequest = 1
  const requests = new Map<
    number,
    { resolve: (p: SharedPassage[]) => void; reject: (e: Error) => void }
  >()

  const update = (next: Partial<ReuseClientState>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }

  const post = (message: ReuseClientMessage) => {
    if (!closed) port.postMessage(message)
  }

  /** Posts a document and waits until the worker has dealt with it (it answers with progress). */
  const exchange = (message: ReuseClientMessage) =>
    new Promise<void>((resolve) => {
      if (closed) return resolve()
      acknowledged = resolve
      port.postMessage(message)
    })

  const acknowledge = () => {
    const resolve = acknowledged
    acknowledged = null
    resolve?.()
  }

  const stopped = (reason: string) => {
    for (const { reject } of requests.values()) reject(new Error(reason))
    requests.clear()
  }

  // One document at a time, so the UI thread loads and clones one text, then lets the worker
  // index it; a newer request from the worker replaces what is left of the older one.
  const sendWanted = async () => {
    if (sending) return
    sending = true
    try {
      while (!closed && wanted.length > 0) {
        const [next, ...rest] = wanted
        wanted = rest
        const { docId, rev } = next!
        try {
          const doc = await load(docId)
          if (doc.rev !== rev) continue // the library moved on; its next list says so
          await exchange({ type: 'text', docId, rev, blocks: doc.blocks, text: doc.text })
        } catch (error) {
          await exchange({ type: 'unavailable', docId, rev, message: messageOf(error) })
        }
      }
    } finally {
      sending = false
    }
  }

  port.onmessage = ({ data: reply }) => {
    switch (reply.type) {
      case 'need':
        wanted = reply.documents
        void sendWanted()
        return
      case 'progress':
        acknowledge()
        if (state.summary) update({ summary: { ...state.summary, progress: reply.progress } })
        return
      case 'summary': {
        const before = state.summary
        const { passagesByDocument, overview, quoteDrifts } = reply.summary
        return update({
          summary: {
            ...reply.summary,
            passagesByDocument: passagesByDocument ?? before?.passagesByDocument ?? [],
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
      case 'notice':
        return update({ notices: [...state.notices, reply.message] })
    }
  }
  port.onerror = (event) => {
    event.preventDefault()
    closed = true
    acknowledge()
    const error = `Casefile's text-reuse finder stopped unexpectedly (${event.message || 'no reason given'}). Reload Casefile to try again.`
    stopped(error)
    update({ error })
  }

  return {
    setDocuments: (documents) => post({ type: 'documents', documents: [...documents] }),
    mentionsChanged: () => post({ type: 'mentions-changed' }),
    passagesOf(docId) {
      if (closed)
        return Promise.reject(new Error(state.error ?? 'The text-reuse finder is closed.'))
      const requestId = nextRequest++
      return new Promise<SharedPassage[]>((resolve, reject) => {
        requests.set(requestId, { resolve, reject })
        port.postMessage({ type: 'passages-of', requestId, docId })
      })
    },
    state: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    close: () => {
      closed = true
      acknowledge()
      stopped('The text-reuse finder is closed.')
      port.onmessage = null
      port.terminate()
    },
  }
}
