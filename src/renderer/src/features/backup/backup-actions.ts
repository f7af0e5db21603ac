/**
 * Backups as the UI runs them: save one now, read a file to restore, restore it, erase
 * everything, and the desktop app's automatic daily backup.
 */
import type { CasefileApi } from '@shared/api'
import { isoDay } from '@shared/brief/brief-spec'
import { APP_IDENTITY } from '../../app/app-identity'
import { db } from '../../db'
import {
  backupToJson,
  createBackup,
  previewRestore,
  restoreBackup,
  wipeWorkspace,
} from '../../db/backup'
import type { Backup, BackupProblem, RestoreMode } from '@shared/backup/backup-format'
import { clearUndoHistory } from '../../db/undo-history'
import { announce, announceError } from '../../ui/status'
import { saveExport } from '../exports/save-export'

export function backupFileName(at: Date): string {
  return `casefile-backup-${isoDay(at)}.json`
}

export async function backupJson(at = new Date()): Promise<string> {
  return backupToJson(await createBackup(db, APP_IDENTITY, at))
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
  // The backup as the preview parsed it: checked again, not parsed again.
  backup: Backup,
  mode: RestoreMode,
  fileName: string,
): Promise<{ ok: true; said: string } | { ok: false; problems: readonly BackupProblem[] }> {
  try {
    const result = await restoreBackup(db, backup, mode)
    if (!result.ok) return result
    clearUndoHistory()
    const said =
      mode === 'replace'
        ? `Backup restored from “${fileName}”: your work is as it was in the backup.`
        : `“${fileName}” merged into your work.`
    announce(said)
    return { ok: true, said }
  } catch (error) {
    announceError(error, 'The backup could not be restored; nothing was changed.')
    return { ok: false, problems: [] }
  }
}

/** Erases and says so; resolves to what was said, or null when nothing was erased. */
export async function eraseEverything(): Promise<string | null> {
  try {
    await wipeWorkspace(db)
    clearUndoHistory()
    const said = 'Everything was erased. A backup brings it back.'
    announce(said)
    return said
  } catch (error) {
    announceError(error, 'Nothing was erased.')
    return null
  }
}

/** The desktop app keeps one backup a day (the last five); the web host keeps none. */
export async function writeAutomaticBackup(host: CasefileApi): Promise<void> {
  try {
    await host.writeRollingBackup(await backupJson())
  } catch (error) {
    announceError(error, 'The automatic backup could not be written.')
  }
}
