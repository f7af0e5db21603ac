/**
 * Upgrades of older backup formats to the current one. Version 1 is the first, so the
 * table is empty; a future format adds an entry here and a fixture test of a real old file.
 */
import { BACKUP_VERSION } from './backup-format'

/** Turns a parsed backup of version n into one of version n + 1. */
export type BackupMigration = (old: Record<string, unknown>) => Record<string, unknown>

/** Keyed by the version each upgrade reads. Shipped entries are never edited. */
export const BACKUP_MIGRATIONS: ReadonlyMap<number, BackupMigration> = new Map()

/**
 * `parsed` (a backup of `version`) upgraded step by step to BACKUP_VERSION, or null when
 * some step from `version` up is missing (a version no Casefile wrote).
 */
export function migrateBackup(
  parsed: Record<string, unknown>,
  version: number,
  migrations: ReadonlyMap<number, BackupMigration> = BACKUP_MIGRATIONS,
): Record<string, unknown> | null {
  let current = parsed
  for (let from = version; from < BACKUP_VERSION; from += 1) {
    const step = migrations.get(from)
    if (!step) return null
    current = { ...step(current), version: from + 1 }
  }
  return current
}
