/**
 * Mends, on reading, the rows of a checked backup that the app never writes but whose
 * truth is plain from the rest of the backup, each kind of mend said in one sentence for
 * the restore plan. Anything whose truth is not plain is refused instead (validate-backup).
 */
import type { Backup, BackupEvent, BackupEvidence } from './backup-format'
import type { BackupRepair } from './backup-problem'

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

/**
 * `backup` (already checked: shapes and references sound) with what the app never writes
 * mended, and one repair per kind of mend, in the order the plan says them. The input is not
 * changed; when nothing needed mending the same backup comes back with no repairs. Mending
 * a mended backup changes nothing more.
 */
export function repairBackup(backup: Backup, options: RepairOptions): RepairedBackup {
  void options
  return followPassages(backup)
}
