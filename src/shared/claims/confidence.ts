/**
 * Estimative language after ICD 203 (US Intelligence Community Directive 203, Analytic
 * Standards): seven fixed expressions of likelihood, each with its range of probability,
 * so that "likely" means the same thing in every brief.
 */

export const CONFIDENCE_KEYS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even',
  'likely',
  'very-likely',
  'almost-certain',
] as const

export type ConfidenceKey = (typeof CONFIDENCE_KEYS)[number]

/** One expression of likelihood; min and max are percentages. */
export interface ConfidenceBand {
  key: ConfidenceKey
  label: string
  min: number
  max: number
}

/** From least to most likely. Neighbouring ranges share their edge, as ICD 203 prints them. */
export const CONFIDENCE_BANDS: readonly ConfidenceBand[] = [
  { key: 'almost-no-chance', label: 'Almost no chance', min: 1, max: 5 },
  { key: 'very-unlikely', label: 'Very unlikely', min: 5, max: 20 },
  { key: 'unlikely', label: 'Unlikely', min: 20, max: 45 },
  { key: 'roughly-even', label: 'Roughly even chance', min: 45, max: 55 },
  { key: 'likely', label: 'Likely', min: 55, max: 80 },
  { key: 'very-likely', label: 'Very likely', min: 80, max: 95 },
  { key: 'almost-certain', label: 'Almost certain', min: 95, max: 99 },
]

const NOT_ASSESSED = 'Not assessed'

/** Accepts anything because keys are read back from storage and imported backups. */
export function isConfidenceKey(value: unknown): value is ConfidenceKey {
  return typeof value === 'string' && (CONFIDENCE_KEYS as readonly string[]).includes(value)
}

function bandOf(key: string | null): ConfidenceBand | undefined {
  return key === null ? undefined : CONFIDENCE_BANDS.find((band) => band.key === key)
}

/** "Likely"; "Not assessed" for no key or one this version does not know. */
export function confidenceLabel(key: string | null): string {
  return bandOf(key)?.label ?? NOT_ASSESSED
}

/** "Likely (55–80%)": the range goes with the words so readers cannot stretch them. */
export function formatConfidence(key: string | null): string {
  const band = bandOf(key)
  return band ? `${band.label} (${band.min}–${band.max}%)` : NOT_ASSESSED
}

/** Sort key from least to most likely; -1 (lowest) for no key or an unknown one. */
export function confidenceRank(key: string | null): number {
  return key === null ? -1 : (CONFIDENCE_KEYS as readonly string[]).indexOf(key)
}
