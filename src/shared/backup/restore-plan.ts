/**
 * What restoring a backup will do, worked out before anything is written: per table, the
 * rows to put and keys to delete, with counts the confirmation dialog states in words.
 */
import {
  BACKUP_TABLES,
  rowKey,
  type Backup,
  type BackupEvent,
  type BackupEvidence,
  type BackupRow,
  type BackupTableName,
  type BackupTables,
  type RestoreMode,
} from './backup-format'
import { duplicateLinkIds, eventsInDateCycles, staleSortKeys } from './merge-consistency'

export type { RestoreMode }

/**
 * Per table: `add` rows new here; `update` rows here replaced by the backup's; `keep` rows
 * here left as they are (merge: same age or newer here); `remove` rows here the backup
 * lacks (replace only); `skip` backup rows left out to keep the workspace consistent.
 */
export interface TableCounts {
  add: number
  update: number
  keep: number
  remove: number
  skip: number
}

export interface TablePlan<T extends BackupTableName> {
  counts: TableCounts
  /** Rows to write. Replace: every row of the backup. */
  put: BackupRow<T>[]
  /** Keys of rows to delete. Replace: rows here the backup lacks; merge: none. */
  remove: string[]
}

export type RestoreTablePlans = { [T in BackupTableName]: TablePlan<T> }

export interface RestorePlan {
  mode: RestoreMode
  tables: RestoreTablePlans
  /** Merge: events here whose order key is recomputed because a date they follow changed. */
  resorted: number
  /** Merge: backup events kept as they are here because theirs would date them in a loop. */
  cycleKept: number
}

/** The rows now in the database, per table (the same shapes a backup holds). */
export type ExistingTables = { readonly [T in BackupTableName]: readonly BackupRow<T>[] }

/** The keys of the rows now in the database, per table: all that a replace needs. */
export type ExistingKeys = { readonly [T in BackupTableName]: readonly string[] }

/** The time a row was last changed: imported documents only have their import time. */
function stamp<T extends BackupTableName>(table: T, row: BackupRow<T>): number {
  return table === 'documents'
    ? (row as BackupTables['documents'][number]).addedAt
    : (row as { updatedAt: number }).updatedAt
}

const zeroCounts = (): TableCounts => ({ add: 0, update: 0, keep: 0, remove: 0, skip: 0 })

function keyed<T extends BackupTableName>(
  table: T,
  rows: readonly BackupRow<T>[],
): Map<string, BackupRow<T>> {
  return new Map(rows.map((row) => [rowKey(table, row), row]))
}

function planReplaceTable<T extends BackupTableName>(
  table: T,
  existing: readonly string[],
  incoming: readonly BackupRow<T>[],
): TablePlan<T> {
  const incomingKeys = new Set(incoming.map((row) => rowKey(table, row)))
  const here = new Set(existing)
  const remove = [...here].filter((key) => !incomingKeys.has(key))
  const update = [...incomingKeys].filter((key) => here.has(key)).length
  return {
    counts: { ...zeroCounts(), add: incomingKeys.size - update, update, remove: remove.length },
    put: [...incoming],
    remove,
  }
}

type Choice = 'add' | 'update' | 'keep'

/** The plain by-key merge of one table: a choice per backup row. */
function chooseRows<T extends BackupTableName>(
  table: T,
  here: ReadonlyMap<string, BackupRow<T>>,
  incoming: readonly BackupRow<T>[],
): Map<string, Choice> {
  const choices = new Map<string, Choice>()
  for (const row of incoming) {
    const key = rowKey(table, row)
    const current = here.get(key)
    if (!current) choices.set(key, 'add')
    else choices.set(key, stamp(table, row) > stamp(table, current) ? 'update' : 'keep')
  }
  return choices
}

/** The table as it would be after the merge. */
function mergedRows<T extends BackupTableName>(
  table: T,
  here: ReadonlyMap<string, BackupRow<T>>,
  incoming: readonly BackupRow<T>[],
  choices: ReadonlyMap<string, Choice | 'skip'>,
): Map<string, BackupRow<T>> {
  const merged = new Map(here)
  for (const row of incoming) {
    const choice = choices.get(rowKey(table, row))
    if (choice === 'add' || choice === 'update') merged.set(rowKey(table, row), row)
  }
  return merged
}

/** Leaves out backup links that would link a passage to a claim a second time. */
function settleEvidence(
  here: ReadonlyMap<string, BackupEvidence>,
  incoming: readonly BackupEvidence[],
  choices: Map<string, Choice | 'skip'>,
): void {
  // Reverting one link can make its old pair collide again: repeat until nothing moves.
  for (;;) {
    const merged = mergedRows('evidence', here, incoming, choices)
    const taken = (id: string) => choices.get(id) === 'add' || choices.get(id) === 'update'
    const losers = duplicateLinkIds(merged.values(), taken)
    if (losers.size === 0) return
    for (const id of losers) choices.set(id, choices.get(id) === 'update' ? 'keep' : 'skip')
  }
}

/** Keeps this side's version of updated events that would otherwise be dated in a loop. */
function settleEventCycles(
  here: ReadonlyMap<string, BackupEvent>,
  incoming: readonly BackupEvent[],
  choices: Map<string, Choice | 'skip'>,
): { merged: Map<string, BackupEvent>; reverted: number } {
  let reverted = 0
  for (;;) {
    const merged = mergedRows('events', here, incoming, choices)
    const looping = [...eventsInDateCycles(merged)].filter((id) => choices.get(id) === 'update')
    // A loop with no updated member was already in one side: the merge did not make it.
    if (looping.length === 0) return { merged, reverted }
    for (const id of looping) choices.set(id, 'keep')
    reverted += looping.length
  }
}

function tablePlanFromChoices<T extends BackupTableName>(
  table: T,
  incoming: readonly BackupRow<T>[],
  choices: ReadonlyMap<string, Choice | 'skip'>,
): TablePlan<T> {
  const counts = zeroCounts()
  const put: BackupRow<T>[] = []
  for (const row of incoming) {
    const choice = choices.get(rowKey(table, row)) ?? 'keep'
    counts[choice] += 1
    if (choice === 'add' || choice === 'update') put.push(row)
  }
  return { counts, put, remove: [] }
}

function planMerge(existing: ExistingTables, incoming: BackupTables): RestorePlan {
  const tables = {} as Record<BackupTableName, TablePlan<BackupTableName>>
  for (const table of BACKUP_TABLES) {
    if (table === 'evidence' || table === 'events') continue
    const choices = chooseRows(table, keyed(table, existing[table]), incoming[table])
    tables[table] = tablePlanFromChoices(table, incoming[table], choices)
  }
  const evidenceHere = keyed('evidence', existing.evidence)
  const evidenceChoices: Map<string, Choice | 'skip'> = chooseRows(
    'evidence',
    evidenceHere,
    incoming.evidence,
  )
  settleEvidence(evidenceHere, incoming.evidence, evidenceChoices)
  tables.evidence = tablePlanFromChoices('evidence', incoming.evidence, evidenceChoices)

  const eventsHere = keyed('events', existing.events)
  const eventChoices: Map<string, Choice | 'skip'> = chooseRows(
    'events',
    eventsHere,
    incoming.events,
  )
  const { merged, reverted } = settleEventCycles(eventsHere, incoming.events, eventChoices)
  const eventPlan = tablePlanFromChoices('events', incoming.events, eventChoices)
  const stale = staleSortKeys(merged)
  const put = eventPlan.put.map((event) => {
    const key = stale.get(event.id)
    return key === undefined ? event : { ...event, sortKey: key }
  })
  const written = new Set(put.map((event) => event.id))
  const resorted = [...stale].filter(([id]) => !written.has(id))
  for (const [id, key] of resorted) put.push({ ...(merged.get(id) as BackupEvent), sortKey: key })
  tables.events = { ...eventPlan, put }

  return {
    mode: 'merge',
    tables: tables as unknown as RestoreTablePlans,
    resorted: resorted.length,
    cycleKept: reverted,
  }
}

/**
 * What restoring `incoming` over `existing` will do. Replace: every backup row is put and
 * every row here that the backup lacks is deleted. Merge, by key: a row new here is added;
 * a row here is updated only when the backup's is newer (`updatedAt`; `addedAt` for
 * imported documents), equal or older keeps this one; nothing is deleted. A merge also
 * leaves out a backup evidence link whose passage is already linked to that claim here,
 * keeps this side's version of an event the backup's would date in a loop, and recomputes
 * the order keys of events whose dates follow an event that changed. Pure.
 */
export function planRestore(
  existing: ExistingTables,
  incoming: Backup,
  mode: RestoreMode,
): RestorePlan {
  if (mode === 'merge') return planMerge(existing, incoming.tables)
  const keys = {} as Record<BackupTableName, string[]>
  for (const table of BACKUP_TABLES) {
    keys[table] = existing[table].map((row: BackupRow<typeof table>) => rowKey(table, row))
  }
  return planReplace(keys, incoming)
}

/**
 * What replacing everything with `incoming` will do, knowing only the keys here: every
 * backup row is put, every key here the backup lacks is deleted. A replace never compares
 * rows, so the database need not read them (at 50,000 records that read is most of the
 * plan's time). Pure.
 */
export function planReplace(existing: ExistingKeys, incoming: Backup): RestorePlan {
  const tables = {} as Record<BackupTableName, TablePlan<BackupTableName>>
  for (const table of BACKUP_TABLES) {
    tables[table] = planReplaceTable(table, existing[table], incoming.tables[table])
  }
  return {
    mode: 'replace',
    tables: tables as unknown as RestoreTablePlans,
    resorted: 0,
    cycleKept: 0,
  }
}
