/**
 * search.query-10k, search.fuzzy-10k, search.add-one, search.load-index: the full-text index over the generated corpus of 10,000 articles of about
 * 2,000 words (scripts/generate-corpus.ts), one record per paragraph (what a result points
 * at), for each candidate engine: query p95 (exact words and phrases), fuzzy p95 (typos),
 * loading the stored snapshot, adding one more article; build time, stored size and heap are
 * logged. Typo queries must find the articles that spell the name right.
 *
 * `npx tsx bench/node/search.bench.ts [--articles 10000] [--runs 50]` prints the
 * side-by-side table of both engines alone (run with `node --expose-gc` semantics: the heap
 * is measured after a forced collection either way).
 */
import { runInNewContext } from 'node:vm'
import { deserialize, serialize, setFlagsFromString } from 'node:v8'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { generateArticle, generateCorpus, type CorpusArticle } from '../../scripts/generate-corpus'
import { flexSearchEngine } from '../../src/shared/search/flexsearch-engine'
import { invertedEngine } from '../../src/shared/search/inverted-engine'
import { miniSearchEngine } from '../../src/shared/search/minisearch-engine'
import type { SearchEngineKind } from '../../src/shared/search/search-engine'
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchIndex,
  type SearchRecord,
} from '../../src/shared/search/search-index'
import { round, summarize } from '../lib/stats'
import { formatTable } from '../lib/table'
import type { BenchContext, BenchDefinition } from '../registry'

/** Articles in the benchmark corpus. */
const ARTICLES = 10_000

/** Exact queries: names, phrases, compounds, ordinary and common words. */
const QUERIES = [
  'Marg Bar Sarmachar',
  'Jaish al-Adl',
  'Jaish-al-Adl',
  'Balochistan',
  'Baluchistan militants',
  '959-kilometer',
  'Amir-Abdollahian',
  'Jalil Abbas Jilani',
  'Panjgur',
  'border security',
  'pipeline',
  'drone strikes',
  'foreign minister talks',
  'ceasefire',
  'gwadar port',
  'the border',
  'sovereignty violation',
  'Sistan-Baluchestan',
  'refugees crossing',
  'counterterrorism cooperation',
]

/** Typo queries, and the spellings the articles they must find use (checked for recall). */
const TYPOS: { query: string; finds: string[] }[] = [
  { query: 'Balochstan', finds: ['Balochistan'] },
  { query: 'Amirabdolahian', finds: ['Amirabdollahian', 'Amir-Abdollahian'] },
  { query: 'Sarmachaar', finds: ['Sarmachar'] },
  { query: 'Panjgor', finds: ['Panjgur'] },
  { query: 'Saravaan', finds: ['Saravan'] },
  { query: 'Jilanni', finds: ['Jilani'] },
  { query: 'pipline', finds: [] },
  { query: 'retalation', finds: [] },
  { query: 'sovereignity', finds: [] },
  { query: 'counterterorism', finds: [] },
]

/** Share of the articles spelling a name right that a typo query must find. */
const REQUIRED_RECALL = 0.95

/** A forced full garbage collection (V8's gc() exposed at run time if it was not). */
const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()

function heapMiB(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1024 ** 2
}

/** The article's paragraphs as passage records. */
function records(article: CorpusArticle): SearchRecord[] {
  const date = Date.parse(`${article.published}T00:00:00Z`)
  return article.paragraphs.map((text, i) => ({
    id: `${article.id}#${i}`,
    kind: 'passage',
    docId: article.id,
    text,
    date,
  }))
}

/** A built index and what was measured while building it. */
interface Built {
  engine: SearchEngineKind
  articles: number
  index: SearchIndex
  buildMs: number
  heapMiB: number
  /** Article ids by spelling of the typo checks' names (plain `includes` on the text). */
  spelledIn: Map<string, Set<string>>
  /** The next article index for add-one. */
  next: number
}

let builtCache: Built | null = null

/** Builds (once per engine and size; the other engine's index is dropped first). */
function built(engine: SearchEngineKind, articles = ARTICLES, log?: (line: string) => void) {
  if (builtCache && builtCache.engine === engine && builtCache.articles === articles) {
    return builtCache
  }
  builtCache = null
  const spellings = [...new Set(TYPOS.flatMap((t) => t.finds))]
  const spelledIn = new Map(spellings.map((s) => [s, new Set<string>()]))
  const before = heapMiB()
  const index = createSearchIndex(engine)
  let buildMs = 0
  let paragraphs = 0
  for (const article of generateCorpus({ articles })) {
    const text = article.paragraphs.join('\n')
    for (const s of spellings) if (text.includes(s)) spelledIn.get(s)!.add(article.id)
    const batch = records(article)
    paragraphs += batch.length
    const t0 = performance.now()
    index.addAll(batch)
    buildMs += performance.now() - t0
  }
  const heap = heapMiB() - before
  log?.(
    `${engine.name}: ${articles.toLocaleString('en-US')} articles, ` +
      `${paragraphs.toLocaleString('en-US')} paragraphs indexed in ${(buildMs / 1000).toFixed(1)} s ` +
      `(generation not counted); heap of the index ${heap.toFixed(0)} MiB`,
  )
  builtCache = { engine, articles, index, buildMs, heapMiB: heap, spelledIn, next: articles }
  return builtCache
}

/** Checks every typo query finds (at article level) the articles spelling its name right. */
function checkTypos(b: Built): string {
  const lines: string[] = []
  for (const typo of TYPOS) {
    const hits = b.index.search(typo.query, { fuzzy: true, prefix: false, limit: 1_000_000 })
    const found = new Set(hits.map((h) => h.docId))
    if (typo.finds.length === 0) {
      lines.push(`${typo.query} ${hits.length} hits`)
      if (hits.length === 0) throw new Error(`${b.engine.name}: “${typo.query}” found nothing.`)
      continue
    }
    const expected = new Set(typo.finds.flatMap((s) => [...(b.spelledIn.get(s) ?? [])]))
    const got = [...expected].filter((id) => found.has(id)).length
    lines.push(`${typo.query} ${got}/${expected.size}`)
    if (expected.size === 0 || got < REQUIRED_RECALL * expected.size) {
      throw new Error(
        `${b.engine.name}: “${typo.query}” found ${got} of the ${expected.size} articles that spell ${typo.finds.join(' or ')}.`,
      )
    }
  }
  return `typo recall (articles found/expected): ${lines.join(', ')}`
}

/** Times `fn` over the queries in turn, `runs` samples after one untimed pass. */
function timeQueries(queries: readonly string[], runs: number, fn: (q: string) => unknown) {
  for (const q of queries) fn(q)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const q = queries[i % queries.length] as string
    const t0 = performance.now()
    fn(q)
    samples.push(performance.now() - t0)
  }
  return samples
}

function measureQuery(b: Built, runs: number): number[] {
  for (const q of ['Marg Bar Sarmachar', 'Jaish al-Adl', '959-kilometer']) {
    if (b.index.search(q, { prefix: false }).length === 0) {
      throw new Error(`${b.engine.name}: “${q}” found nothing.`)
    }
  }
  return timeQueries(QUERIES, runs, (q) => b.index.search(q, { prefix: false, limit: 50 }))
}

function measureFuzzy(b: Built, runs: number): number[] {
  return timeQueries(
    TYPOS.map((t) => t.query),
    runs,
    (q) => b.index.search(q, { fuzzy: true, prefix: false, limit: 50 }),
  )
}

/**
 * A snapshot as the store keeps it: one IndexedDB row per column (each top-level field,
 * and each field of the engine's data), every row structured-cloned on its own (V8's
 * serialiser, the algorithm IndexedDB uses). One clone of the whole snapshot would
 * measure a quirk of Node's serialiser instead: a typed array written after an odd-length
 * string is misaligned and read back element by element (Uint32 postings after the ids
 * took 60 ms for 5 M entries, against 0.4 ms alone).
 */
function storeColumns(snapshot: object): Map<string, Buffer> {
  const rows = new Map<string, Buffer>()
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'data' && value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      for (const [field, column] of Object.entries(value))
        rows.set(`data.${field}`, serialize(column))
    } else rows.set(key, serialize(value))
  }
  return rows
}

function readColumns(rows: Map<string, Buffer>): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {}
  let data: Record<string, unknown> | undefined
  for (const [key, bytes] of rows) {
    const value: unknown = deserialize(bytes)
    if (key.startsWith('data.')) (data ??= {})[key.slice(5)] = value
    else snapshot[key] = value
  }
  if (data) snapshot.data = data
  return snapshot
}

/**
 * Takes the snapshot once and stores it as columns (logged); then times `runs` loads:
 * reading every column back (what IndexedDB costs the page), restoring the index and
 * answering a first query (what a load leaves to be built on first use counts here).
 */
function measureLoad(b: Built, runs: number, log: (line: string) => void) {
  let t0 = performance.now()
  const stored = storeColumns(b.index.snapshot() as object)
  const serializeMs = performance.now() - t0
  const sizeMiB = [...stored.values()].reduce((n, bytes) => n + bytes.length, 0) / 1024 ** 2
  log(
    `${b.engine.name}: snapshot taken and stored as ${stored.size} columns in ${serializeMs.toFixed(0)} ms, ${sizeMiB.toFixed(1)} MiB`,
  )
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    gc()
    t0 = performance.now()
    const loaded = loadSearchIndex(readColumns(stored), b.engine)
    loaded.search('Jaish al-Adl', { prefix: true, limit: 50 })
    samples.push(performance.now() - t0)
    if (i === 0 && loaded.size !== b.index.size) throw new Error('The loaded index lost records.')
  }
  return { samples, serializeMs, sizeMiB }
}

function measureAdd(b: Built, runs: number): number[] {
  const articles = Array.from({ length: runs }, (_, i) => generateArticle(b.next + i))
  b.next += runs
  const samples: number[] = []
  for (const article of articles) {
    const batch = records(article)
    const t0 = performance.now()
    b.index.addAll(batch)
    samples.push(performance.now() - t0)
  }
  const last = articles[articles.length - 1]
  if (last && !b.index.has(`${last.id}#0`)) throw new Error('The added article is not there.')
  return samples
}

/** The four benchmarks of one engine (the ids, then `suffix`). */
function benchesFor(engine: SearchEngineKind, suffix: string): BenchDefinition[] {
  const id = (what: string) => `search.${what}${suffix}`
  const prepare = (ctx: BenchContext) => {
    const b = built(engine, ARTICLES, ctx.log)
    return b
  }
  return [
    {
      id: id('query-10k'),
      kind: 'node',
      unit: 'ms',
      target: 10,
      runs: 200,
      description: `${engine.name}: exact queries (names, phrases, compounds, common words), top 50, over 10k articles per paragraph`,
      run: async (ctx) => measureQuery(prepare(ctx), ctx.runs),
    },
    {
      id: id('fuzzy-10k'),
      kind: 'node',
      unit: 'ms',
      target: 30,
      runs: 100,
      description: `${engine.name}: typo queries ("Balochstan", "Amirabdolahian"), top 50, recall checked`,
      run: async (ctx) => {
        const b = prepare(ctx)
        ctx.log(checkTypos(b))
        return measureFuzzy(b, ctx.runs)
      },
    },
    {
      id: id('add-one'),
      kind: 'node',
      unit: 'ms',
      target: 50,
      runs: 20,
      description: `${engine.name}: add one more 2,000-word article (its paragraphs) to the 10k index`,
      run: async (ctx) => measureAdd(prepare(ctx), ctx.runs),
    },
    {
      id: id('load-index'),
      kind: 'node',
      unit: 'ms',
      target: 500,
      runs: 3,
      description: `${engine.name}: read the 10k index back from its stored columns, restore it and answer a first query`,
      run: async (ctx) => measureLoad(prepare(ctx), ctx.runs, ctx.log).samples,
    },
  ]
}

/** The kept engine's benchmarks (the inverted index, ADR 0010), registered in bench/registry.ts. */
export const searchBenches: BenchDefinition[] = benchesFor(invertedEngine, '')

/** The same for MiniSearch, the engine kept before, not registered (about 4 minutes to build). */
export const miniSearchBenches: BenchDefinition[] = benchesFor(miniSearchEngine, '.minisearch')

/**
 * The same for FlexSearch, not registered: over 10k articles its two indexes need well
 * over 10 GB of heap (675 MiB per 500 articles measured). Compare at a smaller size with
 * `npx tsx bench/node/search.bench.ts --articles 1000`.
 */
export const flexSearchBenches: BenchDefinition[] = benchesFor(flexSearchEngine, '.flexsearch')

/** The five slowest exact and typo queries with their time (one run) and hit count. */
function slowest(b: Built): string[] {
  const all = [
    ...QUERIES.map((q) => ({ q, fuzzy: false })),
    ...TYPOS.map((t) => ({ q: t.query, fuzzy: true })),
  ]
  return all
    .map(({ q, fuzzy }) => {
      const t0 = performance.now()
      b.index.search(q, { fuzzy, prefix: false, limit: 50 })
      const ms = performance.now() - t0
      const n = b.index.search(q, { fuzzy, prefix: false, limit: 1_000_000 }).length
      return { q, ms, n }
    })
    .sort((x, y) => y.ms - x.ms)
    .slice(0, 6)
    .map(({ q, ms, n }) => `“${q}” ${ms.toFixed(1)} (${n})`)
}

/** Both engines, one after the other, and one table. */
async function compare(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: String(ARTICLES) },
      runs: { type: 'string', default: '100' },
      engines: { type: 'string', default: 'inverted,minisearch,flexsearch' },
    },
  })
  const articles = Number(values.articles)
  const runs = Number(values.runs)
  const log = (line: string) => console.log(`  ${line}`)
  const rows: string[][] = []
  const engines = [miniSearchEngine, flexSearchEngine, invertedEngine].filter((e) =>
    values.engines.split(',').includes(e.name),
  )
  for (const engine of engines) {
    console.log(engine.name)
    const b = built(engine, articles, log)
    let recall: string
    try {
      recall = checkTypos(b)
    } catch (error) {
      recall = `FAILED: ${error instanceof Error ? error.message : error}`
    }
    log(recall)
    log(`slowest queries (ms, hits): ${slowest(b).join(', ')}`)
    const query = summarize(measureQuery(b, runs * 2))
    const fuzzy = summarize(measureFuzzy(b, runs))
    const add = summarize(measureAdd(b, 20))
    const load = measureLoad(b, 3, log)
    const loadS = summarize(load.samples)
    const fmt = (n: number) => String(round(n, 1))
    rows.push([
      engine.name,
      fmt(b.buildMs / 1000),
      fmt(load.sizeMiB),
      fmt(b.heapMiB),
      `${fmt(query.p50)} / ${fmt(query.p95)}`,
      `${fmt(fuzzy.p50)} / ${fmt(fuzzy.p95)}`,
      `${fmt(loadS.p50)} / ${fmt(loadS.p95)}`,
      `${fmt(add.p50)} / ${fmt(add.p95)}`,
      fmt(load.serializeMs),
    ])
    console.log(rows[rows.length - 1]!.join(' | '))
    builtCache = null
  }
  console.log(
    '\n' +
      formatTable(
        [
          'engine',
          'build s',
          'stored MiB',
          'heap MiB',
          'query p50/p95 ms',
          'fuzzy p50/p95 ms',
          'load p50/p95 ms',
          'add-one p50/p95 ms',
          'serialise ms',
        ],
        rows,
      ),
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  compare().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
