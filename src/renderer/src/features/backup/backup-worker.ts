/**
 * The backup worker: builds an automatic backup off the UI thread, where serialising a large
 * workspace took seconds in one task and froze typing and scrolling. It reads the analyst's
 * database through a connection of its own, opened as the indexing workers open it (at the
 * version it has, declaring no schema, so it never upgrades it), and builds the text with
 * the same code as the UI thread (build-backup.ts). Its whole behaviour is
 * `handleBackupMessage`; the lines at the end connect it to the worker's port only when this
 * module runs as a worker.
 */
import '@shared/zod-without-eval'
import { Dexie } from 'dexie'
import type { AppIdentity } from '../../db/backup'
import { schemaVersionOf } from '../../db/newer-database'
import { ANALYST_DATABASE_NAME } from '../../indexing/analyst-database'
import { buildBackup, type BuiltBackup } from './build-backup'

/** What the client asks: one backup, made `at`, of a database at `schemaVersion`. */
export interface BuildRequest {
  type: 'build'
  app: AppIdentity
  at: Date
  /** The UI thread's database version: a database at any other is not read here. */
  schemaVersion: number
}

export type BuildReply = ({ type: 'built' } & BuiltBackup) | { type: 'failed'; message: string }

export interface BackupDatabaseOptions {
  name?: string
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
}

/**
 * Builds the backup `request` asks for from the database as it is, in one read transaction.
 * Rejects without reading when the database is at another schema version than the UI
 * thread's (not yet upgraded, or written by a newer Casefile): the client then builds on the
 * UI thread, which opens, upgrades or refuses the database as the app does.
 */
export async function buildBackupHere(
  request: BuildRequest,
  options: BackupDatabaseOptions = {},
): Promise<BuiltBackup> {
  const { name = ANALYST_DATABASE_NAME, ...factory } = options
  const db = new Dexie(name, { ...factory, cache: 'disabled' })
  try {
    await db.open()
    const found = schemaVersionOf(db.backendDB().version)
    if (found !== request.schemaVersion) {
      throw new Error(
        `The database is at schema version ${found}, not ${request.schemaVersion}; it is backed up on the UI thread.`,
      )
    }
    return await buildBackup(db, request.schemaVersion, request.app, request.at)
  } finally {
    db.close()
  }
}

/** Handles one request: posts exactly one reply, `built` or `failed`; never rejects. */
export async function handleBackupMessage(
  request: BuildRequest,
  post: (reply: BuildReply) => void,
  options: BackupDatabaseOptions = {},
): Promise<void> {
  try {
    post({ type: 'built', ...(await buildBackupHere(request, options)) })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}

/** The part of a dedicated worker's global scope this module uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null
  postMessage(reply: BuildReply): void
}

// Only inside a worker: imported by a test or the UI thread, the module installs nothing.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope
  scope.onmessage = (event) =>
    void handleBackupMessage(event.data, (reply) => scope.postMessage(reply))
}
