/**
 * The claims table's rows: each claim with its evidence counted (by link and by
 * independent source), the status the evidence suggests, and its confidence. Grade
 * thresholds narrow what counts as evidence: with "sources graded B or better" only
 * links from such sources count, and a claim left with no such evidence drops out.
 */
import { reliabilityRank, type Credibility, type Reliability } from './admiralty'
import { summarizeAllClaims, EMPTY_SUMMARY, type ClaimEvidenceSummary } from './claim-summary'
import { confidenceLabel, confidenceRank } from './confidence'
import type { ClaimReuse } from './reuse-counting'
import { statusDiffers } from './status'
import { statusLabel, type ClaimStatus, type EvidenceFact, type SourceIdentity } from './types'

export interface ClaimForRow {
  id: string
  statement: string
  status: ClaimStatus
  confidence: string | null
  tags: readonly string[]
  updatedAt: number
}

/** An evidence link with its information's credibility grade (1-6) or null. */
export interface GradedEvidence extends EvidenceFact {
  credibility: number | null
}

export interface ClaimRow extends ClaimEvidenceSummary {
  id: string
  statement: string
  status: ClaimStatus
  statusLabel: string
  /** The analyst's status differs from the one the evidence suggests. */
  statusDiffers: boolean
  confidence: string | null
  confidenceLabel: string
  /** For sorting: higher is more likely; not assessed is lowest. */
  confidenceRank: number
  tags: readonly string[]
  updatedAt: number
}

/** Which evidence counts; null means no threshold. */
export interface GradeThresholds {
  /** Only sources graded this reliable or better (A is best). */
  minReliability: Reliability | null
  /** Only information graded this credible or better (1 is best). */
  maxCredibility: Credibility | null
}

export const NO_THRESHOLDS: GradeThresholds = { minReliability: null, maxCredibility: null }

function hasThresholds(t: GradeThresholds): boolean {
  return t.minReliability !== null || t.maxCredibility !== null
}

/** Whether a link passes the thresholds; ungraded evidence fails any threshold. */
export function meetsThresholds(
  link: GradedEvidence,
  reliabilityOf: ReadonlyMap<string, string>,
  t: GradeThresholds,
): boolean {
  if (t.minReliability !== null) {
    const grade = reliabilityOf.get(link.docId)
    if (!grade || reliabilityRank(grade) < reliabilityRank(t.minReliability)) return false
  }
  if (t.maxCredibility !== null) {
    if (link.credibility === null || link.credibility > t.maxCredibility) return false
  }
  return true
}

/**
 * One row per claim (in the given order), counted over the evidence that passes `thresholds`;
 * with `reuse`, passages that repeat one another count as one independent source.
 */
export function buildClaimRows(
  claims: readonly ClaimForRow[],
  evidence: readonly GradedEvidence[],
  identities: ReadonlyMap<string, SourceIdentity>,
  reliabilityOf: ReadonlyMap<string, string>,
  thresholds: GradeThresholds = NO_THRESHOLDS,
  reuse: ClaimReuse | null = null,
): ClaimRow[] {
  const filtering = hasThresholds(thresholds)
  const counted = filtering
    ? evidence.filter((link) => meetsThresholds(link, reliabilityOf, thresholds))
    : evidence
  const summaries = summarizeAllClaims(counted, identities, reuse)
  const rows: ClaimRow[] = []
  for (const claim of claims) {
    const summary = summaries.get(claim.id)
    if (filtering && !summary) continue
    const s = summary ?? EMPTY_SUMMARY
    rows.push({
      ...s,
      id: claim.id,
      statement: claim.statement,
      status: claim.status,
      statusLabel: statusLabel(claim.status),
      statusDiffers: statusDiffers(claim.status, s.suggested),
      confidence: claim.confidence,
      confidenceLabel: confidenceLabel(claim.confidence),
      confidenceRank: confidenceRank(claim.confidence),
      tags: claim.tags,
      updatedAt: claim.updatedAt,
    })
  }
  return rows
}

/** The identities of sources for independence, from their metadata. */
export function identitiesOf(
  metas: readonly { id: string; authors: readonly string[]; outlet: string | null }[],
): Map<string, SourceIdentity> {
  return new Map(metas.map((m) => [m.id, { docId: m.id, authors: m.authors, outlet: m.outlet }]))
}
