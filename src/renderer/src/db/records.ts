/** Records stored in IndexedDB. IDs are crypto.randomUUID() strings; times epoch ms. */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { Selectors } from '@shared/anchoring/selectors'
import type { AbsoluteDate, EventDate } from '@shared/dates/event-date'
import type { BriefSpec } from '@shared/brief/brief-spec'
import type { ClaimStatus, Stance } from '@shared/claims/types'

// Declared once, in shared, where the rules that read them live; re-exported for the
// features that take their record types from here.
export type { ClaimStatus, Stance }

/**
 * A document the analyst imported, whole, as backups carry it (the bundled corpus is not
 * copied into the database). Stored as two rows since v5: see ./document-rows.
 */
export interface ImportedDocumentRecord {
  id: string
  addedAt: number
  document: DocumentModel
}

export interface HighlightRecord {
  id: string
  docId: string
  /** The document rev the selectors were made on. */
  docRev: string
  selectors: Selectors
  color: string
  note: string
  tags: string[]
  createdAt: number
  updatedAt: number
}

export interface ClaimRecord {
  id: string
  statement: string
  status: ClaimStatus
  /** ICD 203 band key, or null when the analyst has not judged it. */
  confidence: string | null
  note: string
  tags: string[]
  createdAt: number
  updatedAt: number
}

/** A passage (highlight) linked to a claim with a stance. */
export interface EvidenceRecord {
  id: string
  claimId: string
  highlightId: string
  /** The highlight's document (highlights never move between documents). Since v2. */
  docId: string
  stance: Stance
  /** Admiralty credibility of this piece of information, 1-6, or null if not graded. Since v2. */
  credibility: number | null
  note: string
  createdAt: number
  updatedAt: number
}

/** The analyst's Admiralty reliability grade (A-F) of a source. Since v2. */
export interface SourceGradeRecord {
  docId: string
  reliability: string | null
  updatedAt: number
}

/** A named timeline ("January 2024 strikes"). */
export interface TimelineRecord {
  id: string
  title: string
  description: string
  createdAt: number
  updatedAt: number
}

/** A passage an event rests on, with the date that source states for it, if any. */
export interface EventSourceRecord {
  highlightId: string
  docId: string
  /** The date this source gives the event; where they cannot all be true, a conflict. */
  stated: AbsoluteDate | null
}

export interface EventRecord {
  id: string
  timelineId: string
  title: string
  note: string
  tags: string[]
  /** A point or range of partial dates, or an offset from another event. */
  date: EventDate
  /** Earliest instant the (resolved) date can mean, for ordering; kept current on every write. */
  sortKey: number
  sources: EventSourceRecord[]
  /** The sources' highlight ids, indexed so deleting a highlight finds its events. */
  highlightIds: string[]
  createdAt: number
  updatedAt: number
}

/** Small named settings (colour names, remembered table layouts). */
export interface SettingRecord {
  key: string
  value: unknown
  updatedAt: number
}

/** A brief: what the analyst chose and wrote (see BriefSpec). Since v4. */
export interface BriefRecord extends BriefSpec {
  id: string
  createdAt: number
  updatedAt: number
}

/** Each table's row type by table name: one list for code that walks every table. */
export interface TableRecords {
  documents: ImportedDocumentRecord
  highlights: HighlightRecord
  claims: ClaimRecord
  evidence: EvidenceRecord
  timelines: TimelineRecord
  events: EventRecord
  settings: SettingRecord
  sourceGrades: SourceGradeRecord
  briefs: BriefRecord
}
