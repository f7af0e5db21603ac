/**
 * Reads a backup file's text and checks all of it (size, JSON syntax, format marker,
 * version, every record's shape and values, unique keys, references) before anything is
 * restored, so a refused file never touches the database; then mends what can be mended
 * and says so.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup } from './backup-format'
import { integrityProblems } from './backup-integrity'
import { capProblems, type BackupProblem, type BackupRepair } from './backup-problem'
import { MAX_FILE_BYTES, megabytes, textOverCap, utf8ByteLength } from '../file-size'
import { repairBackup } from './backup-repair'
import { describeJsonSyntaxError } from './json-syntax'
import { migrateBackup } from './migrate-backup'
import { recordProblems } from './record-problems'
import { describeSchemaIssue } from './schema-issues'

/**
 * The largest backup restored: the one file cap (shared/file-size.ts), the same as for
 * saving one, so a backup that was saved can be restored and the other way round.
 */
export const MAX_BACKUP_BYTES = MAX_FILE_BYTES

/**
 * A backup ready to restore, with what was mended on reading it (for the plan to say), or
 * why it cannot be restored.
 */
export type ReadBackupResult =
  { ok: true; backup: Backup; repairs: BackupRepair[] } | { ok: false; problems: BackupProblem[] }

export interface CheckBackupOptions {
  /** The time of the restore, epoch milliseconds (default: the clock now). */
  now?: number
}

export interface ReadBackupOptions extends CheckBackupOptions {
  /** Refuse files larger than this many bytes (default MAX_BACKUP_BYTES). */
  maxBytes?: number
}

/**
 * A problem when a file of `byteLength` bytes is over `maxBytes`, else null. Callers with
 * a File check its `size` with this before reading it into memory at all.
 */
export function backupSizeProblem(
  byteLength: number,
  maxBytes: number = MAX_BACKUP_BYTES,
): BackupProblem | null {
  if (byteLength <= maxBytes) return null
  return {
    kind: 'too-large',
    message: `This file is ${megabytes(byteLength)}; Casefile restores backups of up to ${megabytes(maxBytes)}. Check that it is a Casefile backup.`,
  }
}

/** The byte length of `text` only as far as needed to compare it with `maxBytes`. */
function textSizeProblem(text: string, maxBytes: number): BackupProblem | null {
  if (!textOverCap(text, maxBytes)) return null
  return backupSizeProblem(text.length > maxBytes ? text.length : utf8ByteLength(text), maxBytes)
}

const refuse = (kind: BackupProblem['kind'], message: string): ReadBackupResult => ({
  ok: false,
  problems: [{ kind, message }],
})

function versionProblem(version: unknown): string | null {
  if (version === undefined) {
    return 'This backup has no version number, so Casefile cannot tell how to read it.'
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `This backup says it is version ${JSON.stringify(version)}, which no Casefile has written: it cannot be restored.`
  }
  if (version > BACKUP_VERSION) {
    return `This backup is version ${version}, made by a newer Casefile (this one reads up to version ${BACKUP_VERSION}). Update Casefile to restore it.`
  }
  return null
}

/**
 * Parses and checks a backup file. On success the backup is of the current version (older
 * versions are migrated); otherwise every problem found, capped at MAX_REPORTED_PROBLEMS,
 * each a sentence saying what is wrong and where. Never throws.
 */
export function readBackup(text: string, options: ReadBackupOptions = {}): ReadBackupResult {
  const tooLarge = textSizeProblem(text, options.maxBytes ?? MAX_BACKUP_BYTES)
  if (tooLarge) return { ok: false, problems: [tooLarge] }

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return refuse('not-json', describeJsonSyntaxError(text, error))
  }
  return checkBackup(parsed, options)
}

/**
 * Checks an already parsed backup (format marker, version, every record's shape and values,
 * unique keys, references, loops of relative dates), migrating an older version first, then
 * mends what the app never writes but whose truth is plain (see repairBackup), returning
 * what it mended. Checking the backup this returns again finds nothing more to mend. Never
 * throws.
 */
export function checkBackup(parsed: unknown, options: CheckBackupOptions = {}): ReadBackupResult {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return refuse('not-a-backup', `Not a Casefile backup (no "format": "${BACKUP_FORMAT}").`)
  }
  const file = parsed as Record<string, unknown>
  if (file.format !== BACKUP_FORMAT) {
    return refuse('not-a-backup', `Not a Casefile backup (no "format": "${BACKUP_FORMAT}").`)
  }
  const versionTrouble = versionProblem(file.version)
  if (versionTrouble) return refuse('version', versionTrouble)
  const current = migrateBackup(file, file.version as number)
  if (!current) {
    return refuse(
      'version',
      `This backup is version ${String(file.version)}, which this Casefile cannot upgrade: it cannot be restored.`,
    )
  }

  const shape = backupSchema.safeParse(current)
  if (!shape.success) {
    const problems = shape.error.issues.map((issue): BackupProblem => ({
      kind: 'shape',
      message: describeSchemaIssue(issue, current),
    }))
    return { ok: false, problems: capProblems(problems) }
  }
  const inconsistencies = [
    ...recordProblems(shape.data.tables),
    ...integrityProblems(shape.data.tables),
  ]
  if (inconsistencies.length > 0) return { ok: false, problems: capProblems(inconsistencies) }
  const { backup, repairs } = repairBackup(shape.data, { now: options.now ?? Date.now() })
  return { ok: true, backup, repairs }
}
