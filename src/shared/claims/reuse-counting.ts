/**
 * Counting a claim's independent sources with text reuse seen (shared/reuse/independence.ts):
 * evidence passages that repeat one another, or a common text, are one voice, and the
 * analyst's verdicts on pairs outrank the detector. With no reuse input the counts are the
 * outlet/author rule of independence.ts, exactly.
 *
 * The claims table counts tens of thousands of claims, so the passage rule runs only for a
 * claim where it can change the answer: two of its documents share text with some document
 * (directly or through a common text), or the analyst marked two of its passages as one
 * voice. Every other claim is counted by documents, as before.
 */
import {
  describeIndependence,
  passageIndependence,
  type EvidencePassage,
  type PassageIndependence,
} from '../reuse/independence'
import {
  overrideIndex,
  pairKey,
  type PairOverride,
  type PairVerdict,
} from '../reuse/pair-overrides'
import type { SharedPassage, TextSpan } from '../reuse/types'
import type { PartialDate } from '../dates/partial-date'
import { createIndependenceCounter } from './independence'
import type { EvidenceFact, SourceIdentity } from './types'

/** Shared passages by the documents they touch, each passage once. */
export interface SharedPassageIndex {
  byDoc: ReadonlyMap<string, readonly SharedPassage[]>
}

export const NO_SHARED_PASSAGES: SharedPassageIndex = { byDoc: new Map() }

/**
 * Indexes shared passages by document, once for any number of claims. The same passage
 * given twice (asked of both its documents) is kept once.
 */
export function indexSharedPassages(shared: Iterable<SharedPassage>): SharedPassageIndex {
  const seen = new Set<string>()
  const byDoc = new Map<string, SharedPassage[]>()
  for (const s of shared) {
    if (s.a.docId === s.b.docId) continue
    const key = `${s.a.docId}\u0000${s.a.start}\u0000${s.a.end}\u0000${s.b.docId}\u0000${s.b.start}\u0000${s.b.end}`
    if (seen.has(key)) continue
    seen.add(key)
    for (const docId of [s.a.docId, s.b.docId]) {
      const list = byDoc.get(docId)
      if (list) list.push(s)
      else byDoc.set(docId, [s])
    }
  }
  return { byDoc }
}

/** What the passage rule needs beyond the evidence and the sources' identities. */
export interface ClaimReuse {
  shared: SharedPassageIndex
  overrides: readonly PairOverride[]
  /**
   * Where a highlight sits in its document's canonical text; null when it cannot be placed
   * (it then still counts with its document, its outlet and its authors, but reuse cannot
   * be seen for it).
   */
  spanOf: (highlightId: string) => { start: number; end: number } | null
  /** A document's publication date, to say which passage repeats which. */
  published?: (docId: string) => PartialDate | null
}

/** The claim's evidence as passages for shared/reuse/independence.ts. */
function passagesOf(facts: readonly EvidenceFact[], reuse: ClaimReuse): EvidencePassage[] {
  return facts.map((fact) => {
    const span = reuse.spanOf(fact.highlightId)
    return {
      evidenceId: fact.id,
      highlightId: fact.highlightId,
      docId: fact.docId,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
    }
  })
}

function sharedFor(facts: readonly EvidenceFact[], index: SharedPassageIndex): SharedPassage[] {
  const shared = new Set<SharedPassage>()
  const docs = new Set(facts.map((f) => f.docId))
  for (const docId of docs) for (const s of index.byDoc.get(docId) ?? []) shared.add(s)
  return [...shared]
}

/** The claim's evidence grouped into independent voices, with the reason for every merge. */
export function claimIndependence(
  facts: readonly EvidenceFact[],
  identities: ReadonlyMap<string, SourceIdentity>,
  reuse: ClaimReuse | null,
): PassageIndependence {
  const r = reuse ?? { shared: NO_SHARED_PASSAGES, overrides: [], spanOf: () => null }
  return passageIndependence({
    passages: passagesOf(facts, r),
    shared: sharedFor(facts, r.shared),
    identities,
    overrides: r.overrides,
    published: r.published,
  })
}

/** Counts independent sources of sets of evidence, for many claims over one corpus. */
export interface ClaimCounter {
  /** By documents (outlet and author rule), remembered per set of documents. */
  byDocs: (docIds: readonly string[]) => number
  /**
   * Whether reuse can change the count of these facts (or of any subset): false without
   * reuse input, and for most claims with it.
   */
  needsPassages: (facts: readonly EvidenceFact[]) => boolean
  /** By passages, seeing reuse and the analyst's verdicts. */
  byPassages: (facts: readonly EvidenceFact[]) => number
}

/**
 * A {@link ClaimCounter} over `identities` and (optionally) the reuse found: the passage rule
 * is asked for only where it can change the answer, so a corpus with little reuse counts
 * as fast as by documents.
 */
export function createClaimCounter(
  identities: ReadonlyMap<string, SourceIdentity>,
  reuse: ClaimReuse | null = null,
): ClaimCounter {
  const byDocs = createIndependenceCounter(identities)
  const byPassages = (facts: readonly EvidenceFact[]) =>
    claimIndependence(facts, identities, reuse).groups.length
  if (!reuse) return { byDocs, needsPassages: () => false, byPassages }
  const marked = new Set<string>()
  for (const o of reuse.overrides) {
    if (o.verdict !== 'reuse') continue
    marked.add(o.pair[0])
    marked.add(o.pair[1])
  }
  const { byDoc } = reuse.shared
  const needsPassages = (facts: readonly EvidenceFact[]): boolean => {
    if (facts.length < 2) return false
    let sharingDoc: string | null = null
    let markedSeen = 0
    for (const fact of facts) {
      if (byDoc.has(fact.docId)) {
        if (sharingDoc !== null && sharingDoc !== fact.docId) return true
        sharingDoc = fact.docId
      }
      if (marked.has(fact.highlightId) && ++markedSeen >= 2) return true
    }
    return false
  }
  return { byDocs, needsPassages, byPassages }
}

/** A pair of a claim's evidence passages the analyst can give a verdict on. */
export interface ReviewablePair {
  a: EvidencePassage
  b: EvidencePassage
  /** The analyst's verdict on the pair, or null when the detector decides. */
  verdict: PairVerdict | null
}

/**
 * The pairs a claim page offers verdicts on: every pair merged as reuse (found, through a
 * common text, or marked) and every pair the analyst has given a verdict on, in the order
 * the sentence names them. Pairs merged only by a shared document, outlet or author are
 * left out: a verdict on reuse cannot part them.
 */
export function reviewablePairs(
  result: PassageIndependence,
  overrides: readonly PairOverride[],
): ReviewablePair[] {
  const verdicts = overrideIndex(overrides)
  const pairs = new Map<string, ReviewablePair>()
  const add = (a: EvidencePassage, b: EvidencePassage) => {
    if (a.highlightId === b.highlightId || a.docId === b.docId) return
    const key = pairKey(a.highlightId, b.highlightId)
    if (!pairs.has(key)) pairs.set(key, { a, b, verdict: verdicts.get(key) ?? null })
  }
  for (const link of result.merges) {
    if (link.kind === 'reuse' || link.kind === 'common-text' || link.kind === 'marked-reuse')
      add(link.a, link.b)
  }
  for (const note of result.notReuse) add(note.a, note.b)
  const passages = result.groups.flat()
  const byHighlight = new Map(passages.map((p) => [p.highlightId, p]))
  for (const o of overrides) {
    const a = byHighlight.get(o.pair[0])
    const b = byHighlight.get(o.pair[1])
    if (a && b) add(a, b)
  }
  return [...pairs.values()]
}

/** Whether any merge or note in `result` is about reuse (not a shared document, outlet or author). */
export function seesReuse(result: PassageIndependence): boolean {
  return (
    result.notReuse.length > 0 ||
    result.merges.some(
      (l) => l.kind === 'reuse' || l.kind === 'common-text' || l.kind === 'marked-reuse',
    )
  )
}

/**
 * The brief's note after a claim's count: "3 passages; Tahir ¶9 repeats Yousaf ¶15", or null
 * when reuse played no part (the count then stands alone, as it always has). `label` names a
 * passage as describeIndependence takes it.
 */
export function independenceNote(
  result: PassageIndependence,
  label: (span: TextSpan) => string,
): string | null {
  if (!seesReuse(result)) return null
  const sentence = describeIndependence(result, label)
  const colon = sentence.indexOf(': ')
  const passages = result.groups.reduce((n, g) => n + g.length, 0)
  const count = `${passages} ${passages === 1 ? 'passage' : 'passages'}`
  return colon >= 0 ? `${count}; ${sentence.slice(colon + 2)}` : count
}
