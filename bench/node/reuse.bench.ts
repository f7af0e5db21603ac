/**
 * reuse.index-10k and reuse.add-one: text-reuse detection over the generated corpus of 10,000
 * articles of about 2,000 words with planted reuse (scripts/generate-reuse-corpus.ts). The
 * index is built one article at a time, each article's shared passages found against the
 * articles before it (what the worker does as documents arrive); then one more article at a
 * time is added and its passages found. Each prints, beside its times, the recall of planted
 * passages (a planted copy counts as found when one reported passage overlaps at least half of
 * it in both documents; passages as stored after the last article, the ones an outlet's footer
 * linked before it was known as furniture checked again as the worker does) and the share of reported pairs of documents that share no planted
 * text, and throws when recall is under 0.95 or that share over 1%.
 *
 * `REUSE_ARTICLES=1000 npx tsx bench/node/reuse.bench.ts` runs both at another size
 * (`REUSE_FURNITURE=1` adds each outlet's footer to its pages);
 * `--compare` adds the MinHash/LSH alternative (bench/node/reuse-minhash.ts) at that size.
 */
import { pathToFileURL } from 'node:url'
import {
  generateReuseCorpus,
  plantedPairs,
  type PlantedPassage,
  type ReuseArticle,
} from '../../scripts/generate-reuse-corpus'
import { reuseDocumentInfo } from '../../src/shared/reuse/document-info'
import { passagesByPair } from '../../src/shared/reuse/overview'
import { pairKey } from '../../src/shared/reuse/pair-key'
import { addFindAndRecheck, StoredPassages } from '../../src/shared/reuse/recheck'
import { ReuseIndex } from '../../src/shared/reuse/reuse-index'
import type { SharedPassage, TextSpan } from '../../src/shared/reuse/types'
import { reuseWords } from '../../src/shared/reuse/words'
import { round, summarize } from '../lib/stats'
import type { BenchContext, BenchDefinition } from '../registry'

/** Articles in the indexed corpus (REUSE_ARTICLES overrides, for a quicker run). */
const ARTICLES = Number(process.env.REUSE_ARTICLES ?? 10_000)

/**
 * `REUSE_FURNITURE=1`: each outlet's own footer on every page (site furniture to ignore;
 * pairs it links count as not planted).
 */
export const FURNITURE = process.env.REUSE_FURNITURE === '1'

/** Articles generated past the indexed ones, added one at a time by reuse.add-one. */
const EXTRA = 40

/** Share of planted copies that must be found. */
export const REQUIRED_RECALL = 0.95
/** Largest share of reported pairs that may share no planted text. */
export const MAX_FALSE_PAIRS = 0.01

/** The corpus, the built index and what was measured while building it. */
interface Built {
  articles: ReuseArticle[]
  planted: PlantedPassage[]
  index: ReuseIndex
  buildMs: number
  /** The passages stored once every article is indexed (rechecked as the worker does). */
  stored: StoredPassages
  passages: SharedPassage[]
  /** The next extra article for add-one. */
  next: number
}

let builtCache: Built | null = null

/**
 * An article as the worker lists it: its id and text, with its outlet and date (furniture
 * repeats within an outlet, a widely carried text is linked to its earliest carrier).
 */
export function reuseDocumentOf(article: ReuseArticle) {
  const [year, month, day] = article.published.split('-').map(Number)
  return {
    id: article.id,
    text: article.text,
    ...reuseDocumentInfo(article.outlet, {
      year: year!,
      month: month!,
      day: day!,
      approximate: false,
    }),
  }
}

function wordsOfArticle(byId: Map<string, ReuseArticle>) {
  return (docId: string) => {
    const article = byId.get(docId)
    return article ? reuseWords(article.text) : undefined
  }
}

/** Generates the corpus (not timed) and builds the index over the first ARTICLES (timed). */
function built(log?: (line: string) => void): Built {
  if (builtCache) return builtCache
  let t0 = performance.now()
  const corpus = generateReuseCorpus({
    articles: ARTICLES + EXTRA,
    plants: Math.floor((ARTICLES + EXTRA) / 5),
    furniture: FURNITURE,
  })
  log?.(
    `corpus of ${corpus.articles.length.toLocaleString('en-US')} articles, ` +
      `${corpus.planted.length.toLocaleString('en-US')} planted passages, generated in ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s (not counted)`,
  )
  const byId = new Map(corpus.articles.map((a) => [a.id, a]))
  const wordsOf = wordsOfArticle(byId)
  const index = new ReuseIndex()
  const stored = new StoredPassages()
  t0 = performance.now()
  for (let i = 0; i < ARTICLES; i++) {
    const article = corpus.articles[i] as ReuseArticle
    addFindAndRecheck(index, reuseDocumentOf(article), wordsOf, stored)
  }
  const buildMs = performance.now() - t0
  builtCache = { ...corpus, index, buildMs, stored, passages: stored.all(), next: ARTICLES }
  return builtCache
}

function overlap(span: TextSpan, start: number, end: number): number {
  return Math.max(0, Math.min(span.end, end) - Math.max(span.start, start))
}

/** Whether one passage covers at least half of both planted spans. */
function covers(passages: readonly SharedPassage[], x: TextSpan, y: TextSpan): boolean {
  return passages.some((p) => {
    const [onX, onY] = p.a.docId === x.docId ? [p.a, p.b] : [p.b, p.a]
    return (
      onX.docId === x.docId &&
      onY.docId === y.docId &&
      overlap(x, onX.start, onX.end) >= 0.5 * (x.end - x.start) &&
      overlap(y, onY.start, onY.end) >= 0.5 * (y.end - y.start)
    )
  })
}

/** Recall and false pairs of `passages` against the plants among `docs`. */
export interface ReuseQuality {
  /** Planted copies (original, copy) whose documents are both in `docs`, and those found. */
  copies: number
  found: number
  recall: number
  /** Pairs of copies of one passage (they share it too), and those found. */
  copyPairs: number
  copyPairsFound: number
  /** Pairs of documents reported, and those sharing no planted text. */
  pairs: number
  falsePairs: number
  falseShare: number
  /** Recall by planted length (words): 12–19, 20–49, 50–200. */
  byLength: Record<string, { copies: number; found: number }>
  /** Up to five planted copies missed (for the log). */
  missed: string[]
}

/**
 * Scores reported `passages` against the planted ones; only plants whose documents are all
 * in `docs` (and, when `involving` is given, one of which is in it) count.
 */
export function quality(
  passages: readonly SharedPassage[],
  planted: readonly PlantedPassage[],
  docs: ReadonlySet<string>,
  involving?: ReadonlySet<string>,
): ReuseQuality {
  const byPair = passagesByPair(passages)
  const of = (x: TextSpan, y: TextSpan) => byPair.get(pairKey(x.docId, y.docId)) ?? []
  const counts = (x: TextSpan, y: TextSpan) =>
    docs.has(x.docId) &&
    docs.has(y.docId) &&
    (!involving || involving.has(x.docId) || involving.has(y.docId))
  let copies = 0
  let found = 0
  let copyPairs = 0
  let copyPairsFound = 0
  const byLength: ReuseQuality['byLength'] = {}
  const missed: string[] = []
  for (const plant of planted) {
    const bucket = plant.words < 20 ? '12-19' : plant.words < 50 ? '20-49' : '50-200'
    const stats = (byLength[bucket] ??= { copies: 0, found: 0 })
    for (const copy of plant.copies) {
      if (!counts(plant.source, copy.span)) continue
      copies++
      stats.copies++
      if (covers(of(plant.source, copy.span), plant.source, copy.span)) {
        found++
        stats.found++
      } else if (missed.length < 5) {
        missed.push(
          `plant ${plant.id} (${plant.words} words, ${copy.edits} edits) ${plant.source.docId} → ${copy.span.docId}`,
        )
      }
    }
    for (let i = 0; i < plant.copies.length; i++) {
      for (let j = i + 1; j < plant.copies.length; j++) {
        const x = (plant.copies[i] as (typeof plant.copies)[number]).span
        const y = (plant.copies[j] as (typeof plant.copies)[number]).span
        if (!counts(x, y)) continue
        copyPairs++
        if (covers(of(x, y), x, y)) copyPairsFound++
      }
    }
  }
  const truth = plantedPairs(planted)
  let falsePairs = 0
  for (const key of byPair.keys()) if (!truth.has(key)) falsePairs++
  const pairs = byPair.size
  return {
    copies,
    found,
    recall: copies > 0 ? found / copies : 1,
    copyPairs,
    copyPairsFound,
    pairs,
    falsePairs,
    falseShare: pairs > 0 ? falsePairs / pairs : 0,
    byLength,
    missed,
  }
}

/** One line of the quality, for the log. */
export function describeQuality(q: ReuseQuality): string {
  const lengths = Object.entries(q.byLength)
    .sort()
    .map(([k, v]) => `${k} words ${v.found}/${v.copies}`)
    .join(', ')
  return (
    `recall ${round(q.recall, 4)} (${q.found}/${q.copies} planted copies; ${lengths}); ` +
    `copies of one passage found together ${q.copyPairsFound}/${q.copyPairs}; ` +
    `pairs reported ${q.pairs}, not planted ${q.falsePairs} (${round(100 * q.falseShare, 2)}%)` +
    (q.missed.length > 0 ? `; missed e.g. ${q.missed.join('; ')}` : '')
  )
}

/** Throws when recall or false pairs miss their bounds: a fast wrong answer is not a result. */
export function checkQuality(q: ReuseQuality, what: string): void {
  if (q.recall < REQUIRED_RECALL) {
    throw new Error(
      `${what}: recall ${q.recall.toFixed(4)} is under ${REQUIRED_RECALL}; missed e.g. ${q.missed.join('; ')}`,
    )
  }
  if (q.falseShare > MAX_FALSE_PAIRS) {
    throw new Error(`${what}: ${q.falsePairs} of ${q.pairs} reported pairs were not planted.`)
  }
}

function measureIndex(ctx: BenchContext): number[] {
  const b = built(ctx.log)
  const docs = new Set(b.articles.slice(0, ARTICLES).map((a) => a.id))
  const q = quality(b.passages, b.planted, docs)
  const snapshotMiB = b.index.bytes / 1024 ** 2
  ctx.log(
    `${ARTICLES.toLocaleString('en-US')} articles indexed with their passages in ` +
      `${(b.buildMs / 1000).toFixed(1)} s; ${b.passages.length.toLocaleString('en-US')} passages; ` +
      `index ${b.index.postings.toLocaleString('en-US')} postings, ${snapshotMiB.toFixed(1)} MiB`,
  )
  ctx.log(describeQuality(q))
  checkQuality(q, 'reuse.index-10k')
  // One build is one sample: repeating it would take minutes for nothing more.
  return Array.from({ length: ctx.runs }, () => b.buildMs)
}

function measureAdd(ctx: BenchContext): number[] {
  const b = built(ctx.log)
  const byId = new Map(b.articles.map((a) => [a.id, a]))
  const wordsOf = wordsOfArticle(byId)
  const runs = Math.min(ctx.runs, b.articles.length - b.next)
  if (runs < 1) throw new Error('No extra articles left to add; generate more.')
  const samples: number[] = []
  const added = new Set<string>()
  for (let i = 0; i < runs; i++) {
    const article = b.articles[b.next++] as ReuseArticle
    const t0 = performance.now()
    addFindAndRecheck(b.index, reuseDocumentOf(article), wordsOf, b.stored)
    samples.push(performance.now() - t0)
    added.add(article.id)
  }
  // The added articles' passages as stored after the last (a recheck may have dropped some).
  const passages = b.stored.all().filter((p) => added.has(p.a.docId) || added.has(p.b.docId))
  const docs = new Set(b.articles.slice(0, b.next).map((a) => a.id))
  const q = quality(passages, b.planted, docs, added)
  ctx.log(describeQuality(q))
  if (q.copies === 0) throw new Error('The added articles carry no planted copies to check.')
  checkQuality(q, 'reuse.add-one')
  return samples
}

/** reuse.index-10k: the whole index with passages; one build (minutes), reported as is. */
export const reuseIndexBench: BenchDefinition = {
  id: 'reuse.index-10k',
  kind: 'node',
  unit: 'ms',
  target: 120_000,
  runs: 1,
  description:
    'Index 10k generated articles with planted reuse one by one, finding each one’s shared passages (recall and false pairs checked)',
  run: async (ctx) => measureIndex(ctx),
}

/** reuse.add-one: one more article added to the 10k index, its shared passages found. */
export const reuseAddBench: BenchDefinition = {
  id: 'reuse.add-one',
  kind: 'node',
  unit: 'ms',
  target: 200,
  runs: EXTRA,
  description:
    'Add one 2,000-word article to the 10k reuse index and find its shared passages (recall checked)',
  run: async (ctx) => measureAdd(ctx),
}

/** Both, in the order they run (add-one builds on the index-10k build). */
export const reuseBenches: BenchDefinition[] = [reuseIndexBench, reuseAddBench]

async function main(): Promise<void> {
  const log = (line: string) => console.log(`  ${line}`)
  const ctx = (runs: number): BenchContext => ({
    runs,
    log,
    browser: () => Promise.reject(new Error('Node benchmarks only.')),
  })
  console.log('reuse.index-10k')
  const index = await reuseIndexBench.run(ctx(1))
  console.log(`  ${(index[0]! / 1000).toFixed(1)} s`)
  console.log('reuse.add-one')
  const add = summarize(await reuseAddBench.run(ctx(EXTRA)))
  console.log(`  p50 ${round(add.p50, 1)} ms, p95 ${round(add.p95, 1)} ms`)
  if (process.argv.includes('--compare')) {
    const { compareMinHash } = await import('./reuse-minhash')
    const b = built()
    compareMinHash(b.articles.slice(0, ARTICLES), b.planted, log)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
