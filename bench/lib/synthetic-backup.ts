/**
 * The workspace of the backup benchmark: 50,000 records that a restore accepts, i.e.
 * consistent with each other (every evidence link points at an existing claim and
 * highlight, every event at the timeline and at existing highlights).
 */
import type { DocumentModel } from '../../src/shared/corpus/document-model'
import type { SeedClaimRecord, SeedEvidenceRecord } from './synthetic-claims'
import type { SeedHighlightRecord } from './synthetic-highlights'
import {
  generateTimeline,
  type SeedEventRecord,
  type SeedTimelineRecord,
} from './synthetic-timeline'
import { corpusClaims, corpusHighlights, linkEvidence } from './synthetic-workspace'

/** How many records of each table; the defaults add up to 50,000. */
export interface BackupWorkspaceOptions {
  highlights?: number
  claims?: number
  evidence?: number
  /** Events of the one timeline. */
  events?: number
}

/** Everything the backup benchmark seeds, by table (the app's table names). */
export interface SyntheticBackupWorkspace {
  highlights: SeedHighlightRecord[]
  claims: SeedClaimRecord[]
  evidence: SeedEvidenceRecord[]
  timelines: SeedTimelineRecord[]
  events: SeedEventRecord[]
}

/** The tables of {@link SyntheticBackupWorkspace}, in the order they are seeded. */
export const BACKUP_SEED_TABLES = [
  'highlights',
  'claims',
  'evidence',
  'timelines',
  'events',
] as const satisfies readonly (keyof SyntheticBackupWorkspace)[]

/**
 * The workspace: 30,000 highlights on `docs`, 5,000 claims, 10,000 evidence links (two per
 * claim, each a different highlight), one timeline and 4,999 events on it (dates from the
 * timeline benchmarks' generator; their 0-2 sources re-pointed at seeded highlights).
 */
export function generateBackupWorkspace(
  docs: readonly DocumentModel[],
  options: BackupWorkspaceOptions = {},
): SyntheticBackupWorkspace {
  const {
    highlights: highlightCount = 30_000,
    claims: claimCount = 5_000,
    evidence: linkCount = 10_000,
    events: eventCount = 4_999,
  } = options
  const docIds = docs.map((doc) => doc.meta.id)
  const highlights = corpusHighlights(docs, highlightCount)
  const claims = corpusClaims(docIds, claimCount)
  const evidence = linkEvidence(claims, highlights, { links: linkCount })
  const { timeline, events } = generateTimeline({ docIds, events: eventCount })
  // The generator's sources name highlights that do not exist; a restore refuses those.
  const cited = events.map((event, i) => {
    const sources = event.sources.map((_, s) => {
      const highlight = highlights[(i * 7 + s * 13) % highlights.length] as SeedHighlightRecord
      return { highlightId: highlight.id, docId: highlight.docId, stated: null }
    })
    return { ...event, sources, highlightIds: sources.map((source) => source.highlightId) }
  })
  return { highlights, claims, evidence, timelines: [timeline], events: cited }
}

/** Records in all. */
export function recordCount(workspace: SyntheticBackupWorkspace): number {
  return BACKUP_SEED_TABLES.reduce((sum, table) => sum + workspace[table].length, 0)
}
