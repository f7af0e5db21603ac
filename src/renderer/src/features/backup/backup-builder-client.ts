/**
 * The UI thread's side of building an automatic backup: a backup worker started for the one
 * backup builds it, and this thread receives only the finished text, counts and fingerprint.
 * When the worker cannot start, fails or stops, the backup is built here as before, so a
 * backup is never skipped because of the worker.
 */
import type { CasefileDatabase } from '../../db/database'
import type { AppIdentity } from '../../db/backup'
import { startBundleWorker } from '../../security/trusted-types'
import type { BuildReply, BuildRequest } from './backup-worker'
import backupWorkerUrl from './backup-worker.ts?worker&url'
import { buildBackup, type BuiltBackup } from './build-backup'

/**
 * A connection to one backup worker: a `Worker`, or in tests one end of a MessageChannel with
 * the worker's handler on the other. `terminate` must stop the worker at once.
 */
export interface BackupPort {
  postMessage(message: BuildRequest): void
  onmessage: ((event: MessageEvent<BuildReply>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  onmessageerror?: ((event: MessageEvent) => void) | null
  terminate(): void
}

/**
 * Starts the worker Vite bundles from `./backup-worker.ts` (the `?worker&url` import above),
 * through the Trusted Types policy that vouches only for the bundle's own scripts.
 */
export function startBackupWorker(): BackupPort {
  return startBundleWorker(backupWorkerUrl, 'casefile-backup')
}

/** Builds the backup in a worker from `connect`, stopped afterwards; rejects when it fails. */
export function buildInWorker(
  request: BuildRequest,
  connect: () => BackupPort = startBackupWorker,
): Promise<BuiltBackup> {
  return new Promise<BuiltBackup>((resolve, reject) => {
    const port = connect()
    const settle = (outcome: () => void): void => {
      port.onmessage = null
      port.onerror = null
      port.onmessageerror = null
      port.terminate()
      outcome()
    }
    const onBroken = (event: Event): void => {
      event.preventDefault()
      const message = (event as Partial<ErrorEvent>).message
      const detail = message ? `: ${message}` : ''
      settle(() => reject(new Error(`The backup worker stopped${detail}.`)))
    }
    port.onmessage = ({ data: reply }) => {
      if (reply.type === 'built') {
        const { content, counts, fingerprint } = reply
        settle(() => resolve({ content, counts, fingerprint }))
      } else {
        settle(() => reject(new Error(reply.message)))
      }
    }
    port.onerror = onBroken
    port.onmessageerror = onBroken
    port.postMessage(request)
  })
}

/**
 * The workspace in `db` as a backup made `at`, built in a backup worker, or on this thread
 * when the worker fails (then it fails, if it does, as a backup always has). The text is the
 * same either way: `backupToJson(await createBackup(db, app, at))`.
 */
export async function buildAutomaticBackup(
  db: CasefileDatabase,
  app: AppIdentity,
  at: Date,
  connect: () => BackupPort = startBackupWorker,
): Promise<BuiltBackup> {
  try {
    return await buildInWorker({ type: 'build', app, at, schemaVersion: db.verno }, connect)
  } catch (error) {
    console.warn(
      `Building the backup on the UI thread instead: ${error instanceof Error ? error.message : String(error)}`,
    )
    return buildBackup(db, db.verno, app, at)
  }
}
