/**
 * Claims, their evidence links and the sources' grades, live from the database, with the
 * sources' identities (authors, outlet) for counting independent sources.
 */
import { identitiesOf } from '@shared/claims/claim-rows'
import type { SourceIdentity } from '@shared/claims/types'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../../db'
import { allClaims, allEvidence, allSourceGrades } from '../../db/claims'
import type { ClaimRecord, EvidenceRecord } from '../../db/records'
import { useDocumentSummaries } from '../../host/useDocuments'

export interface ClaimsWorkspace {
  claims: ClaimRecord[]
  evidence: EvidenceRecord[]
  /** Reliability grade (A-F) by document id. */
  reliabilityOf: Map<string, string>
  identities: Map<string, SourceIdentity>
  /** False until the database first answers. */
  loaded: boolean
}

const NO_CLAIMS: ClaimRecord[] = []
const NO_EVIDENCE: EvidenceRecord[] = []
const NO_GRADES = new Map<string, string>()

/** The claims workspace, with the identities of the listed sources. */
export function useClaimsWorkspace(): ClaimsWorkspace {
  const documents = useDocumentSummaries()
  const claims = useLiveQuery(() => allClaims(db), [])
  const evidence = useLiveQuery(() => allEvidence(db), [])
  const grades = useLiveQuery(() => allSourceGrades(db), [])
  const identities = useMemo(() => identitiesOf(documents.map((d) => d.meta)), [documents])
  return {
    claims: claims ?? NO_CLAIMS,
    evidence: evidence ?? NO_EVIDENCE,
    reliabilityOf: grades ?? NO_GRADES,
    identities,
    loaded: claims !== undefined && evidence !== undefined && grades !== undefined,
  }
}
