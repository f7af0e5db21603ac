/**
 * The UI thread's side of importing a file: hands the bytes to the import worker, relays
 * its progress, and finishes a web page here, where DOMPurify has a real DOM (ADR 0008).
 */
import DOMPurify from 'dompurify'
import { startBundleWorker } from '../security/trusted-types'
import importWorkerUrl from './import-worker.ts?worker&url'
import { ImportRefusal } from '@shared/import/extracted'
import { formatOf } from '@shared/import/format-of'
import type { HtmlArticle } from '@shared/import/html-article'
import type { ExtractedFile, FileToRead } from './extract-file'
import {
  abortError,
  couldNotRead,
  errorFromReply,
  fromWire,
  isReplyTo,
  type ClientMessage,
} from './import-protocol'
import { purifierWorks, sanitiseArticle } from './sanitise-article'
import type { CountedDocument } from './word-count'

/**
 * A connection to one import worker: a `Worker`, or in tests one end of a MessageChannel
 * with the worker's handler on the other. `terminate` must stop the worker at once.
 */
export interface ImportPort {
  postMessage(message: ClientMessage, transfer: Transferable[]): void
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  onmessageerror?: ((event: MessageEvent) => void) | null
  terminate(): void
}

export interface ExtractOptions {
  /** Aborting stops the worker at once and rejects with an AbortError. */
  signal?: AbortSignal
  /** `fraction` of the whole import done (0-1), and the step under way in words. */
  onProgress?: (fraction: number, step: string) => void
}

/** Reads one file into a document; see `extractDocument` for the contract. */
export type ExtractDocument = (
  file: FileToRead,
  options?: ExtractOptions,
) => Promise<CountedDocument>

/** The step while the worker reads the file (every format). */
export const READING_STEP = 'Reading'
/** The step while this thread sanitises a web page's article, after its reading. */
export const CLEANING_STEP = 'Cleaning the page'

/** Why a web page is refused where DOMPurify does not work (after the file name). */
export const PURIFIER_MISSING_REASON =
  'is a web page, and this browser cannot clean web pages safely, so Casefile will not import it here. Import it in the Casefile app or a current Chrome, Edge or Firefox, or save it as PDF or text and import that.'

/** Of a web page's progress bar, the share that reading in the worker fills. */
const HTML_READING_SHARE = 0.8

/**
 * Starts the worker Vite bundles from `./import-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startImportWorker(): ImportPort {
  return startBundleWorker(importWorkerUrl, 'casefile-import')
}

/** A worker that failed to start or crashed says nothing about the file: say so. */
function workerStopped(fileName: string): string {
  return `${fileName} could not be read: Casefile's file reader stopped unexpectedly. Try again; if it happens again, restart Casefile.`
}

let purifierVerdict: boolean | undefined

function purifierWorksHere(): boolean {
  purifierVerdict ??= purifierWorks(DOMPurify)
  return purifierVerdict
}

/** The bytes as a whole buffer of their own, safe to transfer (a view would lose its neighbours). */
function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes
  const whole =
    buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice()
}

/**
 * An `extractDocument` over workers from `connect` (tests connect a MessageChannel). Each
 * read has a worker to itself: an idle one is reused, a busy one never shared, so
 * terminating one on cancel stops no other read. A worker is dropped after a failure or
 * a crash, since its state is then unknown.
 */
export function createImportClient(connect: () => ImportPort = startImportWorker): ExtractDocument {
  let idle: ImportPort | null = null
  let nextId = 1

  function release(port: ImportPort): void {
    if (idle === null) idle = port
    else port.terminate()
  }

  function readInWorker(file: FileToRead, options: ExtractOptions, share: number) {
    return new Promise<ExtractedFile>((resolve, reject) => {
      // An abort listener added now would never fire: the signal fires 'abort' only once.
      if (options.signal?.aborted) return reject(abortError())
      const port = idle ?? connect()
      idle = null
      const id = nextId++
      const { signal, onProgress } = options
      const settle = (keep: boolean, outcome: () => void): void => {
        signal?.removeEventListener('abort', onAbort)
        port.onmessage = null
        port.onerror = null
        port.onmessageerror = null
        if (keep) release(port)
        else port.terminate()
        outcome()
      }
      const onAbort = (): void => {
        port.postMessage({ type: 'cancel', id }, [])
        settle(false, () => reject(abortError()))
      }
      const onBroken = (event: Event): void => {
        event.preventDefault()
        settle(false, () => reject(new Error(workerStopped(file.name))))
      }
      port.onmessage = ({ data: reply }) => {
        if (!isReplyTo(reply, id)) return
        if (reply.type === 'progress') {
          onProgress?.((reply.done / reply.total) * share, READING_STEP)
        } else if (reply.type === 'result') {
          settle(true, () => resolve(fromWire(reply.file)))
        } else {
          settle(reply.type !== 'failure', () => reject(errorFromReply(reply)))
        }
      }
      port.onerror = onBroken
      port.onmessageerror = onBroken
      signal?.addEventListener('abort', onAbort, { once: true })
      const bytes = transferable(file.bytes)
      port.postMessage({ type: 'read', id, name: file.name, bytes }, [bytes.buffer])
    })
  }

  async function clean(article: HtmlArticle, options: ExtractOptions): Promise<CountedDocument> {
    const { signal, onProgress } = options
    onProgress?.(HTML_READING_SHARE, CLEANING_STEP)
    try {
      return await sanitiseArticle(article, DOMPurify, {
        signal,
        onProgress: (done, total) =>
          onProgress?.(
            HTML_READING_SHARE + (done / total) * (1 - HTML_READING_SHARE),
            CLEANING_STEP,
          ),
      })
    } catch (error) {
      if (signal?.aborted) throw abortError()
      const detail = error instanceof Error ? error.message : String(error)
      throw new Error(couldNotRead(article.fileName, detail), { cause: error })
    }
  }

  return async function extractDocument(
    file: FileToRead,
    options: ExtractOptions = {},
  ): Promise<CountedDocument> {
    if (options.signal?.aborted) throw abortError()
    const html = formatOf(file.name, file.bytes.subarray(0, 8)) === 'html'
    if (html && !purifierWorksHere()) throw new ImportRefusal(file.name, PURIFIER_MISSING_REASON)
    options.onProgress?.(0, READING_STEP)
    const read = await readInWorker(file, options, html ? HTML_READING_SHARE : 1)
    return read.kind === 'document' ? read.document : clean(read.article, options)
  }
}

/**
 * Reads a file the analyst chose, in the app's import worker, into the document the
 * metadata sheet shows, with its words counted (`wordCount`) so the sheet need not count. The bytes are transferred to the worker: afterwards `file.bytes`
 * is empty (detached), unless it was a view over part of a larger buffer, which is copied
 * instead. Progress goes to `options.onProgress` as a fraction of the whole with the step
 * in words (READING_STEP, then CLEANING_STEP for a web page).
 *
 * Rejects with an ImportRefusal naming the file for what Casefile does not import
 * (including any web page where DOMPurify does not work); with a DOMException named
 * AbortError when `options.signal` aborts (the worker is terminated at once, so even a
 * stuck parse stops, and the next import starts a fresh one); and otherwise with an Error
 * whose message begins "<file name> could not be read: ".
 */
export const extractDocument: ExtractDocument = createImportClient()
