/**
 * The import worker: reads files off the UI thread (ADR 0008). Its whole behaviour is
 * `handleImportMessage`, which the tests drive over a MessageChannel; the lines at the
 * end only connect it to the worker's own port when this module runs as a worker.
 */
import '@shared/zod-without-eval'
import { extractFile } from './extract-file'
import { replyForError, toWire, type ClientMessage, type WorkerReply } from './import-protocol'

/** Sends one reply to the client. */
export type PostReply = (reply: WorkerReply) => void

/** The reads under way, so a cancel can reach the one it names. */
const reading = new Map<number, AbortController>()

/**
 * Handles one message from the client. A read posts progress as the reader reports it,
 * then exactly one of result, refusal, cancelled or failure (see `replyForError`); it
 * never rejects. A cancel aborts the named read, which stops at its next page or chunk
 * and replies `cancelled`; a cancel for a read that is not running does nothing.
 *
 * A cancel message is only dispatched when the read gives the event loop a turn, and
 * pdfjs, run in this thread, reads a whole document on microtasks: in a browser a cancel
 * queued behind a PDF read arrives after it. That is why the client also terminates the
 * worker when the analyst cancels.
 */
export async function handleImportMessage(message: ClientMessage, post: PostReply): Promise<void> {
  if (message.type === 'cancel') {
    reading.get(message.id)?.abort()
    return
  }
  const { id, name, bytes } = message
  const controller = new AbortController()
  reading.set(id, controller)
  try {
    const file = await extractFile(
      { name, bytes },
      {
        signal: controller.signal,
        onProgress: (done, total) => post({ type: 'progress', id, done, total }),
      },
    )
    post({ type: 'result', id, file: toWire(file) })
  } catch (error) {
    post(replyForError(id, name, error))
  } finally {
    reading.delete(id)
  }
}

/** The part of a dedicated worker's global scope this module uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ClientMessage>) => void) | null
  postMessage(reply: WorkerReply): void
}

// Only inside a worker: imported by a test or the UI thread, the module installs nothing.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope
  scope.onmessage = (event) =>
    void handleImportMessage(event.data, (reply) => scope.postMessage(reply))
}
