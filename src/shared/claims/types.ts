/**
 * The vocabulary of claims: how a piece of evidence bears on a claim (stance), what the
 * analyst judges a claim to be (status), and the facts the corroboration rules work on.
 */

/** How one highlight bears on one claim. */
export type Stance = 'supports' | 'contradicts' | 'context'

export const STANCES: readonly Stance[] = ['supports', 'contradicts', 'context']

/** Where a claim stands, from no evidence at all to evidence only against it. */
export type ClaimStatus = 'unverified' | 'supported' | 'contested' | 'refuted'

export const CLAIM_STATUSES: readonly ClaimStatus[] = [
  'unverified',
  'supported',
  'contested',
  'refuted',
]

/**
 * Who stands behind a source, for independence: the same outlet or a shared author means
 * not independent.
 */
export interface SourceIdentity {
  docId: string
  authors: readonly string[]
  outlet: string | null
}

/** One evidence link as the rules need it. */
export interface EvidenceFact {
  id: string
  claimId: string
  highlightId: string
  docId: string
  stance: Stance
}

const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
}

const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Unverified',
  supported: 'Supported',
  contested: 'Contested',
  refuted: 'Refuted',
}

export function stanceLabel(stance: Stance): string {
  return STANCE_LABELS[stance]
}

export function statusLabel(status: ClaimStatus): string {
  return STATUS_LABELS[status]
}

/** Accepts anything because stances are read back from storage and imported backups. */
export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value)
}

/** Accepts anything because statuses are read back from storage and imported backups. */
export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value)
}
