/**
 * Reads a chosen backup file as text, refusing what cannot be a backup before parsing
 * it: a file too large to be one, or bytes that are not UTF-8 (a backup is always UTF-8;
 * another program may have re-saved it as UTF-16 or a legacy code page).
 */
import { backupSizeProblem, MAX_BACKUP_BYTES } from '@shared/backup/validate-backup'

export type ReadFileResult = { ok: true; text: string } | { ok: false; message: string }

export async function readBackupFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  maxBytes = MAX_BACKUP_BYTES,
): Promise<ReadFileResult> {
  const tooLarge = backupSizeProblem(file.size, maxBytes)
  if (tooLarge) return { ok: false, message: tooLarge.message }
  if (file.size === 0) return { ok: false, message: 'This file is empty.' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      message:
        'This file is UTF-16 text; Casefile backups are UTF-8. It may have been re-saved by another program: restore the original file.',
    }
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
    }
  } catch {
    return {
      ok: false,
      message:
        'This file is not UTF-8 text, so it is not a Casefile backup (or it was re-saved in another encoding).',
    }
  }
}
