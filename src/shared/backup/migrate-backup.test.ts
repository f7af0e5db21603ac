import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION } from './backup-format'
import { migrateBackup, type BackupMigration } from './migrate-backup'

describe('migrateBackup', () => {
  it('leaves a current backup as it is', () => {
    const file = { version: BACKUP_VERSION, tables: {} }
    expect(migrateBackup(file, BACKUP_VERSION)).toBe(file)
  })

  it('runs each step from the old version up, stamping each new version', () => {
    const steps = new Map<number, BackupMigration>([
      [BACKUP_VERSION - 2, (old) => ({ ...old, renamed: old.original })],
      [BACKUP_VERSION - 1, (old) => ({ ...old, added: true })],
    ])
    expect(
      migrateBackup({ version: BACKUP_VERSION - 2, original: 'x' }, BACKUP_VERSION - 2, steps),
    ).toEqual({
      version: BACKUP_VERSION,
      original: 'x',
      renamed: 'x',
      added: true,
    })
  })

  it('gives up when a step is missing', () => {
    expect(migrateBackup({}, BACKUP_VERSION - 1, new Map())).toBeNull()
  })
})
