/** A restore plan in sentences, for the dialog that asks the analyst to confirm it. */
import { BACKUP_TABLES, type BackupTableName } from './backup-format'
import type { BackupRepair } from './backup-problem'
import type { RestorePlan, TableCounts } from './restore-plan'
import { countRows, listed, rowNouns } from './table-words'

function describeReplace(plan: RestorePlan): string[] {
  const restored = BACKUP_TABLES.flatMap((table) => {
    const n = plan.tables[table].put.length
    return n > 0 ? [countRows(n, table)] : []
  })
  const removed = BACKUP_TABLES.flatMap((table) => {
    const n = plan.tables[table].counts.remove
    return n > 0 ? [countRows(n, table)] : []
  })
  const first =
    restored.length > 0
      ? `Replace everything: ${listed(restored)} will be restored.`
      : 'Replace everything: the backup is empty, so nothing will be restored.'
  const second =
    removed.length > 0
      ? `${listed(removed)} now in Casefile will be removed.`
      : 'Nothing now in Casefile is missing from the backup, so nothing will be lost.'
  return [first, second.charAt(0).toUpperCase() + second.slice(1)]
}

function describeMergeTable(table: BackupTableName, counts: TableCounts): string | null {
  if (counts.add + counts.update + counts.keep + counts.skip === 0) return null
  const [one, many] = rowNouns(table)
  const parts = [`${counts.add.toLocaleString('en')} new ${counts.add === 1 ? one : many}`]
  parts.push(`${counts.update.toLocaleString('en')} updated (newer in the backup)`)
  parts.push(`${counts.keep.toLocaleString('en')} kept (same or newer here)`)
  if (counts.skip > 0) {
    parts.push(`${counts.skip.toLocaleString('en')} left out (already linked here)`)
  }
  return `${parts.join(', ')}.`
}

function describeMerge(plan: RestorePlan): string[] {
  const tables = BACKUP_TABLES.flatMap((table) => {
    const sentence = describeMergeTable(table, plan.tables[table].counts)
    return sentence ? [sentence] : []
  })
  if (tables.length === 0) return ['Merge: the backup is empty, so nothing will change.']
  const sentences = tables.map((sentence, index) => (index === 0 ? `Merge: ${sentence}` : sentence))
  if (plan.cycleKept > 0) {
    sentences.push(
      `${countRows(plan.cycleKept, 'events')} kept as ${plan.cycleKept === 1 ? 'it is' : 'they are'} here: the backup's ${plan.cycleKept === 1 ? 'version' : 'versions'} would date ${plan.cycleKept === 1 ? 'it' : 'them'} relative to ${plan.cycleKept === 1 ? 'itself' : 'themselves'}.`,
    )
  }
  if (plan.resorted > 0) {
    sentences.push(
      `${countRows(plan.resorted, 'events')} here will move on ${plan.resorted === 1 ? 'its' : 'their'} timeline, because the event ${plan.resorted === 1 ? 'it is' : 'they are'} dated from changed.`,
    )
  }
  sentences.push('Nothing will be removed.')
  return sentences
}

/**
 * The plan in sentences: "Replace everything: 1,204 highlights and 37 claims will be
 * restored." "12 highlights and 3 claims now in Casefile will be removed." or "Merge: 30
 * new highlights, 4 updated (newer in the backup), 1,170 kept (same or newer here)."
 * Tables with nothing to say are left out. Then one sentence per repair made while reading
 * the backup, last, so the analyst sees what will be written differently from the file.
 */
export function describePlan(plan: RestorePlan, repairs: readonly BackupRepair[] = []): string[] {
  const sentences = plan.mode === 'replace' ? describeReplace(plan) : describeMerge(plan)
  return [...sentences, ...repairs.map((repair) => repair.message)]
}
