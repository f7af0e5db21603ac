/**
 * The UI thread's side of the entity worker: tells it the documents and the overrides, sends
 * it the text of each document it asks for, one at a time, and keeps the latest index and
 * progress for the views. Nothing here is proportional to the corpus but the structured clone
 * of what the worker sends.
 */
import type { Block } from '@shared/corpus/document-model'
import { startBundleWorker } from '../security/trusted-types'
import entityWorkerUrl from './entity-worker.ts?worker&url'
import type { EntityIndex, EntityOverrides } from '@shared/entities/entity-index'
import type {
  DocumentVersion,
  EntityClientMessage,
  EntityWorkerReply,
  ExtractionProgress,
} from './entity-protocol'

/** A connection to the entity worker: a `Worker`, or in tests one end of a MessageChannel. */
export interface EntityPort {
  postMessage(message: EntityClientMessage): void
  onmessage: ((event: MessageEvent<EntityWorkerReply>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/**
 * Starts the worker Vite bundles from `./entity-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startEntityWorker(): EntityPort {
  return startBundleWorker(entityWorkerUrl, 'casefile-entities')
}

/** What the views see. */
export interface EntityClientState {
  /** Null until the worker has sent its first index. */
  index: EntityIndex | null
  progress: ExtractionProgress
  /** Notices from the worker (a cache rebuilt), latest last. */
  notices: readonly string[]
  /** Set when the worker stopped: no more names will be found this session. */
  error: string | null
}

/** A document's text, as the client hands it to the worker. */
export interface DocumentText {
  rev: string
  blocks: Block[]
  text: string
}

export interface EntityClient {
  /** Every document there is now, in library order. */
  setDocuments(documents: readonly DocumentVersion[]): void
  setOverrides(overrides: EntityOverrides): void
  state(): EntityClientState
  /** Calls `onChange` whenever {@link EntityClient.state} changes; returns the disposer. */
  subscribe(onChange: () => void): () => void
  /** Stops the worker. */
  close(): void
}

const INITIAL: EntityClientState = {
  index: null,
  progress: { done: 0, total: 0, failed: 0 },
  notices: [],
  error: null,
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
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
  const port = connect()
  const listeners = new Set<() => void>()
  let state = INITIAL
  /** What the worker last asked for; replaced by each new request. */
  let wanted: DocumentVersion[] = []
  let sending = false
  let closed = false
  /** Resolves when the worker has dealt with the document last sent. */
  let acknowledged: (() => void) | null = null

  const update = (next: Partial<EntityClientState>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }

  const post = (message: EntityClientMessage) => {
    if (!closed) port.postMessage(message)
  }

  /** Posts a document and waits until the worker has read it (it answers with progress). */
  const exchange = (message: EntityClientMessage) =>
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

  // One document at a time, so the UI thread loads and clones one text, then lets the worker
  // read it; a newer request from the worker replaces what is left of the older one.
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
          await exchange({ type: 'extract', docId, rev, blocks: doc.blocks, text: doc.text })
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
        return update({ progress: reply.progress })
      case 'index':
        return update({ index: reply.index, progress: reply.progress })
      case 'notice':
        return update({ notices: [...state.notices, reply.message] })
    }
  }
  port.onerror = (event) => {
    event.preventDefault()
    closed = true
    acknowledge()
    update({
      error: `Casefile's name finder stopped unexpectedly (${event.message || 'no reason given'}). Reload Casefile to try again.`,
    })
  }

  return {
    setDocuments: (documents) => post({ type: 'documents', documents: [...documents] }),
    setOverrides: (overrides) => post({ type: 'overrides', overrides }),
    state: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    close: () => {
      closed = true
      acknowledge()
      port.onmessage = null
      port.terminate()
    },
  }
}
