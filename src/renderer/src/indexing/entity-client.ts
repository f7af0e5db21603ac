/**
 * The UI thread's side of the entity worker: tells it the documents and the overrides, sends
 * it the text of each document it asks for, one at a time, and keeps the latest index and
 * progress for the views. Nothing here is proportional to the corpus but the structured clone
 * of what the worker sends.
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
import type { EntityIndex, EntityOverrides } from '@shared/entities/entity-index'
import type {
  DocumentVersion,
  EntityClientMessage,
  EntityWorkerReply,
  ExtractionProgress,
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

export interface EntityClient extends WorkerClientHandle<EntityClientState> {
  /** Every document there is now, in library order. */
  setDocuments(documents: readonly DocumentVersion[]): void
  setOverrides(overrides: EntityOverrides): void
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
  const receive = (reply: EntityWorkerReply) => {
    switch (reply.type) {
      case 'progress':
        core.acknowledge()
        return core.update({ progress: reply.progress })
      case 'index':
        return core.update({ index: reply.index, progress: reply.progress })
    }
  }

  // The worker finds a text's names before it acknowledges it with progress.
  const core = createWorkerClient(connect, load, INITIAL, {
    textMessage: (doc): EntityClientMessage => ({ type: 'extract', ...doc }),
    unavailableMessage: (doc): EntityClientMessage => ({ type: 'unavailable', ...doc }),
    receive,
    crashed: (reason) =>
      `Casefile's name finder stopped unexpectedly (${reason}). Reload Casefile to try again.`,
  })

  return {
    setDocuments: (documents) => core.post({ type: 'documents', documents: [...documents] }),
    setOverrides: (overrides) => core.post({ type: 'overrides', overrides }),
    state: core.state,
    subscribe: core.subscribe,
    close: core.close,
  }
}
