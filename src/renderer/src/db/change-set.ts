/**
 * Writes that remember what they replaced. Every repository write runs through a
 * ChangeRecorder inside one transaction and returns a ChangeSet: the rows before and
 * after, enough to undo or redo the whole write as one step, also in one transaction.
 */
import { BACKUP_TABLE_KEYS, type BackupTableName } from '@shared/backup/backup-format'
import type { Table } from 'dexie'
import type { CasefileDatabase } from './database'

/**
 * The tables the analyst's writes touch: every table a backup holds, and the texts of
 * imported documents (a backup carries them inside its documents, see ./document-rows).
 */
export type TableName = BackupTableName | 'documentTexts'

/** Each table's primary key property: the same map the backup format keys its rows by. */
const KEY_PROPERTY: Readonly<Record<TableName, string>> = {
  ...BACKUP_TABLE_KEYS,
  documentTexts: 'id',
}

/** One row's state before and after a write; null means the row did not exist. */
export interface RowChange {
  table: TableName
  key: string
  before: object | null
  after: object | null
}

/** What one user action changed, with a label for "Undo <label>". */
export interface ChangeSet {
  label: string
  at: number
  changes: RowChange[]
}

/** Raised when undo or redo would overwrite a change made since (in another tab, say). */
export class UndoConflictError extends Error {
  constructor(label: string) {
    super(`“${label}” can no longer be undone or redone: the same data was changed since.`)
    this.name = 'UndoConflictError'
  }
}

function keyOf(table: TableName, row: object): string {
  const key = (row as Record<string, unknown>)[KEY_PROPERTY[table]]
  if (typeof key !== 'string') throw new Error(`A ${table} row has no string key`)
  return key
}

/** Records each write's before and after state; use only inside `recordChanges`. */
export class ChangeRecorder {
  readonly changes: RowChange[] = []
  constructor(private readonly db: CasefileDatabase) {}

  private table(name: TableName): Table<object, string> {
    return this.db.table(name)
  }

  /** Inserts or replaces a row. */
  async put<T extends object>(table: TableName, row: T): Promise<T> {
    const key = keyOf(table, row)
    const before = (await this.table(table).get(key)) ?? null
    await this.table(table).put(row)
    this.changes.push({ table, key, before, after: row })
    return row
  }

  /**
   * Adds a row that cannot exist yet (a fresh id): one request instead of a read and a
   * write. Fails (and so aborts the transaction) if the key is taken after all.
   */
  async add<T extends object>(table: TableName, row: T): Promise<T> {
    const key = keyOf(table, row)
    await this.table(table).add(row)
    this.changes.push({ table, key, before: null, after: row })
    return row
  }

  /** Deletes a row if it exists; returns the deleted row. */
  async remove(table: TableName, key: string): Promise<object | null> {
    const before = (await this.table(table).get(key)) ?? null
    if (!before) return null
    await this.table(table).delete(key)
    this.changes.push({ table, key, before, after: null })
    return before
  }
}

/**
 * Runs `write` in one read-write transaction over `tables` and returns its result with
 * the ChangeSet it made (no ChangeSet when nothing changed). If `write` throws, nothing
 * is written. `onCommitted` runs at the IndexedDB transaction's own `complete` event,
 * the moment the write is durable, which can be well before the returned promise
 * settles when live queries are busy re-reading large tables.
 */
export async function recordChanges<R>(
  db: CasefileDatabase,
  tables: TableName[],
  label: string,
  write: (recorder: ChangeRecorder) => Promise<R>,
  onCommitted?: () => void,
): Promise<{ result: R; changeSet: ChangeSet | null }> {
  return db.transaction('rw', tables, async (tx) => {
    if (onCommitted) tx.idbtrans.addEventListener('complete', onCommitted, { once: true })
    const recorder = new ChangeRecorder(db)
    const result = await write(recorder)
    const changeSet =
      recorder.changes.length > 0 ? { label, at: Date.now(), changes: recorder.changes } : null
    return { result, changeSet }
  })
}

/**
 * Reverts (`undo`) or re-applies (`redo`) a ChangeSet in one transaction. Every row
 * must still be as the ChangeSet left it, else nothing is written and
 * UndoConflictError is thrown: undo never silently overwrites newer work.
 */
export async function applyChangeSet(
  db: CasefileDatabase,
  set: ChangeSet,
  direction: 'undo' | 'redo',
): Promise<void> {
  const tables = [...new Set(set.changes.map((change) => change.table))]
  const ordered = direction === 'undo' ? [...set.changes].reverse() : set.changes
  await db.transaction('rw', tables, async () => {
    for (const change of ordered) {
      const expected = direction === 'undo' ? change.after : change.before
      const current = (await db.table(change.table).get(change.key)) ?? null
      if (!sameRow(current, expected)) throw new UndoConflictError(set.label)
      const target = direction === 'undo' ? change.before : change.after
      if (target) await db.table(change.table).put(target)
      else await db.table(change.table).delete(change.key)
    }
  })
}

/** Structural equality of stored rows (plain data: objects, arrays, primitives). */
function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) =>
    sameRow((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
