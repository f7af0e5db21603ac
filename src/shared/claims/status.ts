/**
 * The status the evidence suggests for a claim. It is only a suggestion: the analyst
 * sets the status, and the interface points out where the two disagree.
 */
import type { ClaimStatus } from './types'

/**
 * Counts are of independent sources, so ten reprints of one wire story weigh as one.
 * Context evidence is not an argument either way and never moves the status.
 */
export function suggestedStatus(
  independentSupporting: number,
  independentContradicting: number,
): ClaimStatus {
  const supported = independentSupporting > 0
  const contradicted = independentContradicting > 0
  if (supported && contradicted) return 'contested'
  if (supported) return 'supported'
  if (contradicted) return 'refuted'
  return 'unverified'
}

/** True when the analyst's status is not the one the evidence suggests. */
export function statusDiffers(analyst: ClaimStatus, suggested: ClaimStatus): boolean {
  return analyst !== suggested
}
