/**
 * What the automatic backups write, keep and prune, decided as pure functions so the
 * desktop app (files in its data folder) and the web host (a second IndexedDB database)
 * follow one rule. The rule exists to keep good copies alive: a backup that holds
 * markedly less than the last one (after an erase, a wrong Replace or an eviction) never
 * replaces or prunes anything; it is kept beside the others and the Backup dialog says so.
 */
import { BACKUP_TABLES, type BackupTableName } from './backup-format'

/**
 * The kinds of automatic backup: the day's own; a copy kept before a restore, merge or
 * erase, or of the day's own before a smaller one the analyst accepted replaces it; and a
 * daily backup kept beside the others because it holds markedly less.
 */
export const ROLLING_BACKUP_KINDS = [
  'daily',
  'before-restore',
  'before-merge',
  'before-erase',
  'before-accept',
  'smaller',
] as const

export type RollingBackupKind = (typeof ROLLING_BACKUP_KINDS)[number]

/** The kinds the renderer asks for; `smaller` is what the rule makes of a daily one. */
export type RequestedBackupKind = Exclude<RollingBackupKind, 'smaller' | 'before-accept'>

/** Rows per table in one backup. */
export type BackupCounts = Partial<Record<BackupTableName, number>>

/** Daily backups of this many distinct days with work are kept. */
export const DAYS_WITH_WORK_KEPT = 5
/** The newest this many safety copies (before restore, merge, erase or accept) are kept. */
export const SAFETY_COPIES_KEPT = 5
/** The largest daily backup and the largest safety copy of this many days are kept too. */
export const LARGEST_KEPT_DAYS = 30
/** Smaller daily backups kept beside the others. */
export const SMALLER_COPIES_KEPT = 3
/** A table (or the whole backup) of at least this many rows ... */
export const MARKED_DROP_MIN_ROWS = 20
/** ... that keeps less than this share of them holds markedly less. */
export const MARKED_DROP_SHARE = 0.5

const DAY = /(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/.source
const TIME = /([01]\d|2[0-3])([0-5]\d)([0-5]\d)/.source
const SUFFIXED_KINDS = ROLLING_BACKUP_KINDS.filter((kind) => kind !== 'daily').join('|')

/**
 * An automatic backup's file name: `casefile-backup-YYYY-MM-DD.json` for the day's own,
 * `casefile-backup-YYYY-MM-DD-HHMMSS-<kind>.json` for the others (local time). Nothing
 * else in the backups folder is ever read, replaced or deleted.
 */
export const ROLLING_BACKUP_NAME = new RegExp(
  `^casefile-backup-${DAY}(?:-${TIME}-(${SUFFIXED_KINDS}))?\\.json$`,
)

/** What an automatic backup's name says. */
export interface RollingBackupName {
  /** `YYYY-MM-DD`, the computer's local day. */
  day: string
  kind: RollingBackupKind
  /** `HHMMSS` local time; null for a daily backup, rewritten through its day. */
  time: string | null
}

/** The parts of an automatic backup's name, or null for any other name. */
export function parseRollingBackupName(fileName: string): RollingBackupName | null {
  const match = ROLLING_BACKUP_NAME.exec(fileName)
  if (!match) return null
  const [, year, month, day, hour, minute, second, kind] = match
  return {
    day: `${year}-${month}-${day}`,
    kind: (kind as RollingBackupKind | undefined) ?? 'daily',
    time: hour === undefined ? null : `${hour}${minute}${second}`,
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/**
 * `YYYY-MM-DD` of `at` in the computer's local time zone: the analyst's own calendar day,
 * so a backup made at half past midnight belongs to the new day as they see it.
 */
export function localDay(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** The file name an automatic backup of `kind` made at `at` gets. */
export function rollingBackupFileName(kind: RollingBackupKind, at: Date): string {
  const day = localDay(at)
  if (kind === 'daily') return `casefile-backup-${day}.json`
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `casefile-backup-${day}-${time}-${kind}.json`
}

/** One automatic backup as a store knows it. */
export interface RollingEntry {
  fileName: string
  kind: RollingBackupKind
  /** When it was written (epoch ms). */
  createdAt: number
  /** Rows per table; null when not known (a file the store could not read). */
  counts: BackupCounts | null
  /** `backupFingerprint` of its content; null when not known. */
  fingerprint: string | null
}

/**
 * A kept backup as a store lists it (the shape of the API's `RollingBackup`): its entry,
 * its size and its local day.
 */
export interface ListedBackup {
  /** `casefile-backup-YYYY-MM-DD.json`, or `…-YYYY-MM-DD-HHMMSS-<kind>.json` */
  fileName: string
  kind: RollingBackupKind
  /** `YYYY-MM-DD`, the computer's local day, from the name. */
  date: string
  /** When it was written (epoch ms). */
  createdAt: number
  bytes: number
  /** Rows per table; null when the host could not read them from the file. */
  counts: BackupCounts | null
}

/** Stored entries as a listing shows them, newest first (ties by name, newest name first). */
export function listNewestFirst(
  entries: readonly (RollingEntry & { bytes: number })[],
): ListedBackup[] {
  return [...entries]
    .sort((a, b) => b.createdAt - a.createdAt || (a.fileName < b.fileName ? 1 : -1))
    .map((entry) => ({
      fileName: entry.fileName,
      kind: entry.kind,
      date: parseRollingBackupName(entry.fileName)?.day ?? '',
      createdAt: entry.createdAt,
      bytes: entry.bytes,
      counts: entry.counts,
    }))
}

/** What the renderer asks a store to keep. */
export interface RollingBackupRequest {
  kind: RequestedBackupKind
  counts: BackupCounts
  fingerprint: string
  /**
   * The analyst saw that this daily backup holds markedly less than the last one and
   * said it is right (they removed that work on purpose): write it as the day's backup.
   */
  acceptSmaller?: boolean
}

/** A table that shrank markedly: `had` rows in the earlier backup, `has` now. */
export interface TableDrop {
  table: BackupTableName | 'all'
  had: number
  has: number
}

/** A file to rename before a write, to keep what the write would replace. */
export interface Preserve {
  from: string
  to: string
}

/** What to do with a request. */
export type RollingPlan =
  | { action: 'skip'; reason: 'unchanged' | 'nothing-yet'; same: string | null }
  | {
      action: 'write'
      fileName: string
      kind: RollingBackupKind
      /** Files to delete once the new one is safely written. */
      prune: string[]
      /**
       * Before writing, rename `from` to `to`: the day's own backup, holding markedly
       * more than the smaller one the analyst accepted, kept as a `before-accept` copy.
       */
      preserve: Preserve | null
      /** Set when a daily backup was kept beside the others instead of in their place. */
      smallerThan: { fileName: string; drops: TableDrop[] } | null
    }

/** The analyst's work in a backup: every row but settings (preferences are not work). */
export function workItems(counts: BackupCounts | null): number {
  if (counts === null) return 0
  let items = 0
  for (const table of BACKUP_TABLES) if (table !== 'settings') items += counts[table] ?? 0
  return items
}

/**
 * How `after` holds markedly less than `before`: empty where there was work, or a table
 * (or all the work) of at least MARKED_DROP_MIN_ROWS rows down to under half. Empty
 * when it does not. Small workspaces shrink freely: deleting 3 of 5 highlights is work.
 */
export function markedDrops(before: BackupCounts, after: BackupCounts): TableDrop[] {
  const had = workItems(before)
  const has = workItems(after)
  if (had > 0 && has === 0) return [{ table: 'all', had, has }]
  const marked = (was: number, is: number) =>
    was >= MARKED_DROP_MIN_ROWS && is < was * MARKED_DROP_SHARE
  const drops: TableDrop[] = []
  for (const table of BACKUP_TABLES) {
    if (table === 'settings') continue
    const was = before[table] ?? 0
    const is = after[table] ?? 0
    if (marked(was, is)) drops.push({ table, had: was, has: is })
  }
  if (drops.length === 0 && marked(had, has)) drops.push({ table: 'all', had, has })
  return drops
}

const newestFirst = (entries: readonly RollingEntry[]) =>
  [...entries].sort((a, b) => b.createdAt - a.createdAt || (a.fileName < b.fileName ? 1 : -1))

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Entries dated more than a day after `at` were written while the clock ran ahead. They
 * are kept (they hold work) but have no say: they take no day's place, are never "the
 * newest" and are never the backup others are compared with.
 */
const isDated = (entry: RollingEntry, at: Date) => entry.createdAt <= at.getTime() + DAY_MS

const isSafety = (kind: RollingBackupKind) => kind.startsWith('before-')

const largest = (entries: readonly RollingEntry[]) =>
  entries.reduce<RollingEntry | null>(
    (best, e) => (best === null || workItems(e.counts) > workItems(best.counts) ? e : best),
    null,
  )

/**
 * The backup a new daily one is compared with: the one holding the most work among the
 * newest daily backup, the newest safety copy and the day's own backup (when it would be
 * replaced). Taking the larger keeps one small copy (made before a Merge into a workspace
 * that had already lost its work, say) from lowering the bar for everything after it.
 */
export function comparisonBackup(
  entries: readonly RollingEntry[],
  at: Date,
  sameName: string | null = null,
): RollingEntry | null {
  const known = newestFirst(entries.filter((e) => e.counts !== null && isDated(e, at)))
  return largest(
    [
      known.find((e) => e.kind === 'daily'),
      known.find((e) => isSafety(e.kind)),
      known.find((e) => e.fileName === sameName),
    ].filter((e): e is RollingEntry => e !== undefined),
  )
}

/** `kind`'s name at `at`, a second later for each second already taken by another file. */
function freeName(kind: RollingBackupKind, at: Date, taken: ReadonlySet<string>): string {
  let name = rollingBackupFileName(kind, at)
  for (let second = 1; kind !== 'daily' && taken.has(name); second += 1) {
    name = rollingBackupFileName(kind, new Date(at.getTime() + second * 1000))
  }
  return name
}

/**
 * The plan for `request` at `at`, given what the store holds:
 * - a daily backup identical to the newest one is not written again, so the days kept
 *   are days with work;
 * - a daily backup holding markedly less than `comparisonBackup` is written as a
 *   `smaller` copy beside the others, replacing and pruning nothing;
 * - one the analyst accepted replaces the day's own, which is first kept as a
 *   `before-accept` copy when it holds markedly more (`preserve`);
 * - anything else is written (a daily one replacing the day's earlier one) and the rest
 *   pruned by `rollingPrune`.
 */
export function planRollingWrite(
  existing: readonly RollingEntry[],
  request: RollingBackupRequest,
  at: Date,
): RollingPlan {
  const taken = new Set(existing.map((e) => e.fileName))
  let preserve: Preserve | null = null
  if (request.kind === 'daily') {
    // Compared with the newest of any kind: an unchanged smaller workspace is not written
    // again every hour. Accepting one writes it as the day's backup, changed or not.
    const newest = newestFirst(existing.filter((e) => isDated(e, at)))[0]
    if (newest && newest.fingerprint === request.fingerprint && !request.acceptSmaller) {
      return { action: 'skip', reason: 'unchanged', same: newest.fileName }
    }
    if (existing.length === 0 && workItems(request.counts) === 0) {
      return { action: 'skip', reason: 'nothing-yet', same: null }
    }
    const dayName = rollingBackupFileName('daily', at)
    const reference = comparisonBackup(existing, at, taken.has(dayName) ? dayName : null)
    const drops = reference?.counts ? markedDrops(reference.counts, request.counts) : []
    if (reference && drops.length > 0 && !request.acceptSmaller) {
      const fileName = freeName('smaller', at, taken)
      const entry = { fileName, kind: 'smaller' as const, createdAt: at.getTime() }
      const smaller = newestFirst([
        ...existing.filter((e) => e.kind === 'smaller'),
        { ...entry, counts: request.counts, fingerprint: request.fingerprint },
      ])
      const prune = smaller.slice(SMALLER_COPIES_KEPT).map((e) => e.fileName)
      return {
        action: 'write',
        fileName,
        kind: 'smaller',
        prune,
        preserve: null,
        smallerThan: { fileName: reference.fileName, drops },
      }
    }
    const replaced = existing.find((e) => e.fileName === dayName)
    if (replaced?.counts && markedDrops(replaced.counts, request.counts).length > 0) {
      preserve = { from: dayName, to: freeName('before-accept', at, taken) }
    }
  }
  const fileName = freeName(request.kind, at, taken)
  const written: RollingEntry = {
    fileName,
    kind: request.kind,
    createdAt: at.getTime(),
    counts: request.counts,
    fingerprint: request.fingerprint,
  }
  const moved = existing.map((e) =>
    preserve && e.fileName === preserve.from
      ? { ...e, fileName: preserve.to, kind: 'before-accept' as const }
      : e,
  )
  const after = [...moved.filter((entry) => entry.fileName !== fileName), written]
  return {
    action: 'write',
    fileName,
    kind: request.kind,
    prune: rollingPrune(after, fileName, at),
    preserve,
    smallerThan: null,
  }
}

/**
 * Which files to delete from `entries` (which include `current`, just written):
 * - daily backups beyond the newest DAYS_WITH_WORK_KEPT days holding work (an empty day's
 *   does not count toward them), except the largest daily backup of the last
 *   LARGEST_KEPT_DAYS days, so a slow decline or a small workspace accepted by mistake
 *   cannot take the last large copy with it;
 * - safety copies beyond the newest SAFETY_COPIES_KEPT, except the largest of the last
 *   LARGEST_KEPT_DAYS days;
 * - smaller copies beyond the newest SMALLER_COPIES_KEPT.
 * `current`, the newest dated backup and every backup dated in the future (see
 * `isDated`) are never pruned.
 */
export function rollingPrune(
  entries: readonly RollingEntry[],
  current: string,
  at: Date,
): string[] {
  const dated = newestFirst(entries.filter((e) => isDated(e, at)))
  const keep = new Set<string>([current])
  for (const entry of entries) if (!isDated(entry, at)) keep.add(entry.fileName)
  if (dated[0]) keep.add(dated[0].fileName)
  const recent = (e: RollingEntry) => e.createdAt >= at.getTime() - LARGEST_KEPT_DAYS * DAY_MS

  const dailies = dated.filter((e) => e.kind === 'daily')
  let daysWithWork = 0
  for (const entry of dailies) {
    if (daysWithWork >= DAYS_WITH_WORK_KEPT) break
    keep.add(entry.fileName)
    // A file whose rows are unknown is counted as work: better one day too many.
    if (entry.counts === null || workItems(entry.counts) > 0) daysWithWork += 1
  }
  const largestDaily = largest(dailies.filter(recent))
  if (largestDaily) keep.add(largestDaily.fileName)

  const safety = dated.filter((e) => isSafety(e.kind))
  for (const entry of safety.slice(0, SAFETY_COPIES_KEPT)) keep.add(entry.fileName)
  const largestSafety = largest(safety.filter(recent))
  if (largestSafety) keep.add(largestSafety.fileName)

  const smaller = dated.filter((e) => e.kind === 'smaller')
  for (const entry of smaller.slice(0, SMALLER_COPIES_KEPT)) keep.add(entry.fileName)

  return dated.filter((entry) => !keep.has(entry.fileName)).map((entry) => entry.fileName)
}

/**
 * The text whose hash is a backup's fingerprint: the backup with its `createdAt` left
 * out, so two backups of the same work made at different times compare equal. Backups
 * are written with sorted keys, so the top-level `createdAt` is the first one in the text
 * (the `app` object before it holds only name and version).
 */
export function fingerprintSource(content: string): string {
  return content.replace(/"createdAt":(?:"[^"]*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/, '')
}

/** Rows per table of a parsed backup's `tables`; unknown tables are ignored. */
export function countRows(tables: Readonly<Record<string, unknown>>): BackupCounts {
  const counts: BackupCounts = {}
  for (const table of BACKUP_TABLES) {
    const rows = tables[table]
    counts[table] = Array.isArray(rows) ? rows.length : 0
  }
  return counts
}

const TABLE_WORDS: Record<BackupTableName | 'all', string> = {
  documents: 'imported documents',
  highlights: 'highlights',
  claims: 'claims',
  evidence: 'evidence links',
  timelines: 'timelines',
  events: 'timeline events',
  settings: 'settings',
  sourceGrades: 'source grades',
  briefs: 'briefs',
  all: 'items',
}

/** "12 highlights, where that backup holds 1,450" for each drop, joined. */
export function describeDrops(drops: readonly TableDrop[]): string {
  const number = (n: number) => n.toLocaleString('en-GB')
  return drops
    .map((drop) =>
      drop.has === 0 && drop.table === 'all'
        ? `nothing, where that backup holds ${number(drop.had)} items`
        : `${number(drop.has)} ${TABLE_WORDS[drop.table]}, where that backup holds ${number(drop.had)}`,
    )
    .join('; ')
}

/** How the Backup dialog names each kind. */
export const ROLLING_KIND_LABELS: Readonly<Record<RollingBackupKind, string>> = {
  daily: 'Daily',
  'before-restore': 'Before restore',
  'before-merge': 'Before merge',
  'before-erase': 'Before erase',
  'before-accept': 'Before accepting less',
  smaller: 'Smaller, kept beside',
}

const backupTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** "5 Dec 2026, 08:01", the computer's local time. */
export function formatBackupTime(createdAt: number): string {
  return backupTime.format(createdAt)
}

/** An automatic backup as a notice about it needs it. */
export interface HeldBackupFacts {
  fileName: string
  kind: RollingBackupKind
  createdAt: number
  counts: BackupCounts | null
}

/**
 * What the Backup dialog says when the newest automatic backup was kept beside the others
 * because it holds markedly less than the newest one before it, or null when it was not.
 */
export function smallerBackupNotice(
  backups: readonly HeldBackupFacts[],
  now: Date = new Date(),
): string | null {
  const entries: RollingEntry[] = backups.map((b) => ({ ...b, fingerprint: null }))
  const newest = newestFirst(entries.filter((e) => isDated(e, now)))[0]
  if (!newest || newest.kind !== 'smaller' || newest.counts === null) return null
  const reference = comparisonBackup(
    entries.filter((e) => e.kind !== 'smaller'),
    now,
  )
  if (!reference?.counts) return null
  const drops = markedDrops(reference.counts, newest.counts)
  const name = `the “${ROLLING_KIND_LABELS[reference.kind]}” backup of ${formatBackupTime(reference.createdAt)}`
  const what = drops.length > 0 ? `: ${describeDrops(drops)}` : ''
  return (
    `Your work now holds much less than ${name}${what}. So the newest automatic backup was ` +
    `kept beside the others and replaced nothing. If you removed that work on purpose, keep ` +
    `the smaller one as today's backup; if not, restore ${name}.`
  )
}
