/**
 * Backups as the UI runs them: save one now, read a file to restore, restore it, erase
 * everything, and the desktop app's automatic daily backup.
 */
import type { CasefileApi, RollingBackupWrite, RollingBackupWritten } from '@shared/api'
import {
  countRows,
  fingerprintSource,
  rollingBackupFileName,
  workItems,
  type RequestedBackupKind,
} from '@shared/backup/rolling-policy'
import { APP_IDENTITY } from '../../host/app-identity'
import { db } from '../../db'
import {
  backupToJson,
  backupToJsonInSteps,
  createBackup,
  previewRestore,
  restoreBackup,
  wipeWorkspace,
} from '../../db/backup'
import type { Backup, BackupProblem, RestoreMode } from '@shared/backup/backup-format'
import { clearUndoHistory } from '../../db/undo-history'
import { announce, announceError } from '../../ui/status'
import { yieldEvery } from '../../ui/time-slices'
import { saveExport } from '../../host/exports/save-export'

/** A backup saved by hand is named like the day's automatic one: the local day. */
export function backupFileName(at: Date): string {
  return rollingBackupFileName('daily', at)
}

export async function backupJson(at = new Date()): Promise<string> {
  return backupToJson(await createBackup(db, APP_IDENTITY, at))
}

const keptListeners = new Set<() => void>()

/** Calls `listener` whenever an automatic backup was kept; returns the unsubscribe. */
export function onAutomaticBackupKept(listener: () => void): () => void {
  keptListeners.add(listener)
  return () => keptListeners.delete(listener)
}

async function keep(host: CasefileApi, backup: RollingBackupWrite): Promise<RollingBackupWritten> {
  const written = await host.writeRollingBackup(backup)
  for (const listener of keptListeners) listener()
  return written
}

/** How long the automatic backup's text is built before the UI thread gets a turn. */
const BACKUP_SLICE_MS = 8

/** SHA-256 hex of a backup's text without its time: equal for the same work. */
async function fingerprint(content: string): Promise<string> {
  const bytes = new TextEncoder().encode(fingerprintSource(content))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The workspace as an automatic backup of `kind`, with what the host's rule compares. */
async function automaticBackup(
  kind: RequestedBackupKind,
  acceptSmaller = false,
): Promise<RollingBackupWrite> {
  const backup = await createBackup(db, APP_IDENTITY, new Date())
  // In steps: an automatic backup runs while the analyst works.
  const content = await backupToJsonInSteps(backup, yieldEvery(BACKUP_SLICE_MS))
  const counts = countRows(backup.tables as unknown as Record<string, unknown>)
  return { content, kind, counts, fingerprint: await fingerprint(content), acceptSmaller }
}

/**
 * Keeps a copy of the workspace as it is before a restore, merge or erase replaces it.
 * Resolves to null when it is kept (or there is no work to keep), else to the sentence
 * saying why it could not be: the caller then changes nothing.
 */
export async function keepCopyBefore(
  host: CasefileApi,
  kind: Exclude<RequestedBackupKind, 'daily'>,
): Promise<string | null> {
  try {
    const backup = await automaticBackup(kind)
    if (workItems(backup.counts) === 0) return null
    await keep(host, backup)
    return null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return `Casefile could not first keep a copy of your work as it is now, so nothing was changed. ${reason}`
  }
}

export async function saveBackup(host: CasefileApi): Promise<boolean> {
  const at = new Date()
  return saveExport(
    host,
    () => backupJson(at),
    { suggestedName: backupFileName(at), format: 'json' },
    'The backup',
  )
}

export type RestorePreview =
  | { ok: true; summary: string[]; backup: Backup }
  | { ok: false; problems: readonly BackupProblem[] }

export async function previewBackupRestore(
  text: string,
  mode: RestoreMode,
): Promise<RestorePreview> {
  const preview = await previewRestore(db, text, mode)
  return preview.ok ? { ok: true, summary: preview.summary, backup: preview.backup } : preview
}

/**
 * Restores and says so; resolves to what was said, or to the problems when the file is
 * refused (nothing was written then). The dialog shows the same words: the status line is
 * behind it.
 */
export async function runRestore(
  host: CasefileApi,
  // The backup as the preview parsed it: checked again, not parsed again.
  backup: Backup,
  mode: RestoreMode,
  fileName: string,
): Promise<
  { ok: true; said: string } | { ok: false; problems: readonly (BackupProblem | string)[] }
> {
  const notKept = await keepCopyBefore(host, mode === 'replace' ? 'before-restore' : 'before-merge')
  if (notKept) return { ok: false, problems: [notKept] }
  // The benchmark splits the wait after the click into keeping the copy and the write.
  performance.mark('cf:restore:copy-kept')
  try {
    const result = await restoreBackup(db, backup, mode)
    performance.mark('cf:restore:written')
    if (!result.ok) return result
    clearUndoHistory()
    const said =
      mode === 'replace'
        ? `Backup restored from “${fileName}”: your work is as it was in the backup.`
        : `“${fileName}” merged into your work.`
    announce(said)
    // The restored work is backed up as the day's at once, not up to an hour later.
    void writeAutomaticBackup(host)
    return { ok: true, said }
  } catch (error) {
    announceError(error, 'The backup could not be restored; nothing was changed.')
    return { ok: false, problems: [] }
  }
}

/**
 * Keeps a copy, then erases, and says what happened: `erased` false when the copy could
 * not be kept or the erase failed (nothing was erased then).
 */
export async function eraseEverything(
  host: CasefileApi,
): Promise<{ erased: boolean; said: string }> {
  const notKept = await keepCopyBefore(host, 'before-erase')
  if (notKept) {
    announce(notKept, 'error')
    return { erased: false, said: notKept }
  }
  try {
    await wipeWorkspace(db)
    clearUndoHistory()
    const said =
      'Everything was erased. A copy was kept first: “Before erase” under Automatic backups brings it back.'
    announce(said)
    return { erased: true, said }
  } catch (error) {
    const said = `Nothing was erased: ${error instanceof Error ? error.message : String(error)}`
    announceError(error, 'Nothing was erased.')
    return { erased: false, said }
  }
}

/**
 * The day's automatic backup, kept by the host's rule. Resolves to the outcome, or null
 * when it failed (announced). A backup kept beside the others because it holds markedly
 * less is announced once, with the way to the Backup dialog.
 */
export async function writeAutomaticBackup(
  host: CasefileApi,
  acceptSmaller = false,
): Promise<RollingBackupWritten | null> {
  try {
    const written = await keep(host, await automaticBackup('daily', acceptSmaller))
    if (written.outcome === 'smaller') {
      announce(
        'Your work now holds much less than the last automatic backup, so today’s backup was kept beside it and replaced nothing. Open Backup to see both.',
      )
    }
    return written
  } catch (error) {
    announceError(error, 'The automatic backup could not be written.')
    return null
  }
}
