/** How the plan and the repairs name rows of each table in sentences. */
import type { BackupTableName } from './backup-format'

const NOUNS: Readonly<Record<BackupTableName, readonly [string, string]>> = {
  documents: ['imported document', 'imported documents'],
  highlights: ['highlight', 'highlights'],
  claims: ['claim', 'claims'],
  evidence: ['evidence link', 'evidence links'],
  timelines: ['timeline', 'timelines'],
  events: ['event', 'events'],
  settings: ['setting', 'settings'],
  sourceGrades: ['source grade', 'source grades'],
  briefs: ['brief', 'briefs'],
}

/** The singular and plural noun for a row of `table`: ['evidence link', 'evidence links']. */
export function rowNouns(table: BackupTableName): readonly [string, string] {
  return NOUNS[table]
}

/** "1,204 highlights", "1 claim". */
export function countRows(n: number, table: BackupTableName): string {
  const [one, many] = NOUNS[table]
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** "a, b and c"; one part alone; nothing for none. */
export function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
