/**
 * reuse.index-10k in the worker, in Chromium: the app's reuse worker
 * (src/renderer/src/indexing/reuse-worker.ts, bundled by Vite here as the app's build bundles
 * it) indexes the generated corpus of 10,000 articles of about 2,000 words with planted reuse
 * (scripts/generate-reuse-corpus.ts, as the Node bench uses it), on a blank page of the web
 * host's origin, with its real cache (IndexedDB of a fresh browser context). The page plays
 * the app's reuse client (renderer/src/indexing/reuse-client.ts): it lists every document
 * with its outlet and date, then sends each text the worker asks for, one at a time, waiting
 * for the worker's progress before the next. Timed: from the list to the progress that says
 * every document is done (the whole index and every passage, stored). Then every document's
 * passages are asked for and scored as the Node bench scores them (recall of planted copies,
 * pairs reported that were not planted), and the run throws when they miss their bounds.
 *
 * Two benchmarks share the one run: reuse.index-10k-worker (its time) and
 * reuse.index-10k-longest-task (the UI thread's longest task meanwhile, PerformanceObserver
 * 'longtask', 0 when none reached 50 ms; the issue: the UI thread never blocks over 50 ms).
 *
 * `REUSE_BROWSER_ARTICLES=1000 npm run bench -- --filter reuse.index-10k-` runs it smaller;
 * `REUSE_ARTICLES=1000 npm run bench -- --filter reuse` runs it with the Node reuse benches;
 * `REUSE_FURNITURE=1` adds each outlet's footer to its pages, as there.
 */
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { build, type Rollup } from 'vite'
import { generateReuseCorpus, type ReuseArticle } from '../../scripts/generate-reuse-corpus'
import { appDefines } from '../../scripts/renderer-vite-config'
import type { SharedPassage } from '../../src/shared/reuse/types'
import { checkQuality, describeQuality, FURNITURE, quality } from '../node/reuse.bench'
import type { BenchContext, BenchDefinition } from '../registry'

/**
 * Articles indexed: 10,000; `REUSE_BROWSER_ARTICLES` (or `REUSE_ARTICLES`, which sizes the
 * Node reuse benches too) makes a quick check smaller.
 */
const ARTICLES = Number(process.env.REUSE_BROWSER_ARTICLES ?? process.env.REUSE_ARTICLES ?? 10_000)
/** Generated past the indexed ones, as the Node bench generates them (same corpus, same plants). */
const EXTRA = 40
/** Articles handed to the page per evaluate while loading texts (not timed). */
const LOAD_BATCH = 200
const WORKER_PATH = 'bench-reuse-worker.js'
const PAGE_PATH = 'bench-reuse.html'

/** The reuse worker as one ES module (what the app's build makes of it, minus the app). */
async function bundleWorker(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve('src/shared') } },
    define: appDefines,
    build: {
      write: false,
      target: 'chrome130',
      lib: {
        entry: resolve('src/renderer/src/indexing/reuse-worker.ts'),
        formats: ['es'],
        fileName: 'bench-reuse-worker',
      },
    },
  })
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[]
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk')
  if (chunks.length !== 1) throw new Error(`The reuse worker bundled into ${chunks.length} chunks.`)
  return chunks[0]!.code
}

/** A document as the page lists it to the worker and later sends it. */
interface PageDocument {
  docId: string
  outlet: string
  published: { year: number; month: number; day: number; approximate: false }
  text: string
}

function pageDocument(article: ReuseArticle): PageDocument {
  const [year, month, day] = article.published.split('-').map(Number)
  return {
    docId: article.id,
    outlet: article.outlet,
    published: { year: year!, month: month!, day: day!, approximate: false },
    text: article.text,
  }
}

/** What one indexing run in the page measured. */
interface PageRun {
  ms: number
  longestTaskMs: number
  /** The worker replies handled inside the longest task (what the UI thread was doing). */
  longestTaskReplies: string
  longTasks: number
  indexed: number
  failed: number
  passages: SharedPassage[]
  storageBytes: number
}

/**
 * In the page: the worker indexes every document it is sent; resolves when the last is done,
 * with the time, the longest UI-thread task, then every passage (each once).
 */
function indexInPage(page: Page, workerUrl: string): Promise<PageRun> {
  return page.evaluate(
    (url) =>
      new Promise<PageRun>((done, fail) => {
        interface Doc {
          docId: string
          outlet: string
          published: unknown
          text: string
        }
        const docs = (window as unknown as { __reuseDocs: Doc[] }).__reuseDocs
        const byId = new Map(docs.map((d) => [d.docId, d]))
        let longest = 0
        let longestAt: [number, number] = [0, 0]
        /** When each reply was handled, and its type, to say what a long task was doing. */
        const handled: [number, string][] = []
        let longTasks = 0
        let t0 = 0
        let t1 = 0
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.startTime < t0 || (t1 > 0 && entry.startTime > t1)) continue
            longTasks++
            if (entry.duration > longest) {
              longest = entry.duration
              longestAt = [entry.startTime, entry.startTime + entry.duration]
            }
          }
        })
        observer.observe({ type: 'longtask', buffered: true })
        const worker = new Worker(url, { type: 'module' })
        worker.onerror = (event) => fail(new Error(`The reuse worker failed: ${event.message}`))
        let queue: { docId: string; rev: string }[] = []
        let waiting = false
        let finished = false
        const passages: SharedPassage[] = []
        let asked = 0
        let answered = 0
        const sendNext = () => {
          const next = queue.shift()
          if (!next) return
          waiting = true
          const doc = byId.get(next.docId)!
          worker.postMessage({
            type: 'text',
            docId: doc.docId,
            rev: next.rev,
            blocks: [],
            text: doc.text,
          })
        }
        const askPassages = () => {
          asked = docs.length
          for (const [i, d] of docs.entries())
            worker.postMessage({ type: 'passages-of', requestId: i + 1, docId: d.docId })
        }
        worker.onmessage = ({ data }) => {
          if (!finished) handled.push([performance.now(), data.type])
          switch (data.type) {
            case 'need':
              queue = data.documents
              if (!waiting) sendNext()
              return
            case 'progress': {
              waiting = false
              const { done: n, total, failed } = data.progress
              if (n === total && queue.length === 0 && !finished) {
                finished = true
                t1 = performance.now()
                ;(window as unknown as { __reuseRun: unknown }).__reuseRun = { n, failed }
                askPassages()
              } else sendNext()
              return
            }
            case 'passages':
              for (const p of data.passages as SharedPassage[])
                if (p.a.docId === data.docId) passages.push(p)
              if (++answered === asked) {
                observer.disconnect()
                const run = (window as unknown as { __reuseRun: { n: number; failed: number } })
                  .__reuseRun
                worker.terminate()
                void navigator.storage.estimate().then((estimate) =>
                  done({
                    ms: t1 - t0,
                    longestTaskMs: longest,
                    longestTaskReplies: (() => {
                      const counts = new Map<string, number>()
                      for (const [at, type] of handled)
                        if (at >= longestAt[0] && at <= longestAt[1])
                          counts.set(type, (counts.get(type) ?? 0) + 1)
                      return [...counts].map(([type, n]) => `${n} ${type}`).join(', ') || 'none'
                    })(),
                    longTasks,
                    indexed: run.n,
                    failed: run.failed,
                    passages,
                    storageBytes: estimate.usage ?? 0,
                  }),
                )
              }
              return
            case 'notice':
              console.warn(`reuse worker: ${data.message}`)
              return
          }
        }
        t0 = performance.now()
        worker.postMessage({
          type: 'documents',
          documents: docs.map((d) => ({
            docId: d.docId,
            rev: 'bench-1',
            published: d.published,
            outlet: d.outlet,
          })),
        })
      }),
    workerUrl,
  )
}

let measured: Promise<PageRun> | null = null

/** One run over the corpus, shared by both benchmarks (it takes minutes at 10,000). */
function measure(ctx: BenchContext): Promise<PageRun> {
  measured ??= (async () => {
    const t0 = performance.now()
    const corpus = generateReuseCorpus({
      articles: ARTICLES + EXTRA,
      plants: Math.floor((ARTICLES + EXTRA) / 5),
      furniture: FURNITURE,
    })
    const articles = corpus.articles.slice(0, ARTICLES)
    ctx.log(
      `corpus of ${articles.length.toLocaleString('en-US')} articles ` +
        `(${corpus.planted.length.toLocaleString('en-US')} planted passages over ` +
        `${corpus.articles.length.toLocaleString('en-US')}), generated in ` +
        `${((performance.now() - t0) / 1000).toFixed(1)} s (not counted)`,
    )
    const [harness, worker] = await Promise.all([ctx.browser(), bundleWorker()])
    const bench = await harness.newPage()
    try {
      const { page, context } = bench
      await context.route(`**/${WORKER_PATH}`, (route) =>
        route.fulfill({ body: worker, contentType: 'text/javascript' }),
      )
      await context.route(`**/${PAGE_PATH}`, (route) =>
        route.fulfill({
          body: '<!doctype html><title>reuse bench</title>',
          contentType: 'text/html',
        }),
      )
      await page.goto(`${harness.baseUrl}${PAGE_PATH}`)
      await page.evaluate(() => {
        ;(window as unknown as { __reuseDocs: unknown[] }).__reuseDocs = []
      })
      for (let i = 0; i < articles.length; i += LOAD_BATCH) {
        const batch = articles.slice(i, i + LOAD_BATCH).map(pageDocument)
        await page.evaluate((docs) => {
          ;(window as unknown as { __reuseDocs: unknown[] }).__reuseDocs.push(...docs)
        }, batch)
      }
      const run = await indexInPage(page, `${harness.baseUrl}${WORKER_PATH}`)
      bench.assertNoErrors()
      if (run.indexed !== articles.length || run.failed > 0) {
        throw new Error(
          `The worker finished ${run.indexed} of ${articles.length} documents, ${run.failed} failed.`,
        )
      }
      ctx.log(
        `${ARTICLES.toLocaleString('en-US')} articles indexed by the reuse worker with their ` +
          `passages, stored, in ${(run.ms / 1000).toFixed(1)} s; ` +
          `${run.passages.length.toLocaleString('en-US')} passages; origin storage ` +
          `${(run.storageBytes / 1024 ** 2).toFixed(0)} MiB`,
      )
      ctx.log(
        `UI thread: longest task ${run.longestTaskMs.toFixed(0)} ms ` +
          `(${run.longTasks} tasks of 50 ms or more; worker replies handled in the longest: ` +
          `${run.longestTaskReplies})`,
      )
      const q = quality(run.passages, corpus.planted, new Set(articles.map((a) => a.id)))
      ctx.log(describeQuality(q))
      checkQuality(q, 'reuse.index-10k-worker')
      return run
    } finally {
      await bench.close()
    }
  })()
  return measured
}

/** Registered in bench/registry.ts. */
export const reuseIndexWorkerBench: BenchDefinition = {
  id: 'reuse.index-10k-worker',
  kind: 'browser',
  unit: 'ms',
  target: 120_000,
  runs: 1,
  description:
    'Chromium: the reuse worker indexes 10k generated articles with planted reuse sent one by one as the app sends them, every passage found and stored (recall and false pairs checked)',
  // One build is one sample: repeating it would take many minutes for nothing more.
  run: async (ctx) => {
    const run = await measure(ctx)
    return Array.from({ length: ctx.runs }, () => run.ms)
  },
}

/** Registered in bench/registry.ts. */
export const reuseIndexLongestTaskBench: BenchDefinition = {
  id: 'reuse.index-10k-longest-task',
  kind: 'browser',
  unit: 'ms',
  target: 50,
  runs: 1,
  description:
    'Chromium: the UI thread’s longest task (longtask, 0 under 50 ms) while the reuse worker indexes 10k articles',
  run: async (ctx) => {
    const run = await measure(ctx)
    return Array.from({ length: ctx.runs }, () => run.longestTaskMs)
  },
}

/** Both, in the order they run (they share one run). */
export const reuseBrowserBenches: BenchDefinition[] = [
  reuseIndexWorkerBench,
  reuseIndexLongestTaskBench,
]
