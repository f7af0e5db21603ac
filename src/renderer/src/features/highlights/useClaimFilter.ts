/**
 * The side list's "Show" choice: all highlights, or only those serving one claim. A claim
 * that no longer has passages here (or was deleted) stops filtering.
 */
import { filterPlacementGroups } from '@shared/highlights/filter-placement-groups'
import type { PlacementGroups } from '@shared/highlights/placement-groups'
import { useMemo, useState } from 'react'
import type { HighlightRecord } from '../../db/records'
import type { DocumentClaims } from '../claims/useDocumentClaims'

export interface ClaimFilter {
  /** The claim filtered by, or '' for all. */
  claimId: string
  setClaimId: (id: string) => void
  /** The groups narrowed to the claim's highlights (the same object when unfiltered). */
  shown: PlacementGroups<HighlightRecord>
}

export function useClaimFilter(
  groups: PlacementGroups<HighlightRecord>,
  documentClaims: DocumentClaims,
): ClaimFilter {
  const [chosen, setClaimId] = useState('')
  const { byHighlight, claims } = documentClaims
  const claimId = claims.some((c) => c.id === chosen) ? chosen : ''
  const shown = useMemo(
    () =>
      filterPlacementGroups(
        groups,
        claimId
          ? (h: HighlightRecord) =>
              byHighlight.get(h.id)?.some((c) => c.claimId === claimId) ?? false
          : null,
      ),
    [groups, claimId, byHighlight],
  )
  return { claimId, setClaimId, shown }
}
