/**
 * The desktop app's automatic backups, as files in a folder of their own: the day's own
 * (`casefile-backup-YYYY-MM-DD.json`) and the copies kept before a restore, merge or erase
 * or beside the others when smaller (`casefile-backup-YYYY-MM-DD-HHMMSS-<kind>.json`). What
 * to write and prune is decided by shared/backup/rolling-policy.ts; this module only
 * reads and writes files. Files whose names do not match are never read, replaced or
 * deleted, whatever else lands in the folder.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  HostError,
  type RollingBackup,
  type RollingBackupWrite,
  type RollingBackupWritten,
} from '../../shared/api'
import {
  countRows,
  fingerprintSource,
  listNewestFirst,
  localDay,
  parseRollingBackupName,
  planRollingWrite,
  type BackupCounts,
  type RollingBackupName,
  type RollingEntry,
} from '../../shared/backup/rolling-policy'
import { describeWriteError, errorCode } from '../files/fs-errors'
import { atomicWriteTarget, writeFileAtomic } from '../files/write-file-atomic'

/**
 * What the folder knows of each backup it wrote (kind, time, rows, fingerprint), so the
 * rule need not read every backup. A file missing from it (written by an older Casefile,
 * or before a crash let the index be written) is read once and added.
 */
export const BACKUP_INDEX_FILE = 'casefile-backups-index.json'

/**
 * A backup's temporary file older than this was left by a write that never finished (the
 * app quit or crashed mid-write); a younger one may belong to a write still under way.
 */
export const LEFTOVER_TEMPORARY_AGE_MS = 60 * 60 * 1000

interface IndexRecord {
  createdAt: number
  counts: BackupCounts | null
  fingerprint: string | null
  /** The file's size and last change when the record was made: a file that differs (a
   * crash between writing it and the index) is read again rather than trusted. */
  bytes?: number
  modifiedAt?: number
}

type BackupIndex = Record<string, IndexRecord>

/** SHA-256 hex of the backup's fingerprint source: the same value the renderer sends. */
export function backupFingerprint(content: string): string {
  return createHash('sha256').update(fingerprintSource(content), 'utf8').digest('hex')
}

/** Rows and fingerprint of a backup file's text; rows null when it is not readable JSON. */
function summarize(content: string): Pick<IndexRecord, 'counts' | 'fingerprint'> {
  let counts: BackupCounts | null = null
  try {
    const parsed = JSON.parse(content) as { tables?: unknown }
    if (parsed?.tables && typeof parsed.tables === 'object') {
      counts = countRows(parsed.tables as Record<string, unknown>)
    }
  } catch {
    // A damaged file: its rows are unknown, which the rule treats as work to keep.
  }
  return { counts, fingerprint: backupFingerprint(content) }
}

async function readIndex(dir: string): Promise<BackupIndex> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, BACKUP_INDEX_FILE), 'utf8'))
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as BackupIndex)
      : {}
  } catch {
    // Missing or damaged: rebuilt from the files themselves.
    return {}
  }
}

interface FolderState {
  entries: (RollingEntry & { bytes: number })[]
  names: string[]
  index: BackupIndex
  /** Whether `index` differs from the file (files read anew): worth saving. */
  indexChanged: boolean
}

/** Every automatic backup in `dir` with what the index (or the file itself) says of it. */
async function readFolder(dir: string): Promise<FolderState> {
  const names = await fileNames(dir)
  const stored = await readIndex(dir)
  const index: BackupIndex = {}
  const entries: FolderState['entries'] = []
  let indexChanged = Object.keys(stored).some((name) => !names.includes(name))
  for (const fileName of names) {
    const name = parseRollingBackupName(fileName)
    if (!name) continue
    let info
    try {
      info = await stat(join(dir, fileName))
    } catch (error) {
      // Pruned by another write between the listing and the stat.
      if (errorCode(error) === 'ENOENT') continue
      throw error
    }
    let record = stored[fileName]
    if (
      !isIndexRecord(record) ||
      record.bytes !== info.size ||
      record.modifiedAt !== info.mtimeMs
    ) {
      const content = await readFile(join(dir, fileName), 'utf8').catch(() => null)
      if (content === null) continue
      const createdAt = isIndexRecord(record) ? record.createdAt : writtenAt(name, info.mtime)
      record = { createdAt, ...summarize(content), bytes: info.size, modifiedAt: info.mtimeMs }
      indexChanged = true
    }
    index[fileName] = record
    entries.push({ fileName, kind: name.kind, ...record, bytes: info.size })
  }
  return { entries, names, index, indexChanged }
}

/**
 * When a backup missing from the index was written: the time in its name, or for a daily
 * backup its last change if that fell on its day (it is rewritten through the day), else
 * noon of its day (the file was copied or touched since).
 */
function writtenAt(name: RollingBackupName, modified: Date): number {
  const [year, month, date] = name.day.split('-').map(Number) as [number, number, number]
  if (name.time !== null) {
    const [h, m, s] = [0, 2, 4].map((i) => Number(name.time!.slice(i, i + 2))) as [
      number,
      number,
      number,
    ]
    return new Date(year, month - 1, date, h, m, s).getTime()
  }
  if (localDay(modified) === name.day) return modified.getTime()
  return new Date(year, month - 1, date, 12).getTime()
}

function isIndexRecord(value: unknown): value is IndexRecord {
  if (!value || typeof value !== 'object') return false
  const record = value as Partial<IndexRecord>
  return (
    typeof record.createdAt === 'number' &&
    (record.counts === null || typeof record.counts === 'object') &&
    (record.fingerprint === null || typeof record.fingerprint === 'string')
  )
}

// Writes to one folder run one at a time: each plans from what the one before left.
const queues = new Map<string, Promise<unknown>>()

/**
 * Keeps the backup `request` asks for, by the rolling rule, at `at`. Creates `dir` when
 * missing. The new file is on disk (atomically) before the index names it and before
 * anything is pruned, so a crash at any point loses no backup.
 */
export function writeRollingBackup(
  dir: string,
  request: RollingBackupWrite,
  at: Date,
): Promise<RollingBackupWritten> {
  const previous = queues.get(dir) ?? Promise.resolve()
  const run = previous.catch(() => undefined).then(() => writeNow(dir, request, at))
  queues.set(dir, run)
  const forget = () => {
    if (queues.get(dir) === run) queues.delete(dir)
  }
  run.then(forget, forget)
  return run
}

async function writeNow(
  dir: string,
  request: RollingBackupWrite,
  at: Date,
): Promise<RollingBackupWritten> {
  const before = await explainWriteError(() => readFolder(dir))
  const { content, ...asked } = request
  const plan = planRollingWrite(before.entries, asked, at)
  if (plan.action === 'skip') {
    // Files read anew are remembered, so the next listing need not read them again.
    if (before.indexChanged) {
      await explainWriteError(() =>
        writeFileAtomic(join(dir, BACKUP_INDEX_FILE), JSON.stringify(before.index)),
      )
    }
    return {
      outcome: 'unchanged',
      fileName: plan.same,
      kept: listNewestFirst(before.entries),
    }
  }
  await explainWriteError(async () => {
    await mkdir(dir, { recursive: true })
    const index = { ...before.index }
    if (plan.preserve) {
      // A rename keeps the file's bytes and time, so its record moves with it.
      await rename(join(dir, plan.preserve.from), join(dir, plan.preserve.to))
      index[plan.preserve.to] = index[plan.preserve.from]!
      delete index[plan.preserve.from]
    }
    const path = join(dir, plan.fileName)
    await writeFileAtomic(path, content)
    const info = await stat(path)
    index[plan.fileName] = {
      createdAt: at.getTime(),
      counts: request.counts,
      fingerprint: request.fingerprint,
      bytes: info.size,
      modifiedAt: info.mtimeMs,
    }
    for (const name of plan.prune) delete index[name]
    await writeFileAtomic(join(dir, BACKUP_INDEX_FILE), JSON.stringify(index))
  })
  // force: another write pruning at the same moment may have removed it already.
  await Promise.all(plan.prune.map((name) => rm(join(dir, name), { force: true })))
  await removeLeftoverTemporaries(dir, before.names, Date.now() - LEFTOVER_TEMPORARY_AGE_MS)
  return {
    outcome: plan.kind === 'smaller' ? 'smaller' : 'written',
    fileName: plan.fileName,
    kept: await listRollingBackups(dir),
  }
}

/** Runs `work`, turning a file system failure into words the analyst can act on. */
async function explainWriteError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const reason = describeWriteError(error)
    if (reason === null) throw error
    throw new HostError(
      'internal',
      `The automatic backup could not be written: ${reason}. Your work is still in Casefile; make a backup by hand to be safe.`,
    )
  }
}

/**
 * Deletes the temporary files of backup writes last modified before `before`: a crash
 * mid-write leaves one behind, each as large as a backup. Only temporaries of a backup's
 * (or the index's) name are touched; a failure to remove one is not worth failing the
 * backup that has just been written.
 */
async function removeLeftoverTemporaries(
  dir: string,
  names: readonly string[],
  before: number,
): Promise<void> {
  const temporaries = names.filter((name) => {
    const target = atomicWriteTarget(name)
    return (
      target !== null && (parseRollingBackupName(target) !== null || target === BACKUP_INDEX_FILE)
    )
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

/** The automatic backups in `dir`, newest first; [] when none. */
export async function listRollingBackups(dir: string): Promise<RollingBackup[]> {
  return listNewestFirst((await readFolder(dir)).entries)
}

/**
 * The content of the automatic backup `fileName`. Only a name that matches the pattern
 * (else `invalid-input`) and is on disk right now (else `not-found`) is read, so no
 * request can reach another file.
 */
export async function readRollingBackup(dir: string, fileName: string): Promise<string> {
  if (parseRollingBackupName(fileName) === null) {
    throw new HostError('invalid-input', `“${fileName}” is not the name of an automatic backup.`)
  }
  const notFound = new HostError(
    'not-found',
    `There is no automatic backup named “${fileName}” any more: older ones are removed as newer ones are kept.`,
  )
  if (!(await fileNames(dir)).includes(fileName)) throw notFound
  try {
    return await readFile(join(dir, fileName), 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw notFound
    throw error
  }
}

/** Names of the plain files in `dir` (a folder with a backup's name is not a backup). */
async function fileNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}
