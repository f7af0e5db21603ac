/**
 * The Admiralty (NATO) grading of intelligence: a letter for how reliable the source has
 * been (A–F) and a digit for how credible this piece of information is (1–6), written
 * together as "B2". The two are judged apart: a reliable source can pass on doubtful news.
 */

export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type Reliability = (typeof RELIABILITIES)[number]

export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const
export type Credibility = (typeof CREDIBILITIES)[number]

export const RELIABILITY_LABELS: Readonly<Record<Reliability, string>> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
}

export const CREDIBILITY_LABELS: Readonly<Record<Credibility, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
}

/** Accepts anything because grades are read back from storage and imported backups. */
export function isReliability(value: unknown): value is Reliability {
  return typeof value === 'string' && (RELIABILITIES as readonly string[]).includes(value)
}

/** Only the numbers 1–6: a stored "2" string is a corrupt value, not a grade. */
export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITIES as readonly number[]).includes(value)
}

/** "B2"; an ungraded half shows as "–" ("B–", "–3") and nothing at all as "". */
export function formatGrade(
  reliability: Reliability | null,
  credibility: Credibility | null,
): string {
  if (reliability === null && credibility === null) return ''
  return `${reliability ?? '–'}${credibility ?? '–'}`
}

/**
 * Sort key, higher is better (A = 5 … F = 0) as with confidenceRank; -1 for ungraded or
 * an unknown value, so that F ("cannot be judged", still a judgement) ranks above none.
 * Takes any string because grades are read back from storage.
 */
export function reliabilityRank(reliability: string | null): number {
  if (!isReliability(reliability)) return -1
  return RELIABILITIES.length - 1 - RELIABILITIES.indexOf(reliability)
}
