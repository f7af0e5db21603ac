/**
 * Passages found before a fingerprint was known to be furniture. The index learns that a
 * footer is an outlet's own only once it is on several of its pages, and the passages of a
 * document are found when it is added: the outlet's first pages are linked by their footer
 * until then. When a document turns fingerprints into furniture, the stored passages among
 * the documents carrying them are checked again with those words left out: a passage made
 * of the footer goes, a real passage beside it stays (trimmed of it if it reached into it).
 */
import { findReuse } from './find-reuse'
import { fingerprints, type Fingerprints } from './fingerprints'
import { passagesByPair } from './overview'
import { pairKey } from './pair-key'
import { extractPassages, furnitureWords } from './passages'
import type { ReuseDocumentInfo, ReuseIndex } from './reuse-index'
import type { ReuseDocument, SharedPassage } from './types'
import { reuseWords, type ReuseWords } from './words'

/**
 * The documents whose stored passages may rest on furniture the index has only now
 * recognised: those carrying a fingerprint of `prints` (a document just added) that the index
 * takes for furniture now and did not before it was added (`before`: the furniture flags
 * {@link ReuseIndex.candidates} gave for `prints` then). Empty almost always.
 */
export function newFurnitureCarriers(
  index: ReuseIndex,
  prints: Fingerprints,
  before: Uint8Array,
): string[] {
  const turned = new Set<number>()
  for (let f = 0; f < prints.length; f++) {
    const hash = prints.hashes[f] as number
    if (before[f] === 1 || turned.has(hash)) continue
    if (index.isFurniture(hash)) turned.add(hash)
  }
  return turned.size > 0 ? index.documentsWith(turned) : []
}

/** One flag per fingerprint of `prints`: 1 where the index takes it for furniture now. */
export function furnitureFlags(index: ReuseIndex, prints: Fingerprints): Uint8Array {
  const flags = new Uint8Array(prints.length)
  for (let f = 0; f < prints.length; f++)
    if (index.isFurniture(prints.hashes[f] as number)) flags[f] = 1
  return flags
}

/** An indexed document whose outlet or date the analyst edited (its text as it was). */
export interface DocumentInfoEdit {
  docId: string
  info: ReuseDocumentInfo
  /** Its words, when at hand: without them its new details are set, nothing is checked again. */
  words?: ReuseWords
}

/**
 * Sets edited outlets and dates in the index and says which documents' stored passages may
 * now rest on furniture: pages given one outlet can make their shared footer that outlet's
 * furniture, as a new page can ({@link newFurnitureCarriers}). `changed`: whether the index
 * learned anything.
 */
export function setDocumentInfo(
  index: ReuseIndex,
  edits: readonly DocumentInfoEdit[],
): { changed: boolean; carriers: string[] } {
  const same = (edit: DocumentInfoEdit) => {
    const known = index.info(edit.docId)
    return (
      !known ||
      (known.outlet === (edit.info.outlet || null) &&
        known.published === (edit.info.published ?? null))
    )
  }
  const moved = edits.filter((edit) => !same(edit))
  if (moved.length === 0) return { changed: false, carriers: [] }
  const checked = moved.flatMap((edit) => {
    if (!edit.words) return []
    const prints = fingerprints(edit.words)
    return [{ prints, before: furnitureFlags(index, prints) }]
  })
  for (const edit of moved) index.setInfo(edit.docId, edit.info)
  const carriers = new Set<string>()
  for (const { prints, before } of checked)
    for (const id of newFurnitureCarriers(index, prints, before)) carriers.add(id)
  return { changed: true, carriers: [...carriers] }
}

/** Whether a flagged word lies inside `range`. */
function touches(mask: Uint8Array, range: { start: number; end: number }): boolean {
  for (let i = range.start; i < range.end; i++) if (mask[i] === 1) return true
  return false
}

function samePassages(x: readonly SharedPassage[], y: readonly SharedPassage[]): boolean {
  return (
    x.length === y.length &&
    x.every((p, i) => {
      const q = y[i] as SharedPassage
      return (
        p.a.start === q.a.start &&
        p.a.end === q.a.end &&
        p.b.start === q.b.start &&
        p.b.end === q.b.end
      )
    })
  )
}

/**
 * The stored passages that no longer stand as the index is now: for each pair (its passages,
 * as found), when a passage covers words the index now takes for furniture, the pair's
 * passages found again with those words left out. Returns the changed pairs by
 * {@link pairKey}, each with the passages that stand (in order of start in the pair's first
 * document; empty: none, the pair is gone). Pairs whose words `wordsOf` lacks are left as
 * they are.
 */
export function recheckPassages(
  index: ReuseIndex,
  pairs: Iterable<readonly SharedPassage[]>,
  wordsOf: (docId: string) => ReuseWords | undefined,
): Map<string, SharedPassage[]> {
  const byFirst = new Map<string, (readonly SharedPassage[])[]>()
  for (const list of pairs) {
    const first = list[0]
    if (!first) continue
    const lists = byFirst.get(first.a.docId)
    if (lists) lists.push(list)
    else byFirst.set(first.a.docId, [list])
  }
  const changed = new Map<string, SharedPassage[]>()
  for (const [a, lists] of byFirst) {
    const wordsA = wordsOf(a)
    if (!wordsA) continue
    const prints = fingerprints(wordsA)
    const flagged = new Uint8Array(prints.length)
    const candidates = index.candidates(prints, a, flagged)
    const furniture = furnitureWords(wordsA, prints.positions, flagged)
    for (const list of lists) {
      if (!list.some((p) => touches(furniture, p.aWords))) continue
      const b = (list[0] as SharedPassage).b.docId
      const wordsB = wordsOf(b)
      if (!wordsB) continue
      const seeds = candidates.find((c) => c.docId === b)?.seeds
      const now = seeds
        ? extractPassages({ id: a, words: wordsA, furniture }, { id: b, words: wordsB }, seeds)
        : []
      now.sort((x, y) => x.a.start - y.a.start)
      if (!samePassages(now, list)) changed.set(pairKey(a, b), now)
    }
  }
  return changed
}

/** Stored passages by pair of documents, for a caller that keeps them in memory. */
export class StoredPassages {
  readonly byPair = new Map<string, SharedPassage[]>()
  private keysOf = new Map<string, Set<string>>()

  /** Sets a pair's passages (an empty list forgets the pair). */
  set(key: string, passages: SharedPassage[]): void {
    const first = passages[0] ?? this.byPair.get(key)?.[0]
    if (!first) return
    for (const id of [first.a.docId, first.b.docId]) {
      let keys = this.keysOf.get(id)
      if (!keys) this.keysOf.set(id, (keys = new Set()))
      if (passages.length > 0) keys.add(key)
      else keys.delete(key)
    }
    if (passages.length > 0) this.byPair.set(key, passages)
    else this.byPair.delete(key)
  }

  /** The pairs both of whose documents are among `docIds`. */
  among(docIds: readonly string[]): SharedPassage[][] {
    const ids = new Set(docIds)
    const out: SharedPassage[][] = []
    for (const id of ids) {
      for (const key of this.keysOf.get(id) ?? []) {
        const list = this.byPair.get(key)
        const first = list?.[0]
        // Each pair once: from its first document.
        if (list && first && first.a.docId === id && ids.has(first.b.docId)) out.push(list)
      }
    }
    return out
  }

  /** Every stored passage. */
  all(): SharedPassage[] {
    return [...this.byPair.values()].flat()
  }
}

/**
 * What the reuse worker does for one document, in memory: its passages with the indexed
 * documents found and stored, the document added to the index, and the stored passages that
 * rested on fingerprints it turned into furniture checked again. `wordsOf` gives the words
 * of indexed documents (the new one's are known here). Returns the pairs whose passages were
 * changed by the recheck (empty list: dropped).
 */
export function addFindAndRecheck(
  index: ReuseIndex,
  doc: ReuseDocument & ReuseDocumentInfo,
  wordsOf: (docId: string) => ReuseWords | undefined,
  stored: StoredPassages,
): Map<string, SharedPassage[]> {
  const words = reuseWords(doc.text)
  const prints = fingerprints(words)
  const before = new Uint8Array(prints.length)
  const found = findReuse(index, { id: doc.id, words }, prints, wordsOf, before)
  index.add(doc.id, prints, doc)
  for (const [key, list] of passagesByPair(found)) {
    list.sort((x, y) => x.a.start - y.a.start)
    stored.set(key, list)
  }
  const carriers = newFurnitureCarriers(index, prints, before)
  if (carriers.length === 0) return new Map()
  const changed = recheckPassages(index, stored.among(carriers), (id) =>
    id === doc.id ? words : wordsOf(id),
  )
  for (const [key, list] of changed) stored.set(key, list)
  return changed
}
