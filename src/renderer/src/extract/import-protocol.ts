/**
 * The messages between the import client (UI thread) and the import worker, and how an
 * error crosses between them: structured clone drops an Error's class, so a refusal, a
 * cancel and a failure each travel as plain data and are rebuilt as what they were.
 */
import { ImportRefusal } from '@shared/import/extracted'
import type { HtmlArticle } from '@shared/import/html-article'
import type { ExtractedFile } from './extract-file'

/** Client to worker: read this file. `bytes` is transferred, not copied. */
export interface ReadRequest {
  type: 'read'
  id: number
  name: string
  bytes: Uint8Array
}

/** Client to worker: stop reading request `id` at the next page or chunk. */
export interface CancelRequest {
  type: 'cancel'
  id: number
}

export type ClientMessage = ReadRequest | CancelRequest

/** Worker to client: `done` of `total` steps (pages, for a PDF) of request `id` are read. */
export interface ProgressReply {
  type: 'progress'
  id: number
  done: number
  total: number
}

export interface ResultReply {
  type: 'result'
  id: number
  file: WireFile
}

/**
 * A web page's article as it crosses to the UI thread: its chunks as one string and where
 * each ends. Hundreds of chunk strings would be deserialised one by one into the UI
 * thread's young generation, on a busy machine with a scavenge of tens of ms inside the
 * receiving task; one string of megabytes goes straight to large-object space, and the
 * chunks are cut from it on arrival (`fromWire`: slices, one short pass).
 */
export interface WireArticle extends Omit<HtmlArticle, 'chunks'> {
  html: string
  /** The end of chunk i in `html`; chunk i starts where chunk i - 1 ends (0 for the first). */
  chunkEnds: Uint32Array
}

/** An ExtractedFile as the worker posts it. */
export type WireFile =
  Exclude<ExtractedFile, { kind: 'article' }> | { kind: 'article'; article: WireArticle }

/** `file` ready to post: an article's chunks joined (see WireArticle), a document as it is. */
export function toWire(file: ExtractedFile): WireFile {
  if (file.kind !== 'article') return file
  const { chunks, ...rest } = file.article
  const chunkEnds = new Uint32Array(chunks.length)
  let end = 0
  chunks.forEach((chunk, i) => (chunkEnds[i] = end += chunk.length))
  return { kind: 'article', article: { ...rest, html: chunks.join(''), chunkEnds } }
}

/** The ExtractedFile a posted `file` was made from (the chunks cut from the joined HTML). */
export function fromWire(file: WireFile): ExtractedFile {
  if (file.kind !== 'article') return file
  const { html, chunkEnds, ...rest } = file.article
  const chunks: string[] = []
  let start = 0
  for (const end of chunkEnds) {
    chunks.push(html.slice(start, end))
    start = end
  }
  return { kind: 'article', article: { ...rest, chunks } }
}

/** The file is one Casefile does not import; `reason` follows the file name. */
export interface RefusalReply {
  type: 'refusal'
  id: number
  fileName: string
  reason: string
}

/** The read stopped because it was cancelled. */
export interface CancelledReply {
  type: 'cancelled'
  id: number
}

/** The reader failed; `message` already names the file and says what happened. */
export interface FailureReply {
  type: 'failure'
  id: number
  message: string
}

export type WorkerReply = ProgressReply | ResultReply | RefusalReply | CancelledReply | FailureReply

/** A reply that ends a request in an error. */
export type ErrorReply = RefusalReply | CancelledReply | FailureReply

/**
 * Whether `data` is a reply to request `id`. A worker's port carries messages that are not
 * replies too: pdfjs, loaded into the import worker, announces itself ("ready") on it.
 */
export function isReplyTo(data: unknown, id: number): data is WorkerReply {
  if (typeof data !== 'object' || data === null) return false
  const { id: replyId, type } = data as { id?: unknown; type?: unknown }
  return replyId === id && typeof type === 'string'
}

/** The words for a file that failed for a reason other than a refusal. */
export function couldNotRead(fileName: string, detail: string): string {
  const said = detail.trim().replace(/[.\s]+$/, '') || 'an unexpected error'
  return `${fileName} could not be read: ${said}. Check that it opens in its usual program; if it does, please report this.`
}

/** The error the standard library raises on abort, so callers test one thing: its name. */
export function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError')
}

function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  )
}

/** The reply the worker sends for an error thrown while reading `fileName`. */
export function replyForError(id: number, fileName: string, error: unknown): ErrorReply {
  if (error instanceof ImportRefusal) {
    return { type: 'refusal', id, fileName: error.fileName, reason: error.reason }
  }
  if (isAbortError(error)) return { type: 'cancelled', id }
  const detail = error instanceof Error ? error.message : String(error)
  return { type: 'failure', id, message: couldNotRead(fileName, detail) }
}

/**
 * The error the client rejects with for an error reply: an ImportRefusal, a DOMException
 * named AbortError, or an Error whose message names the file.
 */
export function errorFromReply(reply: ErrorReply): Error {
  switch (reply.type) {
    case 'refusal':
      return new ImportRefusal(reply.fileName, reply.reason)
    case 'cancelled':
      return abortError()
    case 'failure':
      return new Error(reply.message)
  }
}
