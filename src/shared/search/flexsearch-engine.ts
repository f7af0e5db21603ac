/**
 * The FlexSearch engine, kept so the benchmark can measure it beside MiniSearch: a forward
 * index (every prefix of every term, so prefix matching is always on) and, for typos, a
 * second "tolerant" index (each term also with one swapped or one missing letter). Ids are
 * mapped to numbers, which FlexSearch stores more compactly. Results carry rank, not score.
 */
import { Index, type Id } from 'flexsearch'
import type { EngineFields, SearchEngine, SearchEngineKind } from './search-engine'
import { indexTerms, type QueryWord } from './tokenise'

/**
 * The snapshot: the live ids in record order (see SearchEngine.add), the number FlexSearch
 * knows each by (its own, not renumbered: its exported index cannot be), and both
 * indexes' exported chunks.
 */
interface FlexSnapshot {
  ids: string[]
  flex: number[]
  forward: Record<string, unknown>
  tolerant: Record<string, unknown>
}

/** How many candidates to take from FlexSearch when results are intersected or filtered. */
const WIDE_LIMIT = 10_000

const encode = (text: string) => indexTerms(text)

function makeIndexes(): { forward: Index; tolerant: Index } {
  return {
    forward: new Index({ tokenize: 'forward', encode }),
    tolerant: new Index({ tokenize: 'tolerant', encode }),
  }
}

function content(fields: EngineFields): string {
  return [fields.title ?? '', fields.text, ...(fields.tags ?? [])].join('\n')
}

function exportIndex(index: Index): Record<string, unknown> {
  const chunks: Record<string, unknown> = {}
  index.export((key: string, data: string) => {
    chunks[key] = JSON.parse(data)
  })
  return chunks
}

function importIndex(index: Index, chunks: Record<string, unknown>): void {
  for (const [key, data] of Object.entries(chunks)) {
    index.import(key, data as string)
  }
}

function wrap(
  indexes: { forward: Index; tolerant: Index },
  live: readonly string[],
  liveFlex: readonly number[],
): SearchEngine {
  // Record numbers (the interface's) and FlexSearch's numbers, both ways.
  const ids: (string | null)[] = [...live]
  const numbers = new Map(live.map((id, n) => [id, n]))
  const flexOf: number[] = [...liveFlex]
  const recordOfFlex = new Map(liveFlex.map((flex, n) => [flex, n]))
  let nextFlex = liveFlex.reduce((max, flex) => Math.max(max, flex + 1), 0)

  /** Ids matching every word in `index`, best first (rank order of the first search). */
  const run = (index: Index, words: readonly QueryWord[], limit: number): Id[] => {
    if (words.every((w) => w.parts.length === 0)) {
      return index.search(words.map((w) => w.term).join(' '), { limit }) as Id[]
    }
    let result: Id[] | null = null
    for (const w of words) {
      const found = index.search(w.term, { limit: WIDE_LIMIT }) as Id[]
      if (w.parts.length > 0) {
        const seen = new Set(found)
        for (const id of index.search(w.parts.join(' '), { limit: WIDE_LIMIT }) as Id[]) {
          if (!seen.has(id)) found.push(id)
        }
      }
      if (result === null) {
        result = found
      } else {
        const keep = new Set(found)
        result = result.filter((id) => keep.has(id))
      }
    }
    return (result ?? []).slice(0, limit)
  }

  return {
    get numbered() {
      return ids.length
    },
    recordOf: (id) => numbers.get(id),
    add: (id, fields) => {
      if (numbers.has(id)) throw new Error(`The search index already has ${id}.`)
      const n = ids.length
      const flex = nextFlex++
      ids.push(id)
      numbers.set(id, n)
      flexOf.push(flex)
      recordOfFlex.set(flex, n)
      const text = content(fields)
      indexes.forward.add(flex, text)
      indexes.tolerant.add(flex, text)
      return n
    },
    remove: (id) => {
      const n = numbers.get(id)
      if (n === undefined) return undefined
      const flex = flexOf[n]!
      indexes.forward.remove(flex)
      indexes.tolerant.remove(flex)
      numbers.delete(id)
      recordOfFlex.delete(flex)
      ids[n] = null
      return n
    },
    search: (query) => {
      const wide = query.accept !== undefined || query.fuzzy
      const limit = wide ? WIDE_LIMIT : query.limit
      const found = run(indexes.forward, query.words, limit)
      if (query.fuzzy) {
        const seen = new Set(found)
        for (const n of run(indexes.tolerant, query.words, limit)) {
          if (!seen.has(n)) found.push(n)
        }
      }
      const hits: { id: string; record: number; score: number }[] = []
      for (const flex of found) {
        const n = recordOfFlex.get(flex as number)
        const id = n === undefined ? null : ids[n]
        if (n === undefined || id == null || (query.accept && !query.accept(n))) continue
        hits.push({ id, record: n, score: 1 / (hits.length + 1) })
        if (hits.length >= query.limit) break
      }
      return hits
    },
    snapshot: (): FlexSnapshot => ({
      ids: ids.filter((id): id is string => id !== null),
      flex: flexOf.filter((_, n) => ids[n] !== null),
      forward: exportIndex(indexes.forward),
      tolerant: exportIndex(indexes.tolerant),
    }),
  }
}

/** FlexSearch as a {@link SearchEngineKind}. */
export const flexSearchEngine: SearchEngineKind = {
  name: 'flexsearch',
  create: () => wrap(makeIndexes(), [], []),
  load: (snapshot) => {
    const data = snapshot as FlexSnapshot
    if (
      !Array.isArray(data?.ids) ||
      !Array.isArray(data.flex) ||
      data.flex.length !== data.ids.length ||
      typeof data.forward !== 'object'
    ) {
      throw new Error('This is not a FlexSearch snapshot.')
    }
    const indexes = makeIndexes()
    importIndex(indexes.forward, data.forward)
    importIndex(indexes.tolerant, data.tolerant)
    return wrap(indexes, data.ids, data.flex)
  },
}
