/**
 * Deterministic claims and evidence links for the claims-table benchmarks: analyst-style
 * statements (40-160 characters, composed from a vocabulary of actors, actions, objects
 * and qualifiers), every status, confidences and tags, and links spread unevenly over the
 * claims (a few claims carry hundreds, many a handful, some none) from the bundled
 * corpus's sources, so independence counting works on real authors and outlets.
 */
import type { BackupClaim, BackupEvidence } from '../../src/shared/backup/backup-format'
import { CONFIDENCE_KEYS } from '../../src/shared/claims/confidence'
import type { ClaimStatus, Stance } from '../../src/shared/claims/types'
import { createRandom, type Random } from './prng'

/**
 * The app's `ClaimRecord` and `EvidenceRecord` (src/renderer/src/db/records.ts), as the
 * backup format states them: the renderer's modules resolve `@shared` paths that the Node
 * build does not, and the backup tests check that both statements are the same shape.
 */
export type SeedClaimRecord = BackupClaim
export type SeedEvidenceRecord = BackupEvidence

/** Options for {@link generateClaims}. */
export interface ClaimsOptions {
  /** Ids of the documents links come from (the bundled corpus); at least one. */
  docIds: readonly string[]
  /** How many claims (50,000 by default). */
  claims?: number
  /** How many evidence links in all (200,000 by default). */
  links?: number
  seed?: number
}

/** Claims sorted by id (the order the app reads them in) and their links. */
export interface SyntheticClaims {
  claims: SeedClaimRecord[]
  evidence: SeedEvidenceRecord[]
}

/** The tags claims draw from. */
export const CLAIM_TAGS = [
  'border',
  'trade',
  'energy',
  'security',
  'follow-up',
  'disputed',
  'priority',
  'wire-copy',
  'needs-source',
  'timeline',
] as const

const SHORTEST = 40
const LONGEST = 160

/** Places, the first ones far more often than the last (rare words for filtering). */
const PLACES = [
  'Islamabad',
  'Tehran',
  'Quetta',
  'Balochistan',
  'Sistan',
  'Taftan',
  'Gwadar',
  'Chabahar',
  'Karachi',
  'Zahedan',
  'Mashhad',
  'Kabul',
  'Herat',
  'Makran',
  'Turbat',
  'Kech',
  'Pishin',
  'Mand',
  'Panjgur',
  'Saravan',
]

const ACTORS = [
  'Pakistani officials',
  'Iranian officials',
  'the foreign ministry',
  'the army chief',
  'border guards',
  'customs officers',
  'the provincial government',
  'a delegation from {place}',
  'local traders in {place}',
  'militants based in {place}',
  'the interior minister',
  'Chinese investors',
  'the national security council',
  'diplomats in {place}',
  'the energy ministry',
  'smugglers along the Makran coast',
  'the parliamentary committee',
  'state media',
  'the chamber of commerce in {place}',
  'an unnamed senior official',
  'the Revolutionary Guards',
  'the Frontier Corps',
  'fishermen from {place}',
  'the joint border commission',
]

const ACTIONS = [
  'closed',
  'reopened',
  'expanded',
  'suspended',
  'denied responsibility for',
  'confirmed',
  'signed',
  'rejected',
  'announced',
  'financed',
  'negotiated',
  'delayed',
  'inspected',
  'attacked',
  'proposed',
  'quietly abandoned',
  'publicly endorsed',
  'secretly funded',
  'restricted access to',
  'doubled spending on',
]

const OBJECTS = [
  'the crossing at {place}',
  'the gas pipeline',
  'a barter trade agreement',
  'joint patrols along the frontier',
  'the fence on the border',
  'electricity imports to {place}',
  'the railway link to {place}',
  'a new border market at {place}',
  'the fuel smuggling routes',
  'talks on a free trade agreement',
  'the port at {place}',
  'a security framework with {place}',
  'visa rules for pilgrims',
  'the ceasefire arrangement',
  'the highway through {place}',
  'customs posts near {place}',
  'a shared intelligence cell',
  'the refugee registration drive',
  'cross-border bank transfers',
  'the water sharing agreement',
  'an investment fund for {place}',
  'the fishing rights off the coast',
]

const QUALIFIERS = [
  'in {year}',
  'after the attack near {place}',
  'before the talks in {place}',
  'despite pressure from {actor}',
  'according to {actor}',
  'for the first time since {year}',
  'without consulting parliament',
  'under pressure from Washington',
  'within {n} days',
  'at a cost of {n} million dollars',
  'while {actor} objected',
  'to secure support from {actor}',
  'after {n} months of negotiation',
  'as part of a wider deal',
  'following protests in {place}',
  'during the {month} visit',
  'contrary to earlier reports',
  'on the orders of {actor}',
]

const MONTHS = 'January February March April May June July August September October'.split(' ')

/** A place, skewed so that the first places are common and the last ones rare. */
function place(random: Random): string {
  const r = random.next()
  return PLACES[Math.floor(r * r * r * PLACES.length)] as string
}

function fill(random: Random, template: string): string {
  return template.replace(/\{(place|year|n|actor|month)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'place':
        return place(random)
      case 'year':
        return String(random.int(1998, 2025))
      case 'n':
        return String(random.int(2, 90))
      case 'month':
        return random.pick(MONTHS)
      default:
        // An actor inside a qualifier names no further place, so phrases stay short.
        return random.pick(ACTORS).replace('{place}', place(random))
    }
  })
}

/** One statement of 40-160 characters, like "Border guards closed the crossing at Taftan in 2019." */
export function statement(random: Random): string {
  for (;;) {
    const target = random.int(SHORTEST, LONGEST)
    let text = `${fill(random, random.pick(ACTORS))} ${random.pick(ACTIONS)} ${fill(random, random.pick(OBJECTS))}`
    while (text.length < target - 20) text += ` ${fill(random, random.pick(QUALIFIERS))}`
    text = text.charAt(0).toUpperCase() + text.slice(1) + (random.chance(0.06) ? '?' : '.')
    if (text.length >= SHORTEST && text.length <= LONGEST) return text
  }
}

/** A UUID-shaped id (version 4 layout) in `space` (one hex digit) numbered `n`. */
function uuid(space: string, n: number): string {
  return `00000000-0000-4000-${space}000-${n.toString(16).padStart(12, '0')}`
}

const STATUSES: readonly [ClaimStatus, number][] = [
  ['unverified', 0.35],
  ['supported', 0.3],
  ['contested', 0.2],
  ['refuted', 0.15],
]

/** Per status, the chance that a link supports, contradicts (else: context). */
const LEAN: Readonly<Record<ClaimStatus, [number, number]>> = {
  unverified: [0.4, 0.3],
  supported: [0.75, 0.1],
  contested: [0.45, 0.4],
  refuted: [0.15, 0.7],
}

/** How often each source is linked (first document most), as shares that sum to 1. */
const SOURCE_SHARES = [0.34, 0.26, 0.2, 0.12, 0.08]

function weighted<T>(random: Random, choices: readonly [T, number][]): T {
  let r = random.next()
  for (const [value, weight] of choices) {
    if (r < weight) return value
    r -= weight
  }
  return (choices.at(-1) as [T, number])[0]
}

/** The smallest index whose cumulative value exceeds `x` (`cumulative` ascending). */
function search(cumulative: Float64Array, x: number): number {
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cumulative[mid] as number) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Generates the claims and links. Claims: a quarter unassessed for confidence, the rest
 * over the seven ICD 203 bands; 0-6 distinct tags (most have 0-2); created over two
 * years, updated up to 90 days later. Links: 12% of claims get no weight, the others one
 * from a heavy-tailed (Pareto) draw, and each link picks its claim by weight: about a
 * fifth of the claims end up with no link, most with a handful, a few with hundreds. A
 * link's stance leans with its claim's status; its highlight (one of 80,000 synthetic
 * ids) fixes its document, the first documents more often; credibility is ungraded for
 * a third, else 1-6.
 */
export function generateClaims(options: ClaimsOptions): SyntheticClaims {
  const { docIds, claims: claimCount = 50_000, links: linkCount = 200_000, seed = 51 } = options
  if (docIds.length === 0) throw new Error('generateClaims needs at least one document id.')
  const random = createRandom(seed)
  const base = Date.UTC(2024, 0, 1)
  const day = 86_400_000

  const claims: SeedClaimRecord[] = []
  for (let i = 0; i < claimCount; i++) {
    const tagCount = weighted(random, [
      [0, 0.3],
      [1, 0.3],
      [2, 0.2],
      [3, 0.1],
      [4, 0.05],
      [5, 0.03],
      [6, 0.02],
    ])
    const tags = new Set<string>()
    while (tags.size < tagCount) tags.add(random.pick(CLAIM_TAGS))
    const createdAt = base + Math.floor(random.next() * 730 * day)
    const updatedAt = random.chance(0.3)
      ? createdAt
      : createdAt + Math.floor(random.next() * 90 * day)
    claims.push({
      id: uuid('a', i + 1),
      statement: statement(random),
      status: weighted(random, STATUSES),
      confidence: random.chance(0.25) ? null : random.pick(CONFIDENCE_KEYS),
      note: '',
      tags: [...tags],
      createdAt,
      updatedAt,
    })
  }

  const cumulative = new Float64Array(claimCount)
  let total = 0
  for (let i = 0; i < claimCount; i++) {
    const weight = random.chance(0.12) ? 0 : Math.min(250, (1 - random.next()) ** -0.7)
    total += weight
    cumulative[i] = total
  }
  const HIGHLIGHTS = 80_000
  const shares = docIds.map((_, d) => SOURCE_SHARES[d] ?? 0.05)
  const shareTotal = shares.reduce((a, b) => a + b, 0)
  const docOfHighlight = (h: number): string => {
    let x = ((h * 2654435761) % 1_000_003) / 1_000_003
    for (let d = 0; d < docIds.length; d++) {
      x -= (shares[d] as number) / shareTotal
      if (x < 0) return docIds[d] as string
    }
    return docIds.at(-1) as string
  }
  const evidence: SeedEvidenceRecord[] = []
  for (let i = 0; i < linkCount; i++) {
    const claim = claims[search(cumulative, random.next() * total)] as SeedClaimRecord
    const [supports, contradicts] = LEAN[claim.status]
    const r = random.next()
    const stance: Stance =
      r < supports ? 'supports' : r < supports + contradicts ? 'contradicts' : 'context'
    const highlight = random.int(1, HIGHLIGHTS)
    const createdAt =
      claim.createdAt + Math.floor(random.next() * (claim.updatedAt - claim.createdAt + day))
    evidence.push({
      id: uuid('b', i + 1),
      claimId: claim.id,
      highlightId: uuid('9', highlight),
      docId: docOfHighlight(highlight),
      stance,
      credibility: random.chance(0.33) ? null : random.int(1, 6),
      note: '',
      createdAt,
      updatedAt: createdAt,
    })
  }
  return { claims, evidence }
}
