/**
 * The workspace of the brief-export benchmark: 10,000 highlights on the bundled corpus,
 * 1,000 claims with 10 evidence links each (every link a different highlight), and one
 * brief that selects every claim by status, so it cites all 10,000 passages.
 */
import type { BriefSectionKind } from '../../src/shared/brief/brief-spec'
import { CLAIM_STATUSES, type ClaimStatus } from '../../src/shared/claims/types'
import type { DocumentModel } from '../../src/shared/corpus/document-model'
import type { SeedClaimRecord, SeedEvidenceRecord } from './synthetic-claims'
import type { SeedHighlightRecord } from './synthetic-highlights'
import { corpusClaims, corpusHighlights, linkEvidence, spacedId } from './synthetic-workspace'

/**
 * The shape of the app's `BriefRecord` (src/renderer/src/db/records.ts, schema version 4),
 * repeated here because the renderer's modules resolve `@shared` paths that the Node build
 * does not.
 */
export interface SeedBriefRecord {
  id: string
  title: string
  author: string
  summary: string
  sections: BriefSectionKind[]
  claims: { ids: string[]; tags: string[]; statuses: ClaimStatus[] }
  timelineIds: string[]
  highlights: { tags: string[]; colors: string[] }
  createdAt: number
  updatedAt: number
}

/** Options for {@link generateBriefWorkspace}. */
export interface BriefWorkspaceOptions {
  /** 1,000 by default. */
  claims?: number
  /** Evidence links per claim, each a different highlight; 10 by default. */
  linksPerClaim?: number
}

/** Everything the brief benchmark seeds, by table. */
export interface SyntheticBriefWorkspace {
  highlights: SeedHighlightRecord[]
  claims: SeedClaimRecord[]
  evidence: SeedEvidenceRecord[]
  brief: SeedBriefRecord
}

/** The brief's title: what the preview's first heading shows once it is drawn. */
export const BRIEF_TITLE = 'Border security and trade: all claims'

/**
 * The workspace: `claims × linksPerClaim` highlights (so each is cited exactly once) over
 * `docs`, the claims, their links and the brief (sections summary, claims, sources; every
 * status selected; a short summary in plain words).
 */
export function generateBriefWorkspace(
  docs: readonly DocumentModel[],
  options: BriefWorkspaceOptions = {},
): SyntheticBriefWorkspace {
  const { claims: claimCount = 1000, linksPerClaim = 10 } = options
  const links = claimCount * linksPerClaim
  const highlights = corpusHighlights(docs, links)
  const claims = corpusClaims(
    docs.map((doc) => doc.meta.id),
    claimCount,
  )
  const evidence = linkEvidence(claims, highlights, { links })
  const createdAt = Date.UTC(2026, 10, 20)
  const brief: SeedBriefRecord = {
    id: spacedId('e', 1),
    title: BRIEF_TITLE,
    author: 'J. Analyst, South Asia desk',
    summary:
      'Every claim on the border file, with the passages that support, contradict or frame ' +
      'each one. Contested claims need a second source before they go further.',
    sections: ['summary', 'claims', 'sources'],
    claims: { ids: [], tags: [], statuses: [...CLAIM_STATUSES] },
    timelineIds: [],
    highlights: { tags: [], colors: [] },
    createdAt,
    updatedAt: createdAt,
  }
  return { highlights, claims, evidence, brief }
}
