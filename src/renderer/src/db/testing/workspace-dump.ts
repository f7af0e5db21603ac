/** Seeding a test database with whole workspaces, and reading it all back to compare. */
import { BACKUP_TABLES } from '@shared/backup/backup-format'
import { allTables, putBackupRows } from '../backup'
import type { CasefileDatabase } from '../database'
import type { WorkspaceRows } from '../workspace-arbitraries'

/** Writes every row of `rows` in one transaction. */
export async function seedWorkspace(db: CasefileDatabase, rows: WorkspaceRows): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    for (const name of BACKUP_TABLES) await putBackupRows(db, name, rows[name])
  })
}

/**
 * The whole database as stored, every table's rows in key order, in one transaction: equal
 * dumps mean equal databases. Rows are read raw, so a damaged database can be dumped too.
 */
export async function dumpDatabase(db: CasefileDatabase): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {}
    for (const table of db.tables) tables[table.name] = await table.toArray()
    return tables
  })
}
