/**
 * The FlexSearch engine, kept so the benchmark can measure it beside MiniSearch: a forward
 * index (every prefix of every term, so prefix matching is always on) and, for typos, a
 * second "tolerant" index (each term also with one swapped or one missing letter). Ids are
 * mapped to numbers, which FlexSearch stores more compactly. Results carry rank, not score.
 */
import { Index, type Id } from 'flexsearch'
import type { EngineFields, SearchEngine, SearchEngineKind } from './search-engine'
import { indexTerms, type QueryWord } from './tokenise'

/** The snapshot: ids by number (null where removed) and both indexes' exported chunks. */
interface FlexSnapshot {
  ids: (string | null)[]
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

function wrap(indexes: { forward: Index; tolerant: Index }, ids: (string | null)[]): SearchEngine {
  const numbers = new Map<string, number>()
  ids.forEach((id, n) => {
    if (id !== null) numbers.set(id, n)
  })

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
    add: (id, fields) => {
      if (numbers.has(id)) throw new Error(`The search index already has ${id}.`)
      const n = ids.length
      ids.push(id)
      numbers.set(id, n)
      const text = content(fields)
      indexes.forward.add(n, text)
      indexes.tolerant.add(n, text)
    },
    remove: (id) => {
      const n = numbers.get(id)
      if (n === undefined) return
      indexes.forward.remove(n)
      indexes.tolerant.remove(n)
      numbers.delete(id)
      ids[n] = null
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
      const hits: { id: string; score: number }[] = []
      for (const n of found) {
        const id = ids[n as number]
        if (id == null || (query.accept && !query.accept(id))) continue
        hits.push({ id, score: 1 / (hits.length + 1) })
        if (hits.length >= query.limit) break
      }
      return hits
    },
    snapshot: (): FlexSnapshot => ({
      ids,
      forward: exportIndex(indexes.forward),
      tolerant: exportIndex(indexes.tolerant),
    }),
  }
}

/** FlexSearch as a {@link SearchEngineKind}. */
export const flexSearchEngine: SearchEngineKind = {
  name: 'flexsearch',
  create: () => wrap(makeIndexes(), []),
  load: (snapshot) => {
    const data = snapshot as FlexSnapshot
    if (!Array.isArray(data?.ids) || typeof data.forward !== 'object') {
      throw new Error('This is not a FlexSearch snapshot.')
    }
    const indexes = makeIndexes()
    importIndex(indexes.forward, data.forward)
    importIndex(indexes.tolerant, data.tolerant)
    return wrap(indexes, [...data.ids])
  },
}
