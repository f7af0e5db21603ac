/**
 * What a brief is built from: the analyst's workspace as plain data. The types are
 * structural so the stored records satisfy them as they are, without src/shared knowing
 * about the database.
 */
import type { ClaimReuse } from '../claims/reuse-counting'
import type { ClaimStatus, Stance } from '../claims/types'
import type { DocumentMeta } from '../corpus/document-model'
import type { EventInput } from '../timelines/timeline-items'
import type { PassageSpan } from '../corpus/passage-locator'

/** A highlighted passage, placed on its source's current text. */
export interface BriefPassage {
  highlightId: string
  docId: string
  /** The exact highlighted text. */
  quote: string
  /**
   * The ¶ range the passage covers, with its pages for a source that has them; null when
   * it could not be placed or covers no paragraph.
   */
  span: PassageSpan | null
  /** The colour id ("yellow"); its name is in `BriefWorkspace.colorNames`. */
  color: string
  note: string
  tags: readonly string[]
  createdAt: number
}

export interface BriefClaim {
  id: string
  statement: string
  status: ClaimStatus
  /** An ICD 203 band key, or null when not assessed. */
  confidence: string | null
  note: string
  tags: readonly string[]
  updatedAt: number
}

export interface BriefEvidence {
  id: string
  claimId: string
  highlightId: string
  docId: string
  stance: Stance
  /** Admiralty credibility 1–6, or null when not graded. */
  credibility: number | null
  note: string
}

export interface BriefSourceGrade {
  docId: string
  /** Admiralty reliability A–F, or null when not graded. */
  reliability: string | null
}

export interface BriefTimeline {
  id: string
  title: string
  description: string
}

export interface BriefWorkspace {
  documents: readonly DocumentMeta[]
  passages: readonly BriefPassage[]
  claims: readonly BriefClaim[]
  evidence: readonly BriefEvidence[]
  sourceGrades: readonly BriefSourceGrade[]
  timelines: readonly BriefTimeline[]
  /** Every event of every timeline: relative dates may point across timelines. */
  events: readonly EventInput[]
  /** Colour id → the analyst's name for it. */
  colorNames: Readonly<Record<string, string>>
  /**
   * Text reuse found among the sources and the analyst's verdicts on pairs: with it a
   * claim's passages that repeat one another count as one independent source, and the
   * brief says why. Without it sources are told apart by outlet and author only.
   */
  reuse?: ClaimReuse
}

/** When and by what a brief was exported; written into its front matter. */
export interface BriefExportMeta {
  exportedAt: Date
  toolName: string
  toolVersion: string
}
