/**
 * The start-up integrity check: what in the stored rows cannot be as the app writes them
 * (a link to a deleted claim, an event of a deleted timeline, a document with no text...),
 * and the repair of each, worked out as a pure function over the rows. Nothing the analyst
 * wrote is thrown away: a repair re-homes what it can (events go to a "Recovered events"
 * timeline) and lists every row it removes or changes, as it was, for safekeeping.
 */
import { staleSortKeys } from '@shared/backup/merge-consistency'
import type { AbsoluteDate } from '@shared/dates/event-date'
import type { DocumentRow, DocumentTextRow } from './document-rows'
import type {
  ClaimRecord,
  EventRecord,
  EvidenceRecord,
  HighlightRecord,
  TimelineRecord,
} from './records'

/** The tables the check reads. */
export interface IntegrityRows {
  documents: DocumentRow[]
  /**
   * The check needs only each text's id; the repair gives the whole rows, so a text it
   * removes is kept whole.
   */
  documentTexts: (Pick<DocumentTextRow, 'id'> | DocumentTextRow)[]
  highlights: HighlightRecord[]
  claims: ClaimRecord[]
  evidence: EvidenceRecord[]
  timelines: TimelineRecord[]
  events: EventRecord[]
}

export type IntegrityTable = keyof IntegrityRows

export type DamageKind =
  | 'document-without-text'
  | 'text-without-document'
  | 'highlight-without-document'
  | 'evidence-without-claim'
  | 'evidence-without-highlight'
  | 'evidence-wrong-source'
  | 'event-without-timeline'
  | 'event-cites-missing-highlight'
  | 'event-relative-to-missing-event'
  | 'event-stale-index'

/** One damaged row. */
export interface Damage {
  kind: DamageKind
  table: IntegrityTable
  key: string
}

/** The rows a repair writes and removes; `kept` holds each touched row as it was. */
export interface RepairPlan {
  damage: Damage[]
  put: { table: IntegrityTable; row: object }[]
  remove: { table: IntegrityTable; key: string }[]
  kept: Partial<Record<IntegrityTable, object[]>>
}

/** The title of the timeline that takes in events whose own timeline is gone. */
export const RECOVERED_TIMELINE_TITLE = 'Recovered events'

export interface IntegrityOptions {
  /**
   * Every document the library has (bundled and imported). Without it, highlights are not
   * checked against documents: bundled documents are not stored in the database.
   */
  knownDocIds?: ReadonlySet<string>
  /** Now, in epoch ms, and the id for a recovered-events timeline (tests fix both). */
  now?: number
  newId?: () => string
}

/** The repair of everything damaged in `rows`; `damage` is empty when all is well. */
export function planRepair(rows: IntegrityRows, options: IntegrityOptions = {}): RepairPlan {
  const now = options.now ?? Date.now()
  const plan: RepairPlan = { damage: [], put: [], remove: [], kept: {} }
  const damaged = (kind: DamageKind, table: IntegrityTable, key: string) =>
    plan.damage.push({ kind, table, key })
  const keep = (table: IntegrityTable, row: object) => (plan.kept[table] ??= []).push(row)
  const remove = (table: IntegrityTable, key: string, row: object) => {
    plan.remove.push({ table, key })
    keep(table, row)
  }
  const change = (table: IntegrityTable, before: object, after: object) => {
    plan.put.push({ table, row: after })
    keep(table, before)
  }

  // Documents: the two rows of each are written together, so one alone is damage.
  const texts = new Set(rows.documentTexts.map((text) => text.id))
  const stored = new Set(rows.documents.map((row) => row.id))
  const documents = new Set(stored)
  for (const row of rows.documents) {
    if (texts.has(row.id)) continue
    damaged('document-without-text', 'documents', row.id)
    remove('documents', row.id, row)
    documents.delete(row.id)
  }
  for (const text of rows.documentTexts) {
    if (stored.has(text.id)) continue
    damaged('text-without-document', 'documentTexts', text.id)
    remove('documentTexts', text.id, text)
  }

  // Highlights of a document that is in neither the library nor the database.
  const live = new Map<string, HighlightRecord>()
  for (const highlight of rows.highlights) {
    const known = options.knownDocIds
    const gone =
      known !== undefined && !known.has(highlight.docId) && !documents.has(highlight.docId)
    if (!gone) {
      live.set(highlight.id, highlight)
      continue
    }
    damaged('highlight-without-document', 'highlights', highlight.id)
    remove('highlights', highlight.id, highlight)
  }

  const claims = new Set(rows.claims.map((claim) => claim.id))
  for (const link of rows.evidence) {
    const highlight = live.get(link.highlightId)
    if (!claims.has(link.claimId)) {
      damaged('evidence-without-claim', 'evidence', link.id)
      remove('evidence', link.id, link)
    } else if (!highlight) {
      damaged('evidence-without-highlight', 'evidence', link.id)
      remove('evidence', link.id, link)
    } else if (highlight.docId !== link.docId) {
      // The passage is the truth about where the evidence comes from.
      damaged('evidence-wrong-source', 'evidence', link.id)
      change('evidence', link, { ...link, docId: highlight.docId, updatedAt: now })
    }
  }

  planEvents(rows, live, options, now, { damaged, change }, plan)
  return plan
}

interface Marks {
  damaged: (kind: DamageKind, table: IntegrityTable, key: string) => void
  change: (table: IntegrityTable, before: object, after: object) => void
}

/** The date an event dated from a missing event keeps: what a source states, else its year. */
function standInDate(event: EventRecord): AbsoluteDate {
  const stated = event.sources.find((source) => source.stated)?.stated
  if (stated) return stated
  return {
    kind: 'point',
    date: { year: new Date(event.createdAt).getUTCFullYear(), approximate: true },
  }
}

function planEvents(
  rows: IntegrityRows,
  live: ReadonlyMap<string, HighlightRecord>,
  options: IntegrityOptions,
  now: number,
  { damaged, change }: Marks,
  plan: RepairPlan,
): void {
  const timelines = new Set(rows.timelines.map((timeline) => timeline.id))
  const eventIds = new Set(rows.events.map((event) => event.id))
  let recovered: TimelineRecord | null = null
  const next = new Map<string, EventRecord>()
  for (const event of rows.events) {
    let fixed = event
    if (!timelines.has(event.timelineId)) {
      damaged('event-without-timeline', 'events', event.id)
      recovered ??= {
        id: options.newId?.() ?? crypto.randomUUID(),
        title: RECOVERED_TIMELINE_TITLE,
        description: 'Events whose timeline was missing, moved here by a repair.',
        createdAt: now,
        updatedAt: now,
      }
      fixed = { ...fixed, timelineId: recovered.id }
    }
    const sources = fixed.sources.filter((source) => live.has(source.highlightId))
    const cited = fixed.highlightIds.some((id) => !live.has(id))
    if (sources.length !== fixed.sources.length || cited) {
      damaged('event-cites-missing-highlight', 'events', event.id)
      fixed = { ...fixed, sources }
    }
    const ids = [...new Set(fixed.sources.map((source) => source.highlightId))]
    if (ids.join('\n') !== fixed.highlightIds.join('\n')) {
      if (fixed === event) damaged('event-stale-index', 'events', event.id)
      fixed = { ...fixed, highlightIds: ids }
    }
    if (fixed.date.kind === 'relative' && !eventIds.has(fixed.date.eventId)) {
      damaged('event-relative-to-missing-event', 'events', event.id)
      fixed = { ...fixed, date: standInDate(fixed) }
    }
    next.set(event.id, fixed)
  }
  // Order keys follow the dates, the mended ones included.
  for (const [id, key] of staleSortKeys(next)) next.set(id, { ...next.get(id)!, sortKey: key })
  if (recovered) plan.put.push({ table: 'timelines', row: recovered })
  for (const event of rows.events) {
    const fixed = next.get(event.id)!
    if (fixed !== event) change('events', event, { ...fixed, updatedAt: now })
  }
}

const DAMAGE_WORDS: Readonly<Record<DamageKind, [one: string, many: string]>> = {
  'document-without-text': [
    'imported document has lost its text',
    'imported documents have lost their text',
  ],
  'text-without-document': [
    'document text has lost its details',
    'document texts have lost their details',
  ],
  'highlight-without-document': [
    'highlight is on a document no longer in the library',
    'highlights are on documents no longer in the library',
  ],
  'evidence-without-claim': [
    'evidence link points to a deleted claim',
    'evidence links point to deleted claims',
  ],
  'evidence-without-highlight': [
    'evidence link points to a deleted highlight',
    'evidence links point to deleted highlights',
  ],
  'evidence-wrong-source': [
    'evidence link names another source than its passage',
    'evidence links name another source than their passage',
  ],
  'event-without-timeline': [
    'event belongs to a deleted timeline',
    'events belong to deleted timelines',
  ],
  'event-cites-missing-highlight': [
    'event cites a deleted highlight',
    'events cite deleted highlights',
  ],
  'event-relative-to-missing-event': [
    'event is dated from a deleted event',
    'events are dated from deleted events',
  ],
  'event-stale-index': [
    "event's list of sources is out of step",
    "events' lists of sources are out of step",
  ],
}

/** The damage in sentences, one per kind in a fixed order ("2 evidence links point to..."). */
export function describeDamage(damage: readonly Damage[]): string[] {
  const counts = new Map<DamageKind, number>()
  for (const item of damage) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
  return (Object.keys(DAMAGE_WORDS) as DamageKind[])
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const count = counts.get(kind)!
      const [one, many] = DAMAGE_WORDS[kind]
      return `${count.toLocaleString('en')} ${count === 1 ? one : many}.`
    })
}
