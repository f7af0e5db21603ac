/**
 * The MiniSearch engine behind the search index: BM25 ranking, prefix and edit-distance
 * matching at query time (no extra index for typos), fields title (boosted), text and tags.
 */
import MiniSearch, { type Query } from 'minisearch'
import {
  allowedEdits,
  matchesByPrefix,
  type SearchEngine,
  type SearchEngineKind,
} from './search-engine'
import { indexTerms, type QueryWord } from './tokenise'

interface StoredFields {
  id: string
  title?: string
  text: string
  tags?: readonly string[]
}

const OPTIONS = {
  fields: ['title', 'text', 'tags'],
  idField: 'id',
  tokenize: (text: string) => indexTerms(text),
  processTerm: (term: string) => term,
  extractField: (doc: StoredFields, field: string): string => {
    if (field === 'tags') return doc.tags?.join('\n') ?? ''
    const value = doc[field as 'id' | 'title' | 'text']
    return value ?? ''
  },
  // Query leaves are already folded terms: no second tokenising.
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
}

/** One query word as a MiniSearch query: the whole term, or (for a compound) all its parts. */
function wordQuery(word: QueryWord): Query {
  if (word.parts.length === 0) return word.term
  return { combineWith: 'OR', queries: [word.term, { combineWith: 'AND', queries: word.parts }] }
}

/** The snapshot: MiniSearch's own, and the live ids in record order (see SearchEngine.add). */
interface MiniSnapshot {
  mini: unknown
  ids: string[]
}

function wrap(mini: MiniSearch<StoredFields>, live: readonly string[]): SearchEngine {
  // Record numbers (the interface's), kept beside MiniSearch's string ids.
  const ids: (string | null)[] = [...live]
  const numbers = new Map(live.map((id, n) => [id, n]))
  return {
    get numbered() {
      return ids.length
    },
    recordOf: (id) => numbers.get(id),
    add: (id, fields) => {
      if (numbers.has(id)) throw new Error(`The search index already has ${id}.`)
      mini.add({ id, ...fields })
      numbers.set(id, ids.length)
      ids.push(id)
      return ids.length - 1
    },
    remove: (id) => {
      const n = numbers.get(id)
      if (n === undefined) return undefined
      mini.discard(id)
      numbers.delete(id)
      ids[n] = null
      return n
    },
    search: (query) => {
      const last = query.words[query.words.length - 1]
      const prefixTerms = new Set(
        (query.prefix && last ? [last.term, ...last.parts.slice(-1)] : []).filter(matchesByPrefix),
      )
      const results = mini.search(
        { combineWith: 'AND', queries: query.words.map(wordQuery) },
        {
          prefix: (term) => prefixTerms.has(term),
          fuzzy: query.fuzzy ? (term) => allowedEdits(term) || false : false,
          boost: { title: 2, tags: 1.5 },
          filter: query.accept
            ? (result) => query.accept!(numbers.get(result.id as string) ?? -1)
            : undefined,
        },
      )
      return results.slice(0, query.limit).map((r) => ({
        id: r.id as string,
        record: numbers.get(r.id as string)!,
        score: r.score,
      }))
    },
    snapshot: (): MiniSnapshot => ({
      mini: mini.toJSON(),
      ids: ids.filter((id): id is string => id !== null),
    }),
  }
}

/** MiniSearch as a {@link SearchEngineKind}. */
export const miniSearchEngine: SearchEngineKind = {
  name: 'minisearch',
  create: () => wrap(new MiniSearch<StoredFields>(OPTIONS), []),
  load: (snapshot) => {
    const data = snapshot as MiniSnapshot
    if (!Array.isArray(data?.ids) || typeof data.mini !== 'object') {
      throw new Error('This is not a MiniSearch snapshot.')
    }
    const mini = MiniSearch.loadJS<StoredFields>(
      data.mini as Parameters<typeof MiniSearch.loadJS>[0],
      OPTIONS,
    )
    return wrap(mini, data.ids)
  },
}
