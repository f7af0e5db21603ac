/**
 * The UI thread's side of the reuse worker (in progress: see reuse-protocol.ts).
 */
import type { ReuseClientMessage, ReuseWorkerReply } from './reuse-protocol'

/** A connection to the reuse worker: a `Worker`, or in tests one end of a MessageChannel. */
export interface ReusePort {
  postMessage(message: ReuseClientMessage): void
  onmessage: ((event: MessageEvent<ReuseWorkerReply>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  terminate(): void
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReuseClient {}
