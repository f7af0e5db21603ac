/**
 * What a claim's evidence adds up to: link counts per stance, how many independent
 * sources stand behind each side, and the status that suggests. Independence is judged
 * per claim over that claim's own sources, never across the whole corpus; given the text
 * reuse found and the analyst's verdicts, passages that repeat one another are one source.
 */
import { createClaimCounter, type ClaimCounter, type ClaimReuse } from './reuse-counting'
import { suggestedStatus } from './status'
import type { ClaimStatus, EvidenceFact, SourceIdentity } from './types'

export interface ClaimEvidenceSummary {
  /** Links per stance, not sources: two highlights from one article are two links. */
  supporting: number
  contradicting: number
  context: number
  independentSupporting: number
  independentContradicting: number
  /** Independent groups over all the claim's evidence, whatever its stance. */
  independentSources: number
  /** Everything rests on one source (or one group of linked sources). */
  singleSource: boolean
  suggested: ClaimStatus
}

/** The summary of a claim with no evidence; claims missing from summarizeAllClaims have it. */
export const EMPTY_SUMMARY: ClaimEvidenceSummary = Object.freeze({
  supporting: 0,
  contradicting: 0,
  context: 0,
  independentSupporting: 0,
  independentContradicting: 0,
  independentSources: 0,
  singleSource: false,
  suggested: 'unverified',
})

function summarize(evidence: readonly EvidenceFact[], counter: ClaimCounter): ClaimEvidenceSummary {
  const supportingDocs: string[] = []
  const contradictingDocs: string[] = []
  const allDocs: string[] = []
  let context = 0
  for (const fact of evidence) {
    allDocs.push(fact.docId)
    if (fact.stance === 'supports') supportingDocs.push(fact.docId)
    else if (fact.stance === 'contradicts') contradictingDocs.push(fact.docId)
    else if (fact.stance === 'context') context++
  }
  let independentSupporting: number
  let independentContradicting: number
  let independentSources: number
  if (counter.needsPassages(evidence)) {
    independentSupporting = counter.byPassages(evidence.filter((f) => f.stance === 'supports'))
    independentContradicting = counter.byPassages(
      evidence.filter((f) => f.stance === 'contradicts'),
    )
    independentSources = counter.byPassages(evidence)
  } else {
    independentSupporting = counter.byDocs(supportingDocs)
    independentContradicting = counter.byDocs(contradictingDocs)
    independentSources = counter.byDocs(allDocs)
  }
  return {
    supporting: supportingDocs.length,
    contradicting: contradictingDocs.length,
    context,
    independentSupporting,
    independentContradicting,
    independentSources,
    singleSource: independentSources === 1,
    suggested: suggestedStatus(independentSupporting, independentContradicting),
  }
}

/**
 * The summary of one claim's evidence; every fact is taken to belong to that claim. With
 * `reuse`, passages that repeat one another count as one source (see reuse-counting.ts).
 */
export function summarizeClaimEvidence(
  evidence: readonly EvidenceFact[],
  identities: ReadonlyMap<string, SourceIdentity>,
  reuse: ClaimReuse | null = null,
): ClaimEvidenceSummary {
  return summarize(evidence, createClaimCounter(identities, reuse))
}

/**
 * Summaries of every claim that has evidence, in one pass over all of it (the claims
 * list shows tens of thousands at once). Claims without evidence are absent: use
 * EMPTY_SUMMARY for them.
 */
export function summarizeAllClaims(
  evidence: readonly EvidenceFact[],
  identities: ReadonlyMap<string, SourceIdentity>,
  reuse: ClaimReuse | null = null,
): Map<string, ClaimEvidenceSummary> {
  const byClaim = new Map<string, EvidenceFact[]>()
  for (const fact of evidence) {
    const facts = byClaim.get(fact.claimId)
    if (facts) facts.push(fact)
    else byClaim.set(fact.claimId, [fact])
  }
  const count = createClaimCounter(identities, reuse)
  const summaries = new Map<string, ClaimEvidenceSummary>()
  for (const [claimId, facts] of byClaim) summaries.set(claimId, summarize(facts, count))
  return summaries
}
