/**
 * The CasefileApi contract between the renderer and whichever host runs it (Electron
 * over IPC, or the web host over static files). The payload schemas are in
 * api-schemas.ts.
 */
import type { ListedBackup, RollingBackupRequest } from './backup/rolling-policy'
import type { DocumentModel, DocumentSummary } from './corpus/document-model'

/** IPC channel names, `domain:verb`. The only channels main answers and preload calls. */
export const Channels = {
  listDocuments: 'documents:list',
  getDocument: 'documents:get',
  getAppInfo: 'app:info',
  saveExport: 'exports:save',
  writeRollingBackup: 'backups:write',
  listRollingBackups: 'backups:list',
  readRollingBackup: 'backups:read',
  pickImportFiles: 'imports:pick',
} as const

export type Channel = (typeof Channels)[keyof typeof Channels]

/**
 * Events main sends the renderer, `domain:event`: the only ones the preload listens to.
 * They carry nothing, so no payload from main needs checking in the page.
 */
export const HostEvents = {
  /** The analyst chose File > Import Documents… in the desktop app's menu. */
  importRequested: 'imports:requested',
} as const

export type HostEvent = (typeof HostEvents)[keyof typeof HostEvents]

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

/** The kinds of file an export can be; each has one file extension (`exportExtensions`). */
export type ExportFormat = 'markdown' | 'json' | 'jsonld' | 'csv'

/** The extension, without its dot, that a saved file of each format carries. */
export const exportExtensions: Readonly<Record<ExportFormat, string>> = {
  markdown: 'md',
  json: 'json',
  jsonld: 'jsonld',
  csv: 'csv',
}

/** An export the renderer asks its host to save. It never says where: the analyst chooses. */
export interface SaveExportRequest {
  /**
   * A plain file name (no folder, no separators, no `..`, at most 200 characters). The
   * format's extension is appended when missing.
   */
  suggestedName: string
  /** The whole file, written as UTF-8 exactly as given. */
  content: string
  format: ExportFormat
}

/** What became of an export: `saved: false, fileName: null` when the analyst cancelled. */
export interface SaveExportResult {
  saved: boolean
  /** The saved file's base name (never its folder). */
  fileName: string | null
}

/** What the renderer hands its host to keep as an automatic backup. */
export interface RollingBackupWrite extends RollingBackupRequest {
  /** The backup file, exactly as a restore reads it. */
  content: string
}

/** What became of an automatic backup the renderer asked for. */
export interface RollingBackupWritten {
  /**
   * `written`: kept as asked; `smaller`: a daily backup holding markedly less than the
   * last one, kept beside the others instead of replacing any; `unchanged`: the same work
   * is already backed up, nothing written.
   */
  outcome: 'written' | 'smaller' | 'unchanged'
  /** The file written, or the one already holding this work; null when nothing was. */
  fileName: string | null
  /** The automatic backups kept afterwards, newest first. */
  kept: RollingBackup[]
}

/** One automatic backup the host keeps (its file name, kind, local day, time, size, rows). */
export type RollingBackup = ListedBackup

/**
 * A file the analyst chose to import: its base name (never its folder) with either its
 * bytes or the reason it was refused before being read, a sentence that follows the name
 * ("is larger than the 50 MB Casefile imports.").
 */
export type PickedFile = { name: string; bytes: Uint8Array } | { name: string; refusal: string }

/** How many files the analyst may choose at once. */
export interface PickImportOptions {
  multiple: boolean
}

/** What the renderer may ask of its host. Every method rejects with a HostError on failure. */
export interface CasefileApi {
  /** Summaries of every bundled source, in no particular order. */
  listDocuments(): Promise<DocumentSummary[]>
  /** The full document; rejects with code `not-found` when no source has that id. */
  getDocument(id: string): Promise<DocumentModel>
  getAppInfo(): Promise<AppInfo>
  /**
   * Saves an export where the analyst chooses: a native Save dialog in Electron, a
   * download in the web host. Rejects with `invalid-input` for a name that is not a
   * plain file name or content over the size cap.
   */
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>
  /**
   * Keeps an automatic backup by the rule in shared/backup/rolling-policy.ts: the day's
   * own (replacing that day's earlier one, unless it holds markedly less), or a copy made
   * before a restore, merge or erase. The desktop app keeps files in its data folder, the
   * web host a second IndexedDB database. Rejects with `invalid-input` for a request
   * over the size cap and `internal` when the backup cannot be stored.
   */
  writeRollingBackup(request: RollingBackupWrite): Promise<RollingBackupWritten>
  /** The automatic backups kept, newest first. */
  listRollingBackups(): Promise<RollingBackup[]>
  /**
   * The content of one automatic backup. Rejects with `invalid-input` for a name that is
   * not a rolling backup's name and `not-found` for one that is not on disk.
   */
  readRollingBackup(fileName: string): Promise<string>
  /**
   * Asks the analyst for files to import (a native Open dialog in Electron, the browser's
   * file chooser in the web host; call it from a click, or the browser ignores it). The
   * files come back in the order chosen; one over MAX_IMPORT_BYTES, or one that cannot be
   * read, comes back with its refusal instead of bytes. An empty file comes back with no
   * bytes: the readers refuse it in their own words. `[]` when the analyst cancels.
   * `multiple: false` lets only one file be chosen (a re-import); several by default.
   */
  pickImportFiles(options?: PickImportOptions): Promise<PickedFile[]>
  /**
   * Calls `listener` each time the analyst asks to import from outside the page (the
   * desktop app's File > Import Documents… menu item). The web host has no such menu and
   * never calls it. Returns a function that stops the calls.
   */
  onImportRequested(listener: () => void): () => void
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
