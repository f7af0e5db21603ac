/**
 * Independence at the level of passages, seeing copying: evidence passages that repeat one
 * another, or a common text, are one voice, as are passages from one document and sources
 * sharing an outlet or an author (the rule of claims/independence.ts, which this extends: with
 * no shared passages and no overrides it gives the same groups of documents). Every merge
 * carries a reason a claim page can print ("Tahir ¶9 repeats Yousaf ¶15").
 *
 * Two evidence passages are reuse when the words of one, carried across a shared passage to
 * the other document, land on the other passage: the common part is at least half of the
 * shorter evidence passage or about 10 words. Carrying is linear within the shared passage
 * (its sides are near-copies, so a point 40% into one side is about 40% into the other).
 * They repeat a common text when both, carried into one third document, land on the same
 * words there by the same measure. Word counts of part of a passage are estimated from the
 * passage's own word positions, so the rule needs no document text.
 */
import { authorKey, outletKey } from '../claims/independence'
import type { SourceIdentity } from '../claims/types'
import { partialDateInterval } from '../dates/interval'
import type { PartialDate } from '../dates/partial-date'
import { overrideIndex, pairKey, type PairOverride } from './pair-overrides'
import type { SharedPassage, TextSpan } from './types'

/** One evidence passage of a claim: its highlight's place in its document. */
export interface EvidencePassage extends TextSpan {
  evidenceId: string
  /** The highlight the evidence cites; pair overrides are keyed by it. */
  highlightId: string
}

/** Shared passages at least this many (estimated) words long in common always count. */
export const MIN_COMMON_WORDS = 10
/** ...and so does a common part of at least this share of the shorter evidence passage. */
export const MIN_COMMON_SHARE = 0.5

export interface PassageIndependenceInput {
  passages: readonly EvidencePassage[]
  /** Shared passages among (at least) the passages' documents; others are ignored cheaply. */
  shared: readonly SharedPassage[]
  identities: ReadonlyMap<string, SourceIdentity>
  overrides?: readonly PairOverride[]
  /** A document's publication date, to say which passage repeats which; null when unknown. */
  published?: (docId: string) => PartialDate | null
}

/**
 * Why two passages are one voice. In `reuse`, when `directed`, `a` is the later publication
 * and repeats `b`; otherwise neither date says which came first. In `common-text`, `common`
 * is where both land in the third document, and `commonEarlier` says it was published
 * before both.
 */
export type VoiceLink =
  | { kind: 'same-document'; a: EvidencePassage; b: EvidencePassage }
  | { kind: 'marked-reuse'; a: EvidencePassage; b: EvidencePassage }
  | {
      kind: 'reuse'
      a: EvidencePassage
      b: EvidencePassage
      directed: boolean
      shared: SharedPassage
    }
  | {
      kind: 'common-text'
      a: EvidencePassage
      b: EvidencePassage
      common: TextSpan
      commonEarlier: boolean
      shared: readonly [SharedPassage, SharedPassage]
    }
  | { kind: 'same-outlet'; a: EvidencePassage; b: EvidencePassage; outlet: string }
  | { kind: 'same-author'; a: EvidencePassage; b: EvidencePassage; author: string }

/**
 * A pair the analyst marked "not reuse". `overruled` says the detector had linked them (and
 * that link was dropped). When they are still one voice, `path` is a chain of links that
 * joins them without the dropped one: through a third passage, or an outlet or author they
 * share, which a verdict on reuse does not undo.
 */
export interface NotReuseNote {
  a: EvidencePassage
  b: EvidencePassage
  overruled: boolean
  path: VoiceLink[] | null
}

export interface PassageIndependence {
  /** Independent groups: in order of first appearance, passages in input order. */
  groups: EvidencePassage[][]
  /** One link per merge (passages minus groups of them), the reasons to print. */
  merges: VoiceLink[]
  notReuse: NotReuseNote[]
}

/** Where an evidence passage lands in another document through one shared passage. */
interface Landing {
  docId: string
  start: number
  end: number
  /** Words per character on the landing side, to estimate words of part of it. */
  density: number
  shared: SharedPassage
}

function overlapOf(s1: number, e1: number, s2: number, e2: number): [number, number] | null {
  const start = Math.max(s1, s2)
  const end = Math.min(e1, e2)
  return end > start ? [start, end] : null
}

/** Where the part of `passage` inside `from` lands on `to`, carried linearly. */
function land(passage: TextSpan, shared: SharedPassage, fromA: boolean): Landing | null {
  const from = fromA ? shared.a : shared.b
  const to = fromA ? shared.b : shared.a
  const cut = overlapOf(passage.start, passage.end, from.start, from.end)
  if (!cut) return null
  const scale = (to.end - to.start) / Math.max(1, from.end - from.start)
  const toWords = fromA ? shared.bWords : shared.aWords
  return {
    docId: to.docId,
    start: to.start + (cut[0] - from.start) * scale,
    end: to.start + (cut[1] - from.start) * scale,
    density: (toWords.end - toWords.start) / Math.max(1, to.end - to.start),
    shared,
  }
}

/** Whether a common part of `chars` characters (about `words` words) makes two passages one. */
function enough(chars: number, words: number, x: TextSpan, y: TextSpan): boolean {
  const shorter = Math.min(x.end - x.start, y.end - y.start)
  return words >= MIN_COMMON_WORDS - 0.5 || chars >= MIN_COMMON_SHARE * shorter
}

/** -1 when `a` was published before `b`, 1 after, 0 when unknown or when the dates overlap. */
function publicationOrder(
  published: ((docId: string) => PartialDate | null) | undefined,
  a: string,
  b: string,
): number {
  const da = published?.(a)
  const db = published?.(b)
  if (!da || !db) return 0
  const ia = partialDateInterval(da)
  const ib = partialDateInterval(db)
  if (ia.end <= ib.start) return -1
  if (ib.end <= ia.start) return 1
  return 0
}

/** The detector's reuse links between two evidence passages in different documents. */
function reuseLinks(
  x: EvidencePassage,
  y: EvidencePassage,
  landingsX: readonly Landing[],
  landingsY: readonly Landing[],
  published: PassageIndependenceInput['published'],
): VoiceLink[] {
  const links: VoiceLink[] = []
  for (const landing of landingsX) {
    if (landing.docId !== y.docId) continue
    const common = overlapOf(landing.start, landing.end, y.start, y.end)
    if (!common) continue
    const chars = common[1] - common[0]
    if (!enough(chars, chars * landing.density, x, y)) continue
    const order = publicationOrder(published, x.docId, y.docId)
    // The later one repeats the earlier: it goes first.
    const [a, b] = order < 0 ? [y, x] : [x, y]
    links.push({ kind: 'reuse', a, b, directed: order !== 0, shared: landing.shared })
    break
  }
  if (links.length > 0) return links
  for (const lx of landingsX) {
    if (lx.docId === x.docId || lx.docId === y.docId) continue
    for (const ly of landingsY) {
      if (ly.docId !== lx.docId) continue
      const common = overlapOf(lx.start, lx.end, ly.start, ly.end)
      if (!common) continue
      const chars = common[1] - common[0]
      if (!enough(chars, chars * Math.min(lx.density, ly.density), x, y)) continue
      const commonEarlier =
        publicationOrder(published, lx.docId, x.docId) < 0 &&
        publicationOrder(published, lx.docId, y.docId) < 0
      links.push({
        kind: 'common-text',
        a: x,
        b: y,
        common: { docId: lx.docId, start: Math.round(common[0]), end: Math.round(common[1]) },
        commonEarlier,
        shared: [lx.shared, ly.shared],
      })
      return links
    }
  }
  return links
}

/** Union-find whose root is always the smallest index, so groups keep first-appearance order. */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i)
  const find = (i: number): number => {
    let at = i
    while (parent[at] !== at) {
      const up = parent[parent[at]!]!
      parent[at] = up
      at = up
    }
    return at
  }
  const union = (i: number, j: number): boolean => {
    const a = find(i)
    const b = find(j)
    if (a === b) return false
    if (a < b) parent[b] = a
    else parent[a] = b
    return true
  }
  return { find, union }
}

/** Every candidate link, strongest reason first, as [i, j, link] over passage indexes. */
function candidateLinks(
  input: PassageIndependenceInput,
  verdicts: ReadonlyMap<string, string>,
): { links: [number, number, VoiceLink][]; overruled: Set<string> } {
  const { passages, shared, identities, published } = input
  const docs = new Set(passages.map((p) => p.docId))
  const byDoc = new Map<string, SharedPassage[]>()
  for (const s of shared) {
    if (s.a.docId === s.b.docId) continue
    for (const docId of [s.a.docId, s.b.docId]) {
      if (!docs.has(docId)) continue
      const list = byDoc.get(docId)
      if (list) list.push(s)
      else byDoc.set(docId, [s])
    }
  }
  const landings = passages.map((p) =>
    (byDoc.get(p.docId) ?? [])
      .map((s) => land(p, s, s.a.docId === p.docId))
      .filter((l): l is Landing => l !== null),
  )

  const sameDoc: [number, number, VoiceLink][] = []
  const marked: [number, number, VoiceLink][] = []
  const direct: [number, number, VoiceLink][] = []
  const viaCommon: [number, number, VoiceLink][] = []
  const overruled = new Set<string>()
  const firstOfDoc = new Map<string, number>()
  passages.forEach((p, j) => {
    const first = firstOfDoc.get(p.docId)
    if (first === undefined) firstOfDoc.set(p.docId, j)
    else sameDoc.push([first, j, { kind: 'same-document', a: passages[first]!, b: p }])
  })
  for (let i = 0; i < passages.length; i++) {
    for (let j = i + 1; j < passages.length; j++) {
      const x = passages[i]!
      const y = passages[j]!
      if (x.docId === y.docId) continue
      const key = pairKey(x.highlightId, y.highlightId)
      const verdict = verdicts.get(key)
      if (verdict === 'reuse') marked.push([i, j, { kind: 'marked-reuse', a: x, b: y }])
      for (const link of reuseLinks(x, y, landings[i]!, landings[j]!, published)) {
        if (verdict === 'not-reuse') {
          overruled.add(key)
          continue
        }
        if (link.kind === 'reuse') direct.push([i, j, link])
        else viaCommon.push([i, j, link])
      }
    }
  }

  // Told in terms of the earliest text: "Dawn repeats Wire; News repeats Wire", not "News
  // repeats Dawn", when all three copy the wire.
  const earliness = (link: VoiceLink): number => {
    const date = link.kind === 'reuse' && link.directed ? published?.(link.b.docId) : null
    return date ? partialDateInterval(date).start : Number.POSITIVE_INFINITY
  }
  direct.sort((x, y) => earliness(x[2]) - earliness(y[2]))

  const byOutlet: [number, number, VoiceLink][] = []
  const byAuthor: [number, number, VoiceLink][] = []
  const ownerOfKey = new Map<string, number>()
  passages.forEach((p, j) => {
    const identity = identities.get(p.docId)
    if (!identity || firstOfDoc.get(p.docId) !== j) return
    const outlet = outletKey(identity.outlet)
    const keys: [string, VoiceLink['kind'], string][] = []
    if (outlet !== null) keys.push([`o:${outlet}`, 'same-outlet', identity.outlet ?? ''])
    for (const author of identity.authors) {
      const key = authorKey(author)
      if (key !== null) keys.push([`a:${key}`, 'same-author', author])
    }
    for (const [key, kind, name] of keys) {
      const owner = ownerOfKey.get(key)
      if (owner === undefined) {
        ownerOfKey.set(key, j)
        continue
      }
      const a = passages[owner]!
      if (kind === 'same-outlet') byOutlet.push([owner, j, { kind, a, b: p, outlet: name }])
      else byAuthor.push([owner, j, { kind: 'same-author', a, b: p, author: name }])
    }
  })
  return {
    links: [...sameDoc, ...marked, ...direct, ...viaCommon, ...byOutlet, ...byAuthor],
    overruled,
  }
}

/** Links joining passage `from` to passage `to` over `links`, fewest first; null if none. */
function pathBetween(
  from: number,
  to: number,
  links: readonly [number, number, VoiceLink][],
): VoiceLink[] | null {
  const edges = new Map<number, [number, VoiceLink][]>()
  const add = (i: number, j: number, link: VoiceLink) => {
    const list = edges.get(i)
    if (list) list.push([j, link])
    else edges.set(i, [[j, link]])
  }
  for (const [i, j, link] of links) {
    add(i, j, link)
    add(j, i, link)
  }
  const via = new Map<number, [number, VoiceLink]>()
  const queue = [from]
  const seen = new Set([from])
  while (queue.length > 0) {
    const at = queue.shift()!
    if (at === to) break
    for (const [next, link] of edges.get(at) ?? []) {
      if (seen.has(next)) continue
      seen.add(next)
      via.set(next, [at, link])
      queue.push(next)
    }
  }
  if (!seen.has(to)) return null
  const path: VoiceLink[] = []
  for (let at = to; at !== from;) {
    const [prev, link] = via.get(at)!
    path.unshift(link)
    at = prev
  }
  return path
}

/**
 * Evidence passages grouped into independent voices, with the reason for every merge and a
 * note on each "not reuse" pair among them. Links are taken strongest first (same document,
 * marked reuse, reuse, a common text, same outlet, same author), so the reason printed for a
 * merge is the most telling one. A "reuse" verdict merges a pair whatever the detector says;
 * a "not reuse" verdict drops the detector's link between that pair only, so a chain through
 * a third passage, or a shared outlet or author, still joins them (and the note says which).
 */
export function passageIndependence(input: PassageIndependenceInput): PassageIndependence {
  const { passages } = input
  const verdicts = overrideIndex(input.overrides ?? [])
  const { links, overruled } = candidateLinks(input, verdicts)
  const sets = unionFind(passages.length)
  const merges: VoiceLink[] = []
  for (const [i, j, link] of links) if (sets.union(i, j)) merges.push(link)

  const groups = new Map<number, EvidencePassage[]>()
  passages.forEach((p, i) => {
    const root = sets.find(i)
    const group = groups.get(root)
    if (group) group.push(p)
    else groups.set(root, [p])
  })

  const notReuse: NotReuseNote[] = []
  const indexOf = new Map(passages.map((p, i) => [p.highlightId, i]))
  for (const [key, verdict] of verdicts) {
    if (verdict !== 'not-reuse') continue
    const [h1, h2] = key.split('\u0000') as [string, string]
    const i = indexOf.get(h1)
    const j = indexOf.get(h2)
    if (i === undefined || j === undefined) continue
    const [first, second] = i < j ? [i, j] : [j, i]
    const together = sets.find(first) === sets.find(second)
    notReuse.push({
      a: passages[first]!,
      b: passages[second]!,
      overruled: overruled.has(key),
      path: together ? pathBetween(first, second, links) : null,
    })
  }
  notReuse.sort((x, y) => passages.indexOf(x.a) - passages.indexOf(y.a))
  return { groups: [...groups.values()], merges, notReuse }
}

/** How many independent voices the passages are: {@link passageIndependence}'s group count. */
export function countIndependentPassages(input: PassageIndependenceInput): number {
  return passageIndependence(input).groups.length
}

/** A link as a clause: "Tahir ¶9 repeats Yousaf ¶15". */
export function describeLink(link: VoiceLink, label: (span: TextSpan) => string): string {
  const a = label(link.a)
  const b = label(link.b)
  switch (link.kind) {
    case 'same-document':
      return `${a} and ${b} are one source`
    case 'marked-reuse':
      return `${a} and ${b} are marked as reuse`
    case 'reuse':
      return link.directed ? `${a} repeats ${b}` : `${a} and ${b} share text`
    case 'common-text':
      return link.commonEarlier
        ? `${a} and ${b} both repeat ${label(link.common)}`
        : `${a} and ${b} share text with ${label(link.common)}`
    case 'same-outlet':
      return `${a} and ${b} share an outlet (${link.outlet})`
    case 'same-author':
      return `${a} and ${b} share an author (${link.author})`
  }
}

function describeNote(note: NotReuseNote, label: (span: TextSpan) => string): string | null {
  const pair = `${label(note.a)} and ${label(note.b)}`
  if (!note.path) return note.overruled ? `${pair} are marked not reuse` : null
  const [only] = note.path
  if (note.path.length === 1 && only) {
    const reason =
      only.kind === 'same-outlet'
        ? `share an outlet (${only.outlet})`
        : only.kind === 'same-author'
          ? `share an author (${only.author})`
          : only.kind === 'same-document'
            ? 'are one source'
            : describeLink(only, label)
    return `${pair} are marked not reuse but ${reason}`
  }
  // The passages the chain goes through, in order.
  const through: string[] = []
  let at = note.a
  for (const link of note.path.slice(0, -1)) {
    at = link.a === at ? link.b : link.a
    through.push(label(at))
  }
  return `${pair} are marked not reuse but are one voice through ${through.join(', ')}`
}

/**
 * The claim page's sentence: "3 passages, 2 independent: Tahir ¶9 repeats Yousaf ¶15", the
 * merges and then the "not reuse" notes after the colon, joined by "; ". `label` names a
 * passage (source short name and ¶, as the UI cites it).
 */
export function describeIndependence(
  result: PassageIndependence,
  label: (span: TextSpan) => string,
): string {
  const passages = result.groups.reduce((n, g) => n + g.length, 0)
  const head = `${passages} ${passages === 1 ? 'passage' : 'passages'}, ${result.groups.length} independent`
  const reasons = [
    ...result.merges.map((link) => describeLink(link, label)),
    ...result.notReuse.map((note) => describeNote(note, label)).filter((s) => s !== null),
  ]
  return reasons.length > 0 ? `${head}: ${reasons.join('; ')}` : head
}
