/**
 * Checks a backup's rows against each other: keys unique within each table, every
 * reference the app keeps consistent (evidence to its claim and highlight, events to
 * their timeline, sources and base event) pointing at a row in the same backup, and no
 * relative date leading back to itself. Document ids are not checked (bundled sources are
 * never in a backup), nor are a brief's selections (a brief may keep the id of a claim
 * deleted since).
 */
import { BLOCK_SEPARATOR } from '../corpus/document-layout'
import { resolveAll } from '../dates/resolve'
import {
  BACKUP_TABLES,
  BACKUP_TABLE_KEYS,
  rowKey,
  type BackupTableName,
  type BackupTables,
} from './backup-format'
import type { BackupProblem } from './backup-problem'
import { eventsInDateCycles } from './merge-consistency'

const duplicate = (message: string): BackupProblem => ({ kind: 'duplicate', message })
const reference = (message: string): BackupProblem => ({ kind: 'reference', message })

const ROW_NAMES: Readonly<Record<BackupTableName, string>> = {
  documents: 'imported documents',
  highlights: 'highlights',
  claims: 'claims',
  evidence: 'evidence links',
  timelines: 'timelines',
  events: 'events',
  settings: 'settings',
  sourceGrades: 'source grades',
  briefs: 'briefs',
}

function duplicateProblems(tables: BackupTables, table: BackupTableName): BackupProblem[] {
  const firstIndex = new Map<string, number>()
  const problems: BackupProblem[] = []
  const rows = tables[table] as readonly object[]
  rows.forEach((row, index) => {
    const key = rowKey(table, row as never)
    const earlier = firstIndex.get(key)
    if (earlier === undefined) {
      firstIndex.set(key, index)
      return
    }
    const property = BACKUP_TABLE_KEYS[table]
    const keyWords =
      property === 'key' ? 'the key' : property === 'docId' ? 'the document id' : 'the id'
    problems.push(
      duplicate(
        `Two ${ROW_NAMES[table]} have ${keyWords} ${JSON.stringify(key)} (${table}[${earlier}] and ${table}[${index}]).`,
      ),
    )
  })
  return problems
}

/** Problems with evidence: missing claims or highlights, a passage linked twice to a claim. */
function evidenceProblems(
  tables: BackupTables,
  claims: Set<string>,
  highlights: Set<string>,
): BackupProblem[] {
  const problems: BackupProblem[] = []
  const linked = new Map<string, number>()
  tables.evidence.forEach((link, index) => {
    const row = `evidence[${index}] (id ${link.id})`
    if (!claims.has(link.claimId)) {
      problems.push(
        reference(
          `${row} points to claim ${JSON.stringify(link.claimId)}, which is not in the backup.`,
        ),
      )
    }
    if (!highlights.has(link.highlightId)) {
      problems.push(
        reference(
          `${row} points to highlight ${JSON.stringify(link.highlightId)}, which is not in the backup.`,
        ),
      )
    }
    // A passage serves a claim once; the app keeps one link per pair.
    const pair = JSON.stringify([link.claimId, link.highlightId])
    const earlier = linked.get(pair)
    if (earlier !== undefined) {
      problems.push(
        duplicate(
          `evidence[${earlier}] and evidence[${index}] both link highlight ${JSON.stringify(link.highlightId)} to claim ${JSON.stringify(link.claimId)}.`,
        ),
      )
    } else linked.set(pair, index)
  })
  return problems
}

function eventProblems(tables: BackupTables, highlights: Set<string>): BackupProblem[] {
  const problems: BackupProblem[] = []
  const timelines = new Set(tables.timelines.map((timeline) => timeline.id))
  const events = new Set(tables.events.map((event) => event.id))
  tables.events.forEach((event, index) => {
    const row = `events[${index}] (id ${event.id})`
    if (!timelines.has(event.timelineId)) {
      problems.push(
        reference(
          `${row} belongs to timeline ${JSON.stringify(event.timelineId)}, which is not in the backup.`,
        ),
      )
    }
    const cited = new Set([...event.sources.map((s) => s.highlightId), ...event.highlightIds])
    for (const highlightId of cited) {
      if (!highlights.has(highlightId)) {
        problems.push(
          reference(
            `${row} cites highlight ${JSON.stringify(highlightId)}, which is not in the backup.`,
          ),
        )
      }
    }
    if (event.date.kind === 'relative' && !events.has(event.date.eventId)) {
      problems.push(
        reference(
          `${row} is dated relative to event ${JSON.stringify(event.date.eventId)}, which is not in the backup.`,
        ),
      )
    }
  })
  return problems
}

/**
 * One problem per loop of relative dates, at its first event in the backup, in the words
 * the timeline uses for it (the date rules of dates/resolve) and with the ids round the
 * loop. The app refuses to write such a date, and the events on it have no date at all.
 */
function dateLoopProblems(tables: BackupTables): BackupProblem[] {
  const events = new Map(tables.events.map((event) => [event.id, event]))
  const looping = eventsInDateCycles(events)
  if (looping.size === 0) return []
  const resolutions = resolveAll(tables.events)
  const reported = new Set<string>()
  const problems: BackupProblem[] = []
  tables.events.forEach((event, index) => {
    if (!looping.has(event.id) || reported.has(event.id)) return
    // Every member leads round the loop and back, so this walk ends where it began.
    const chain = [event.id]
    let date = event.date
    while (date.kind === 'relative') {
      chain.push(date.eventId)
      reported.add(date.eventId)
      const base = events.get(date.eventId)
      if (!base || base.id === event.id) break
      date = base.date
    }
    const resolution = resolutions.get(event.id)
    const why =
      resolution && !resolution.ok ? resolution.problem : 'it is dated relative to itself.'
    problems.push({
      kind: 'date-loop',
      message: `events[${index}] (id ${event.id}) cannot be dated: ${why.replace(/\.$/, '')} (${chain.join(' → ')}).`,
    })
  })
  return problems
}

/**
 * Every duplicate key, document text that is not its paragraphs, dangling reference and
 * loop of relative dates in `tables`, as
 * sentences naming the rows ("evidence[4] (id e4) points to claim "c9", which is not in the
 * backup."), in table order, loops last. Empty when the backup is consistent.
 */
/**
 * Imported documents whose text is not their paragraphs joined: the app stores the
 * paragraphs and rebuilds the text from them, so such a text would change on restore
 * under the same rev, and highlights on it would land at the wrong offsets.
 */
function documentTextProblems(tables: BackupTables): BackupProblem[] {
  const problems: BackupProblem[] = []
  tables.documents.forEach((row, index) => {
    const { blocks, text, meta } = row.document
    if (blocks.map((block) => block.text).join(BLOCK_SEPARATOR) === text) return
    problems.push({
      kind: 'shape',
      message: `documents[${index}] (“${meta.title}”) has a text that is not its paragraphs joined; it was changed outside Casefile.`,
    })
  })
  return problems
}

export function integrityProblems(tables: BackupTables): BackupProblem[] {
  const duplicates = BACKUP_TABLES.flatMap((table) => duplicateProblems(tables, table))
  const claims = new Set(tables.claims.map((claim) => claim.id))
  const highlights = new Set(tables.highlights.map((highlight) => highlight.id))
  return [
    ...duplicates,
    ...documentTextProblems(tables),
    ...evidenceProblems(tables, claims, highlights),
    ...eventProblems(tables, highlights),
    ...dateLoopProblems(tables),
  ]
}
