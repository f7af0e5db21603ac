/**
 * Deterministic workspace records on the bundled corpus, shared by the brief and backup
 * benchmarks: highlights with valid selectors on the real documents (so they anchor
 * exactly), claims, and evidence links that each point at an existing claim and highlight.
 */
import type { Stance } from '../../src/shared/claims/types'
import type { DocumentModel } from '../../src/shared/corpus/document-model'
import { createRandom, type Random } from './prng'
import { generateClaims, type SeedClaimRecord, type SeedEvidenceRecord } from './synthetic-claims'
import {
  generatePassages,
  toHighlightRecords,
  type SeedHighlightRecord,
} from './synthetic-highlights'

/** A UUID-shaped id (version 4 layout) in `space` (one hex digit) numbered `n`. */
export function spacedId(space: string, n: number): string {
  return `00000000-0000-4000-${space}000-${n.toString(16).padStart(12, '0')}`
}

/**
 * `count` highlights spread over `docs` in proportion to their text length (every document
 * gets at least one), made by {@link generatePassages} and {@link toHighlightRecords}, so
 * every selector describes a real passage. Ids are `spacedId('c', 1..count)` in document
 * order; the same arguments give the same records.
 */
export function corpusHighlights(
  docs: readonly DocumentModel[],
  count: number,
  seed = 17,
): SeedHighlightRecord[] {
  if (docs.length === 0) throw new Error('corpusHighlights needs at least one document.')
  if (count < docs.length)
    throw new Error(`${count} highlights cannot cover ${docs.length} documents.`)
  const total = docs.reduce((sum, doc) => sum + doc.text.length, 0)
  const shares = docs.map((doc) => Math.max(1, Math.floor((count * doc.text.length) / total)))
  // Rounding down leaves a few over: the longest document takes them.
  let longest = 0
  docs.forEach((doc, i) => {
    if (doc.text.length > (docs[longest] as DocumentModel).text.length) longest = i
  })
  shares[longest] = (shares[longest] as number) + count - shares.reduce((a, b) => a + b, 0)
  const records: SeedHighlightRecord[] = []
  docs.forEach((doc, d) => {
    const passages = generatePassages(doc, { count: shares[d] as number, seed: seed + d })
    for (const record of toHighlightRecords(doc, passages, seed * 31 + d)) {
      records.push({ ...record, id: spacedId('c', records.length + 1) })
    }
  })
  return records
}

/** `count` claims from the claims benchmarks' generator (statements, statuses, confidences, tags). */
export function corpusClaims(
  docIds: readonly string[],
  count: number,
  seed = 53,
): SeedClaimRecord[] {
  return generateClaims({ docIds, claims: count, links: 0, seed }).claims
}

/** The order stances come in, so every claim's evidence mixes them (supports most often). */
const STANCE_CYCLE: readonly Stance[] = [
  'supports',
  'supports',
  'contradicts',
  'context',
  'supports',
  'contradicts',
  'supports',
  'context',
  'contradicts',
  'supports',
]

const EVIDENCE_NOTES = [
  'Matches the ministry statement of the same week.',
  'Second-hand: the outlet cites an unnamed official.',
  'Dates differ from the wire copy by a day.',
  'Worth checking against the provincial figures.',
]

/** Options for {@link linkEvidence}. */
export interface EvidenceOptions {
  /** Links in all; each points at a different highlight, so at most `highlights.length`. */
  links: number
  seed?: number
  /** Share of links with a credibility grade (1-6); 0.6 by default. */
  graded?: number
  /** Share of links with a note; 0.25 by default. */
  noted?: number
}

/**
 * Evidence links: link i goes to claim i mod claims.length (so the links are spread evenly,
 * `links / claims` per claim) and to a different highlight each, drawn without repetition
 * in a shuffled order so a claim's evidence comes from several sources. Stances mix within
 * every claim; credibility and notes on a share of the links. Ids are `spacedId('d', n)`.
 */
export function linkEvidence(
  claims: readonly SeedClaimRecord[],
  highlights: readonly SeedHighlightRecord[],
  options: EvidenceOptions,
): SeedEvidenceRecord[] {
  const { links, seed = 59, graded = 0.6, noted = 0.25 } = options
  if (claims.length === 0) throw new Error('linkEvidence needs at least one claim.')
  if (links > highlights.length) {
    throw new Error(`${links} links need as many highlights; there are ${highlights.length}.`)
  }
  const random = createRandom(seed)
  const order = shuffledIndexes(random, highlights.length)
  const evidence: SeedEvidenceRecord[] = []
  for (let i = 0; i < links; i++) {
    const claim = claims[i % claims.length] as SeedClaimRecord
    const highlight = highlights[order[i] as number] as SeedHighlightRecord
    const rank = Math.floor(i / claims.length)
    const createdAt = claim.createdAt + rank * 60_000
    evidence.push({
      id: spacedId('d', i + 1),
      claimId: claim.id,
      highlightId: highlight.id,
      docId: highlight.docId,
      stance: STANCE_CYCLE[(rank + i) % STANCE_CYCLE.length] as Stance,
      credibility: random.chance(graded) ? random.int(1, 6) : null,
      note: random.chance(noted) ? random.pick(EVIDENCE_NOTES) : '',
      createdAt,
      updatedAt: createdAt,
    })
  }
  return evidence
}

/** 0..n-1 in a random order (Fisher-Yates). */
function shuffledIndexes(random: Random, n: number): Int32Array {
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i)
    const swap = order[i] as number
    order[i] = order[j] as number
    order[j] = swap
  }
  return order
}
