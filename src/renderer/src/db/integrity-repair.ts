/**
 * Runs the integrity check (./integrity) on the database, and its repair in one transaction
 * and one undo step. Every row the repair removes or changes is also kept, as it was, in a
 * settings row (`integrity-repair:<time>`), which backups carry: nothing is lost even after
 * the undo history is gone.
 */
import { recordChanges, type ChangeSet, type TableName } from './change-set'
import type { CasefileDatabase } from './database'
import {
  describeDamage,
  planRepair,
  type IntegrityOptions,
  type IntegrityRows,
  type RepairPlan,
} from './integrity'

/** The settings key prefix of what a repair kept. */
export const REPAIR_KEPT_PREFIX = 'integrity-repair:'

const CHECKED: (keyof IntegrityRows)[] = [
  'documents',
  'documentTexts',
  'highlights',
  'claims',
  'evidence',
  'timelines',
  'events',
]

/**
 * The rows the check reads; call inside a transaction over them. The check at start-up
 * reads only the texts' ids (at 10,000 imported documents their texts are hundreds of
 * megabytes); the repair reads them whole, to keep what it removes.
 */
async function readRows(db: CasefileDatabase, wholeTexts: boolean): Promise<IntegrityRows> {
  const textIds = async () =>
    ((await db.documentTexts.toCollection().primaryKeys()) as string[]).map((id) => ({ id }))
  const [documents, documentTexts, highlights, claims, evidence, timelines, events] =
    await Promise.all([
      db.documents.toArray(),
      wholeTexts ? db.documentTexts.toArray() : textIds(),
      db.highlights.toArray(),
      db.claims.toArray(),
      db.evidence.toArray(),
      db.timelines.toArray(),
      db.events.toArray(),
    ])
  return { documents, documentTexts, highlights, claims, evidence, timelines, events }
}

/** What is damaged now, in one consistent read, as sentences (empty when all is well). */
export async function checkIntegrity(
  db: CasefileDatabase,
  options: IntegrityOptions = {},
): Promise<string[]> {
  const rows = await db.transaction('r', CHECKED, () => readRows(db, false))
  return describeDamage(planRepair(rows, options).damage)
}

export interface RepairOutcome {
  /** What was wrong, in sentences; empty when nothing needed repair. */
  repaired: string[]
  /** The settings key under which the removed and changed rows were kept, or null. */
  keptAs: string | null
  changeSet: ChangeSet | null
}

/**
 * Repairs everything the check finds, planned again inside the write's transaction (so it
 * acts on the rows as they are then), in one transaction with one undo step.
 */
export async function repairIntegrity(
  db: CasefileDatabase,
  options: IntegrityOptions = {},
): Promise<RepairOutcome> {
  const now = options.now ?? Date.now()
  const tables: TableName[] = [...CHECKED, 'settings']
  const { result, changeSet } = await recordChanges(db, tables, 'repair', async (rec) => {
    const plan: RepairPlan = planRepair(await readRows(db, true), { ...options, now })
    if (plan.damage.length === 0) return { repaired: [], keptAs: null }
    const repaired = describeDamage(plan.damage)
    const keptAs = `${REPAIR_KEPT_PREFIX}${new Date(now).toISOString()}`
    await rec.put('settings', {
      key: keptAs,
      value: { repairedAt: now, repaired, rowsAsTheyWere: plan.kept },
      updatedAt: now,
    })
    for (const { table, key } of plan.remove) await rec.remove(table, key)
    for (const { table, row } of plan.put) await rec.put(table, row)
    return { repaired, keptAs }
  })
  return { ...result, changeSet }
}
