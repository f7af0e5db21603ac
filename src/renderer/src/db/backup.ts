/**
 * Backup and restore of the whole workspace. A backup is read in one transaction, so it is
 * one moment's consistent snapshot. A restore checks the entire file first, then writes in
 * one transaction over every table: when anything fails, IndexedDB aborts it and the
 * database is exactly as it was (no table is ever cleared outside that transaction).
 */
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type BackupTableName,
  type BackupTables,
} from '@shared/backup/backup-format'
import type { BackupProblem, BackupRepair } from '@shared/backup/backup-problem'
import { describePlan } from '@shared/backup/describe-plan'
import {
  planReplace,
  planRestore,
  type ExistingKeys,
  type RestoreMode,
  type RestorePlan,
  type TableCounts,
} from '@shared/backup/restore-plan'
import { stringifyInSteps } from '@shared/backup/stringify-in-steps'
import { checkBackup, readBackup, type ReadBackupOptions } from '@shared/backup/validate-backup'
import type { Table } from 'dexie'
import type { CasefileDatabase } from './database'
import { recordFromRows, rowsFromRecord } from './document-rows'
import type { ImportedDocumentRecord } from './records'
import { isQuotaExceeded } from './storage-errors'

export type { Backup, BackupProblem, BackupRepair, RestoreMode, RestorePlan }

/** The app that made a backup, recorded in it. */
export interface AppIdentity {
  name: string
  version: string
}

/** Every table a backup reads or a restore writes: the backup's, and the documents' texts. */
export function allTables(db: CasefileDatabase): Table[] {
  return [...BACKUP_TABLES.map((name) => db.table(name)), db.documentTexts]
}

/** Every imported document whole, as a backup carries it; call inside a transaction. */
async function readDocumentRecords(db: CasefileDatabase): Promise<ImportedDocumentRecord[]> {
  const [rows, texts] = await Promise.all([db.documents.toArray(), db.documentTexts.toArray()])
  const textOf = new Map(texts.map((text) => [text.id, text]))
  return rows.map((row) => recordFromRows(row, textOf.get(row.id)))
}

/** Every row of every table; call inside a transaction over all of them. */
export async function readAllTables(db: CasefileDatabase): Promise<BackupTables> {
  const [documents, highlights, claims, evidence, timelines, events, settings, grades, briefs] =
    await Promise.all([
      readDocumentRecords(db),
      db.highlights.toArray(),
      db.claims.toArray(),
      db.evidence.toArray(),
      db.timelines.toArray(),
      db.events.toArray(),
      db.settings.toArray(),
      db.sourceGrades.toArray(),
      db.briefs.toArray(),
    ])
  return {
    documents,
    highlights,
    claims,
    evidence,
    timelines,
    events,
    settings,
    sourceGrades: grades,
    briefs,
  }
}

/** The primary keys of every table; call inside a transaction over all of them. */
async function readAllKeys(db: CasefileDatabase): Promise<ExistingKeys> {
  const keys = await Promise.all(
    BACKUP_TABLES.map((name) => db.table(name).toCollection().primaryKeys()),
  )
  return Object.fromEntries(
    BACKUP_TABLES.map((name, index) => [name, keys[index] as string[]]),
  ) as unknown as ExistingKeys
}

/**
 * The plan for restoring `backup` over the database as it is now; call inside a
 * transaction over every table. A replace reads only keys, a merge compares whole rows.
 */
async function planAgainstDatabase(
  db: CasefileDatabase,
  backup: Backup,
  mode: RestoreMode,
): Promise<RestorePlan> {
  if (mode === 'replace') return planReplace(await readAllKeys(db), backup)
  return planRestore(await readAllTables(db), backup, 'merge')
}

/** A backup of everything in the database, read as one consistent snapshot. */
export async function createBackup(
  db: CasefileDatabase,
  app: AppIdentity,
  now: Date = new Date(),
): Promise<Backup> {
  const tables = await db.transaction('r', allTables(db), () => readAllTables(db))
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    app: { name: app.name, version: app.version },
    schemaVersion: db.verno,
    tables,
  }
}

/**
 * Plain objects with their keys in sorted order, so the same workspace always gives the
 * same file (diffable, and tests can compare text). Arrays keep their order.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  // No prototype, so a key named "__proto__" (possible in a setting's value) stays a key.
  const sorted = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(value).sort()) {
    sorted[key] = (value as Record<string, unknown>)[key]
  }
  return sorted
}

/**
 * The backup as the text of a file: compact JSON (no indentation: a third smaller for a
 * large workspace, see docs/benchmarks.md), keys sorted, one file per backup.
 */
export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, sortedKeys)
}

/**
 * {@link backupToJson}'s text, built a row at a time, awaiting `pause` after each
 * (shared/backup/stringify-in-steps.ts): what the automatic backups use, which run while the
 * analyst works, where one call took seconds at 10,000 documents.
 */
export function backupToJsonInSteps(backup: Backup, pause: () => Promise<void>): Promise<string> {
  return stringifyInSteps(backup, sortedKeys, pause)
}

/**
 * What a restore would do: `backup` as it will be written (repairs made), the plan, and the
 * plan in sentences (repairs said last).
 */
export type PreviewResult =
  | { ok: true; backup: Backup; plan: RestorePlan; repairs: BackupRepair[]; summary: string[] }
  | { ok: false; problems: BackupProblem[] }

export type RestoreResult =
  | { ok: true; counts: Record<(typeof BACKUP_TABLES)[number], TableCounts>; summary: string[] }
  | { ok: false; problems: BackupProblem[] }

function validated(
  source: string | Backup,
  options: ReadBackupOptions,
): ReturnType<typeof readBackup> {
  return typeof source === 'string' ? readBackup(source, options) : checkBackup(source)
}

/**
 * Checks a backup file and says what restoring it in `mode` would do, without writing.
 * The plan is against the database as it is now; restoreBackup plans again at write time.
 */
export async function previewRestore(
  db: CasefileDatabase,
  text: string,
  mode: RestoreMode,
  options: ReadBackupOptions = {},
): Promise<PreviewResult> {
  const read = readBackup(text, options)
  if (!read.ok) return read
  const plan = await db.transaction('r', allTables(db), () =>
    planAgainstDatabase(db, read.backup, mode),
  )
  return {
    ok: true,
    backup: read.backup,
    plan,
    repairs: read.repairs,
    summary: describePlan(plan, read.repairs),
  }
}

/**
 * Writes backup rows into their table, replacing rows with the same key; documents as
 * their two rows. Call inside a transaction over {@link allTables}.
 */
export async function putBackupRows<T extends BackupTableName>(
  db: CasefileDatabase,
  name: T,
  rows: readonly BackupTables[T][number][],
): Promise<void> {
  if (rows.length === 0) return
  if (name !== 'documents') {
    await db.table(name).bulkPut(rows as object[])
    return
  }
  const stored = (rows as ImportedDocumentRecord[]).map(rowsFromRecord)
  await db.documentTexts.bulkPut(stored.map((document) => document.text))
  await db.documents.bulkPut(stored.map((document) => document.row))
}

async function applyPlan(db: CasefileDatabase, plan: RestorePlan): Promise<void> {
  for (const name of BACKUP_TABLES) {
    const table = db.table(name)
    const { put, remove } = plan.tables[name]
    const texts = name === 'documents' ? db.documentTexts : null
    if (plan.mode === 'replace') {
      await table.clear()
      await texts?.clear()
    } else if (remove.length > 0) {
      await table.bulkDelete(remove)
      await texts?.bulkDelete(remove)
    }
    await putBackupRows(db, name, put as BackupTables[typeof name][number][])
  }
}

/**
 * Restores a backup (file text, or a Backup already read). The whole of it is checked
 * first; a refused backup leaves the database untouched. Then, in one transaction over
 * every table: replace clears each table and writes the backup's rows; merge writes the
 * rows that win (see planRestore). If a write fails the transaction is aborted, nothing
 * is changed, and the failure is returned as a problem rather than thrown: storage running
 * out (IndexedDB's quota error, however Dexie wraps it) as NO_SPACE_FOR_BACKUP, anything
 * else with its reason.
 */
export async function restoreBackup(
  db: CasefileDatabase,
  source: string | Backup,
  mode: RestoreMode,
  options: ReadBackupOptions = {},
): Promise<RestoreResult> {
  const read = validated(source, options)
  if (!read.ok) return read
  try {
    const plan = await db.transaction('rw', allTables(db), async () => {
      const planned = await planAgainstDatabase(db, read.backup, mode)
      await applyPlan(db, planned)
      return planned
    })
    const counts = Object.fromEntries(
      BACKUP_TABLES.map((name) => [name, plan.tables[name].counts]),
    ) as Record<(typeof BACKUP_TABLES)[number], TableCounts>
    return { ok: true, counts, summary: describePlan(plan, read.repairs) }
  } catch (error) {
    return { ok: false, problems: [writeProblem(error)] }
  }
}

/** Said when storage runs out during a restore (the transaction rolled back). */
export const NO_SPACE_FOR_BACKUP =
  'There is not enough storage space for this backup; nothing was changed. Free some disk space and try again.'

/** A failed restore's write in words: a full disk plainly, anything else with its reason. */
function writeProblem(error: unknown): BackupProblem {
  if (isQuotaExceeded(error)) return { kind: 'no-space', message: NO_SPACE_FOR_BACKUP }
  const reason = error instanceof Error ? error.message : String(error)
  return {
    kind: 'not-restored',
    message: `The backup could not be written, so nothing was changed: ${reason}`,
  }
}

/** Deletes every row of every table in one transaction ("Erase everything"; ask first). */
export async function wipeWorkspace(db: CasefileDatabase): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((table) => table.clear()))
  })
}
