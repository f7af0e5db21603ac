/**
 * Mends, on reading, the rows of a checked backup that the app never writes but whose
 * truth is plain from the rest of the backup, each kind of mend said in one sentence for
 * the restore plan. Anything whose truth is not plain is refused instead (validate-backup).
 */
import {
  BACKUP_TABLES,
  type Backup,
  type BackupEvent,
  type BackupEvidence,
  type BackupRow,
  type BackupTableName,
  type BackupTables,
} from './backup-format'
import type { BackupRepair } from './backup-problem'
import { countRows, listed } from './table-words'

/** How far a change time may run past the backup's making (clocks differ): one day. */
export const FUTURE_TIME_ALLOWANCE_MS = 24 * 60 * 60 * 1000

/** When the repairs are judged; `now` in epoch milliseconds. */
export interface RepairOptions {
  now: number
}

/** A backup as it will be restored, and what was mended to make it so. */
export interface RepairedBackup {
  backup: Backup
  repairs: BackupRepair[]
}

/** "it now follows" / "they now follow", and the rest of a sentence about `count` rows. */
function followSentence(count: number, one: string, many: string): string {
  const amount = count.toLocaleString('en')
  return count === 1
    ? `${amount} ${one} pointed at a different source than its passage; it now follows the passage.`
    : `${amount} ${many} pointed at a different source than their passage; they now follow the passage.`
}

/**
 * Evidence links and event citations carry their passage's document so that sources can be
 * counted without loading passages; the app copies it from the highlight. A backup whose
 * copy disagrees would skew the count of independent sources, and the highlight (the
 * passage itself) is the truth, so the copy follows it.
 */
function followPassages(backup: Backup): RepairedBackup {
  const docOf = new Map(backup.tables.highlights.map((h) => [h.id, h.docId]))
  let links = 0
  const evidence = backup.tables.evidence.map((link): BackupEvidence => {
    const docId = docOf.get(link.highlightId)
    if (docId === undefined || docId === link.docId) return link
    links += 1
    return { ...link, docId }
  })
  let citations = 0
  const events = backup.tables.events.map((event): BackupEvent => {
    let changed = false
    const sources = event.sources.map((source) => {
      const docId = docOf.get(source.highlightId)
      if (docId === undefined || docId === source.docId) return source
      changed = true
      citations += 1
      return { ...source, docId }
    })
    return changed ? { ...event, sources } : event
  })
  const repairs: BackupRepair[] = []
  if (links > 0) {
    repairs.push({
      kind: 'evidence-source',
      count: links,
      message: followSentence(links, 'evidence link', 'evidence links'),
    })
  }
  if (citations > 0) {
    repairs.push({
      kind: 'event-source',
      count: citations,
      message: followSentence(citations, 'event citation', 'event citations'),
    })
  }
  if (repairs.length === 0) return { backup, repairs }
  return { backup: { ...backup, tables: { ...backup.tables, evidence, events } }, repairs }
}

/** The change times a row carries: imported documents have only their import time. */
const STAMP_FIELDS = ['createdAt', 'updatedAt', 'addedAt'] as const

/** `row` with every change time past `limit` (and any other past `to`) set to `to`, or null. */
function clampRow<T extends object>(row: T, limit: number, to: number): T | null {
  const stamps = row as Partial<Record<(typeof STAMP_FIELDS)[number], number>>
  if (!STAMP_FIELDS.some((field) => (stamps[field] ?? -Infinity) > limit)) return null
  // Every time of the row comes back together, so none is left after its update time.
  const clamped = { ...row } as Record<string, unknown>
  for (const field of STAMP_FIELDS) {
    const value = stamps[field]
    if (value !== undefined && value > to) clamped[field] = to
  }
  return clamped as T
}

/**
 * A merge keeps the row changed last, so a row stamped in the future would override every
 * change made here until then. No row can have changed after its backup was made; a day is
 * allowed for clocks that differ. A backup claiming to be made in the future is measured
 * from now instead. Such rows are brought back to that moment, not refused: their content
 * is the analyst's, only the time is impossible.
 */
function bringBackFutureTimes(backup: Backup, now: number): RepairedBackup {
  const made = Date.parse(backup.createdAt)
  const fromNow = !(made <= now)
  const to = fromNow ? now : made
  const limit = to + FUTURE_TIME_ALLOWANCE_MS
  const tables = { ...backup.tables } as Record<BackupTableName, readonly object[]>
  const counted: string[] = []
  let total = 0
  for (const table of BACKUP_TABLES) {
    let n = 0
    const rows = backup.tables[table].map((row: BackupRow<typeof table>) => {
      const clamped = clampRow(row, limit, to)
      if (!clamped) return row
      n += 1
      return clamped
    })
    if (n === 0) continue
    tables[table] = rows
    counted.push(countRows(n, table))
    total += n
  }
  if (total === 0) return { backup, repairs: [] }
  const after = fromNow ? 'in the future' : 'after the backup was made'
  const moment = fromNow ? 'the time of this restore' : 'the time the backup was made'
  const message =
    total === 1
      ? `${listed(counted)} had a change time ${after}; it now carries ${moment}, so it cannot override later work when merging.`
      : `${listed(counted)} had change times ${after}; they now carry ${moment}, so they cannot override later work when merging.`
  return {
    backup: { ...backup, tables: tables as unknown as BackupTables },
    repairs: [{ kind: 'future-time', count: total, message }],
  }
}

/**
 * `backup` (already checked: shapes and references sound) with what the app never writes
 * mended, and one repair per kind of mend, in the order the plan says them. The input is not
 * changed; when nothing needed mending the same backup comes back with no repairs. Mending
 * a mended backup changes nothing more.
 */
export function repairBackup(backup: Backup, options: RepairOptions): RepairedBackup {
  const followed = followPassages(backup)
  const timed = bringBackFutureTimes(followed.backup, options.now)
  return { backup: timed.backup, repairs: [...followed.repairs, ...timed.repairs] }
}
