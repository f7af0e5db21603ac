/**
 * The sources overview: for each pair of documents, how many words they share and what
 * share of each that is, from their shared passages.
 */
import { pairKey } from './pair-key'
import type { PairOverview, SharedPassage } from './types'

/** Words covered by `ranges` (word-index ranges, end exclusive), overlaps counted once. */
function coveredWords(ranges: { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((x, y) => x.start - y.start)
  let covered = 0
  let reach = -1
  for (const { start, end } of sorted) {
    const from = Math.max(start, reach)
    if (end > from) covered += end - from
    reach = Math.max(reach, end)
  }
  return covered
}

/**
 * The overview of one pair from its passages (all between the same two documents, as
 * {@link extractPassages} gives them) and each document's word count. Shares are 0 for a
 * document of no words.
 */
export function pairOverview(
  passages: readonly SharedPassage[],
  wordCountA: number,
  wordCountB: number,
): PairOverview | null {
  const first = passages[0]
  if (!first) return null
  const wordsA = coveredWords(passages.map((p) => p.aWords))
  const wordsB = coveredWords(passages.map((p) => p.bWords))
  return {
    a: first.a.docId,
    b: first.b.docId,
    wordsA,
    wordsB,
    shareA: wordCountA > 0 ? Math.min(1, wordsA / wordCountA) : 0,
    shareB: wordCountB > 0 ? Math.min(1, wordsB / wordCountB) : 0,
    passages: passages.length,
  }
}

/** Passages grouped by their pair of documents ({@link pairKey}), each list in the order given. */
export function passagesByPair(passages: readonly SharedPassage[]): Map<string, SharedPassage[]> {
  const byPair = new Map<string, SharedPassage[]>()
  for (const passage of passages) {
    const key = pairKey(passage.a.docId, passage.b.docId)
    const list = byPair.get(key)
    if (list) list.push(passage)
    else byPair.set(key, [passage])
  }
  return byPair
}

/**
 * The overview of every pair that shares a passage, from any list of passages (duplicates of
 * one passage, as two workers might report, count once since overlaps merge), largest shared
 * word count first. `wordCount` gives a document's words (0 if unknown).
 */
export function sourcesOverview(
  passages: readonly SharedPassage[],
  wordCount: (docId: string) => number,
): PairOverview[] {
  const out: PairOverview[] = []
  for (const list of passagesByPair(passages).values()) {
    const first = list[0] as SharedPassage
    const overview = pairOverview(list, wordCount(first.a.docId), wordCount(first.b.docId))
    if (overview) out.push(overview)
  }
  return out.sort((x, y) => Math.max(y.wordsA, y.wordsB) - Math.max(x.wordsA, x.wordsB))
}
