/**
 * The automatic rolling backup: one file per day, `casefile-backup-YYYY-MM-DD.json`, in a
 * folder of its own, the most recent five days kept. Files whose names do not match that
 * pattern are never read, replaced or deleted, whatever else lands in the folder.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { HostError, type RollingBackup, type RollingBackupWritten } from '../../shared/api'
import { ROLLING_BACKUP_NAME } from '../../shared/api-schemas'
import { describeWriteError, errorCode } from '../files/fs-errors'
import { atomicWriteTarget, writeFileAtomic } from '../files/write-file-atomic'

/** How many daily backups stay on disk. */
export const ROLLING_BACKUPS_KEPT = 5

/**
 * A backup's temporary file older than this was left by a write that never finished (the
 * app quit or crashed mid-write); a younger one may belong to a write still under way.
 */
export const LEFTOVER_TEMPORARY_AGE_MS = 60 * 60 * 1000

/**
 * The backup file name for the day `at` falls on in the computer's local time zone: the
 * analyst's own calendar day, so a backup made at half past midnight belongs to the new
 * day as they see it. (After crossing time zones a day may be skipped or written twice;
 * either way the newest backup is kept.)
 */
export function rollingBackupFileName(at: Date): string {
  const year = String(at.getFullYear()).padStart(4, '0')
  const month = String(at.getMonth() + 1).padStart(2, '0')
  const day = String(at.getDate()).padStart(2, '0')
  return `casefile-backup-${year}-${month}-${day}.json`
}

/** The day (`YYYY-MM-DD`) in a rolling backup's name, or null for any other name. */
export function rollingBackupDay(fileName: string): string | null {
  return ROLLING_BACKUP_NAME.exec(fileName)?.[1] ?? null
}

/** The rolling backup names among `names`, newest day first; other names are dropped. */
export function rollingBackupsNewestFirst(names: readonly string[]): string[] {
  return names
    .filter((name) => rollingBackupDay(name) !== null)
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
}

/**
 * Which rolling backups to delete once `current` has been written: all but the newest
 * `keep`, counting `current` among the kept whatever its date, so a backup just written
 * survives even when a wrong clock once left files dated in the future. Names that are
 * not rolling backups are never listed.
 */
export function rollingBackupsToPrune(
  names: readonly string[],
  current: string,
  keep: number = ROLLING_BACKUPS_KEPT,
): string[] {
  const others = rollingBackupsNewestFirst(names).filter((name) => name !== current)
  return others.slice(Math.max(0, keep - 1))
}

/**
 * Writes `content` as the backup of the day `at` falls on, atomically replacing one
 * already written that day, then deletes all but the five most recent rolling backups.
 * Creates `dir` when missing. Answers the file written and the files kept, newest first.
 */
export async function writeRollingBackup(
  dir: string,
  content: string,
  at: Date,
): Promise<RollingBackupWritten> {
  const fileName = rollingBackupFileName(at)
  try {
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(join(dir, fileName), content)
  } catch (error) {
    const reason = describeWriteError(error)
    if (reason === null) throw error
    throw new HostError(
      'internal',
      `The automatic backup could not be written: ${reason}. Your work is still in Casefile; make a backup by hand to be safe.`,
    )
  }
  const names = await backupFileNames(dir)
  const pruned = rollingBackupsToPrune(names, fileName)
  // force: another write pruning at the same moment may have removed it already.
  await Promise.all(pruned.map((name) => rm(join(dir, name), { force: true })))
  await removeLeftoverTemporaries(dir, names, Date.now() - LEFTOVER_TEMPORARY_AGE_MS)
  const kept = rollingBackupsNewestFirst(names).filter((name) => !pruned.includes(name))
  return { fileName, kept }
}

/**
 * Deletes the temporary files of rolling-backup writes last modified before `before`: a
 * crash mid-write leaves one behind, each as large as a backup. Only temporaries of a
 * rolling backup's name are touched; a failure to remove one is not worth failing the
 * backup that has just been written.
 */
async function removeLeftoverTemporaries(
  dir: string,
  names: readonly string[],
  before: number,
): Promise<void> {
  const temporaries = names.filter((name) => {
    const target = atomicWriteTarget(name)
    return target !== null && rollingBackupDay(target) !== null
  })
  await Promise.all(
    temporaries.map(async (name) => {
      const path = join(dir, name)
      try {
        if ((await stat(path)).mtimeMs < before) await rm(path, { force: true })
      } catch {
        // Gone already (another write cleaned it), or not removable: leave it for next time.
      }
    }),
  )
}

/** The rolling backups in `dir`, newest first, with their day and size; [] when none. */
export async function listRollingBackups(dir: string): Promise<RollingBackup[]> {
  const found = await Promise.all(
    rollingBackupsNewestFirst(await backupFileNames(dir)).map(async (fileName) => {
      try {
        const { size } = await stat(join(dir, fileName))
        return { fileName, date: rollingBackupDay(fileName) ?? '', bytes: size }
      } catch (error) {
        // Pruned between the listing and the stat: it is simply no longer there.
        if (errorCode(error) === 'ENOENT') return null
        throw error
      }
    }),
  )
  return found.filter((info) => info !== null)
}

/**
 * The content of the rolling backup `fileName`. Only a name that matches the pattern
 * (else `invalid-input`) and is on disk right now (else `not-found`) is read, so no
 * request can reach another file.
 */
export async function readRollingBackup(dir: string, fileName: string): Promise<string> {
  if (rollingBackupDay(fileName) === null) {
    throw new HostError('invalid-input', `“${fileName}” is not the name of an automatic backup.`)
  }
  const listed = await listRollingBackups(dir)
  const notFound = new HostError(
    'not-found',
    `There is no automatic backup named “${fileName}”. Only the last ${ROLLING_BACKUPS_KEPT} days are kept.`,
  )
  if (!listed.some((info) => info.fileName === fileName)) throw notFound
  try {
    return await readFile(join(dir, fileName), 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw notFound
    throw error
  }
}

/** Names of the plain files in `dir` (a folder with a backup's name is not a backup). */
async function backupFileNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}
