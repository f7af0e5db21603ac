/** Test support: a claim as the claims table reads it, unverified and untagged unless told. */
import type { ClaimForRow } from '../claim-rows'

export const claim = (id: string, extra: Partial<ClaimForRow> = {}): ClaimForRow => ({
  id,
  statement: `Claim ${id}`,
  status: 'unverified',
  confidence: null,
  tags: [],
  updatedAt: 1,
  ...extra,
})
