/**
 * The CasefileApi contract between the renderer and whichever host runs it (Electron
 * over IPC, or the web host over static files). The payload schemas are in
 * api-schemas.ts.
 */
import type { DocumentModel, DocumentSummary } from './corpus/document-model'

/** IPC channel names, `domain:verb`. The only channels main answers and preload calls. */
export const Channels = {
  listDocuments: 'documents:list',
  getDocument: 'documents:get',
  getAppInfo: 'app:info',
} as const

export type Channel = (typeof Channels)[keyof typeof Channels]

/** Where the renderer runs. */
export type HostKind = 'electron' | 'web'

/** Facts about the running app shown in About / storage. */
export interface AppInfo {
  name: string
  version: string
  host: HostKind
  /** Runtime versions worth reporting in a bug ("electron 45.4.1", "chrome 140"). */
  runtime: Record<string, string>
}

/** What the renderer may ask of its host. Every method rejects with a HostError on failure. */
export interface CasefileApi {
  /** Summaries of every bundled source, in no particular order. */
  listDocuments(): Promise<DocumentSummary[]>
  /** The full document; rejects with code `not-found` when no source has that id. */
  getDocument(id: string): Promise<DocumentModel>
  getAppInfo(): Promise<AppInfo>
}

export type ErrorCode = 'not-found' | 'invalid-input' | 'forbidden' | 'internal'

/** How every IPC answer travels: errors as data, not as exceptions crossing IPC. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

/** An error a host reports, with a code the renderer can act on and a message for people. */
export class HostError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'HostError'
    this.code = code
  }
}

/** Unwraps an envelope: the value, or a thrown HostError carrying the envelope's error. */
export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new HostError(envelope.error.code, envelope.error.message)
}
