/**
 * The reuse pipeline for one document: its words and fingerprints, the indexed documents it
 * shares fingerprints with, and the passages it shares with each. What a worker runs when a
 * document is added; the index itself keeps no text, so the caller supplies the words of the
 * candidates (from its own store, re-tokenised or cached).
 */
import { fingerprints } from './fingerprints'
import { extractPassages, furnitureWords } from './passages'
import type { ReuseDocumentInfo, ReuseIndex } from './reuse-index'
import type { ReuseDocument, SharedPassage } from './types'
import { reuseWords, type ReuseWords } from './words'

/**
 * The passages `doc` shares with the documents in `index` (not with itself), then `doc`
 * added to the index (replacing an earlier version with its id) with its outlet and date,
 * which tell furniture from a widely carried text. `wordsOf` gives the words
 * of an indexed document ({@link reuseWords} of its text); a candidate it returns undefined
 * for (a document gone from the store) is skipped.
 */
export function addAndFindReuse(
  index: ReuseIndex,
  doc: ReuseDocument & ReuseDocumentInfo,
  wordsOf: (docId: string) => ReuseWords | undefined,
): SharedPassage[] {
  const words = reuseWords(doc.text)
  const prints = fingerprints(words)
  const passages = findReuse(index, { id: doc.id, words }, prints, wordsOf)
  index.add(doc.id, prints, doc)
  return passages
}

/**
 * The passages a document (given as its words and fingerprints) shares with the documents
 * in `index`, leaving the index as it is. Words under fingerprints the index takes for
 * furniture (common, and repeated within outlets) and known furniture phrases never align. Passages are grouped
 * by the other document, in the order the index returns candidates. `flagged`, when given
 * (one slot per fingerprint), receives the index's furniture flags.
 */
export function findReuse(
  index: ReuseIndex,
  doc: { id: string; words: ReuseWords },
  prints: ReturnType<typeof fingerprints>,
  wordsOf: (docId: string) => ReuseWords | undefined,
  flagged = new Uint8Array(prints.length),
): SharedPassage[] {
  const passages: SharedPassage[] = []
  const candidates = index.candidates(prints, doc.id, flagged)
  if (candidates.length === 0) return passages
  const self = { ...doc, furniture: furnitureWords(doc.words, prints.positions, flagged) }
  for (const candidate of candidates) {
    const other = wordsOf(candidate.docId)
    if (!other) continue
    passages.push(...extractPassages(self, { id: candidate.docId, words: other }, candidate.seeds))
  }
  return passages
}
