/**
 * An automatic backup built whole: the file's text, its rows counted and its fingerprint,
 * what the host's rolling rule needs. The backup worker builds it (backup-worker.ts); the
 * UI thread builds it the same way when the worker cannot (backup-builder-client.ts).
 */
import { countRows, fingerprintSource, type BackupCounts } from '@shared/backup/rolling-policy'
import {
  backupToJson,
  createBackupFrom,
  type AppIdentity,
  type BackupSource,
} from '../../db/backup'

export interface BuiltBackup {
  /** The file's text, exactly as `backupToJson(createBackup(...))` gives it. */
  content: string
  counts: BackupCounts
  fingerprint: string
}

/** SHA-256 hex of a backup's text without its time: equal for the same work. */
export async function fingerprint(content: string): Promise<string> {
  const bytes = new TextEncoder().encode(fingerprintSource(content))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Reads every table of `db` in one transaction and builds the backup made `at`, recording
 * `schemaVersion` as the database's version.
 */
export async function buildBackup(
  db: BackupSource,
  schemaVersion: number,
  app: AppIdentity,
  at: Date,
): Promise<BuiltBackup> {
  const backup = await createBackupFrom(db, schemaVersion, app, at)
  const content = backupToJson(backup)
  const counts = countRows(backup.tables as unknown as Record<string, unknown>)
  return { content, counts, fingerprint: await fingerprint(content) }
}
