/**
 * search.load-index-browser: the search worker in Chromium on the web host, over the
 * generated corpus of 10,000 articles of about 2,000 words (scripts/generate-corpus.ts,
 * as search.load-index uses under Node) imported into the `casefile` database. Untimed: a
 * worker indexes it all and writes its snapshot to the search cache
 * (`casefile-search-cache`, the page's IndexedDB); logged are the build time and the bytes
 * the cache added to the origin's storage. Timed, per run: a fresh page starts a fresh
 * worker, which restores the index from the cache and answers a first query; the run ends
 * with that answer. The worker then reconciles with the 10,000 documents (logged: how
 * long, and that it indexed none again). As in the app, whose UI thread has the `casefile`
 * database open before it starts the worker, a page of the origin holds a connection to it
 * (so the origin's storage is open, not opened again by a run). Logged beside it: the same
 * starts while the app, open in another page, finds the names in sources it has none for.
 *
 * The worker is bundled from src/renderer/src/indexing/search-worker.ts by Vite here and
 * served on the web host's origin on a blank page, so the app's own views (and any worker
 * they start) do not run beside it.
 *
 * Both benchmarks start where an analyst is after a first session with the corpus: the
 * search cache holds the index, and the entity cache (`casefile-entity-cache`) holds the
 * names of every source: those of the bundled corpus found by the app itself, those of the
 * articles found by the same extractor under Node (bench/lib/corpus-mentions.ts, kept on
 * disk between runs) and written as the app's entity cache module writes them (bundled
 * from src/renderer/src/indexing/entity-cache.ts, for its name and extractor version).
 */
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { build, type Rollup } from 'vite'
import { generateCorpus } from '../../scripts/generate-corpus'
import { appDefines } from '../../scripts/renderer-vite-config'
import { openApp } from '../lib/app-page'
import type { BenchPage } from '../lib/browser'
import { corpusMentions } from '../lib/corpus-mentions'
import { rowsOf, seedDocuments, type ImportedRows } from '../lib/imported-documents'
import { summarize } from '../lib/stats'
import type { BenchContext, BenchDefinition } from '../registry'

/** 10,000; `SEARCH_BENCH_ARTICLES` makes a quick check of the benchmark itself smaller. */
const ARTICLES = Number(process.env.SEARCH_BENCH_ARTICLES ?? 10_000)
/** Documents written to the database per transaction while seeding. */
const SEED_BATCH = 250
const QUERY = 'Jaish al-Adl'
const WORKER_PATH = 'bench-search-worker.js'
const ENTITY_CACHE_PATH = 'bench-entity-cache.js'
const BLANK_PATH = 'bench-blank.html'
const ENTITY_CACHE = 'casefile-entity-cache'
const SEARCH_CACHE = 'casefile-search-cache'

/** A module of the renderer as one ES module (what the app's build makes of it, minus the app). */
async function bundle(path: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve('src/shared') } },
    define: appDefines,
    build: {
      write: false,
      target: 'chrome130',
      lib: { entry: resolve(path), formats: ['es'], fileName: 'bench-module' },
    },
  })
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[]
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk')
  if (chunks.length !== 1) throw new Error(`${path} bundled into ${chunks.length} chunks.`)
  return chunks[0]!.code
}

/** Serves the worker, the entity cache module and a blank page (no app) on the web host's origin. */
async function serveBench(
  context: BrowserContext,
  worker: string,
  entityCache: string,
): Promise<void> {
  await context.route(`**/${WORKER_PATH}`, (route) =>
    route.fulfill({ body: worker, contentType: 'text/javascript' }),
  )
  await context.route(`**/${ENTITY_CACHE_PATH}`, (route) =>
    route.fulfill({ body: entityCache, contentType: 'text/javascript' }),
  )
  await context.route(`**/${BLANK_PATH}`, (route) =>
    route.fulfill({ body: '<!doctype html><title>search bench</title>', contentType: 'text/html' }),
  )
}

function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)
}

/** In the page: a worker indexes everything and writes its snapshot; resolves with counts. */
function buildIndex(page: Page) {
  return page.evaluate(
    (url) =>
      new Promise<{ records: number; indexed: number; ms: number }>((done, fail) => {
        const t0 = performance.now()
        const worker = new Worker(url, { type: 'module' })
        let persisting = false
        let last = { records: 0, indexed: 0 }
        worker.onerror = (event) => fail(new Error(`The search worker failed: ${event.message}`))
        worker.onmessage = ({ data }) => {
          if (data.type === 'status') {
            last = { records: data.records, indexed: data.indexed }
            if (data.status.state === 'failed') fail(new Error(data.status.message))
            if (data.status.state === 'ready' && !persisting) {
              persisting = true
              worker.postMessage({ type: 'persist', id: 1 })
            }
          } else if (data.type === 'persisted') {
            worker.terminate()
            if (!data.stored) fail(new Error('The snapshot was not stored.'))
            else done({ ...last, ms: performance.now() - t0 })
          }
        }
        worker.postMessage({ type: 'start', bundled: null })
      }),
    WORKER_PATH,
  )
}

/** One timed start: a new worker until its first answer, then until it has reconciled. */
function timedStart(page: Page, query: string) {
  return page.evaluate(
    ({ url, query }) =>
      new Promise<{
        restoredMs: number
        firstAnswerMs: number
        hits: number
        readyMs: number
        indexed: number
        notice: string | null
      }>((done, fail) => {
        const t0 = performance.now()
        const worker = new Worker(url, { type: 'module' })
        let answered: { firstAnswerMs: number; hits: number } | null = null
        let restoredMs = NaN
        worker.onerror = (event) => fail(new Error(`The search worker failed: ${event.message}`))
        worker.onmessage = ({ data }) => {
          if (
            data.type === 'status' &&
            data.status.state !== 'loading' &&
            Number.isNaN(restoredMs)
          ) {
            restoredMs = performance.now() - t0
          }
          if (data.type === 'results') {
            answered = { firstAnswerMs: performance.now() - t0, hits: data.results.hits.length }
          } else if (data.type === 'status' && answered && data.status.state === 'ready') {
            worker.terminate()
            done({
              ...answered,
              restoredMs,
              readyMs: performance.now() - t0,
              indexed: data.indexed,
              notice: data.notice,
            })
          } else if (data.type === 'status' && data.status.state === 'failed') {
            fail(new Error(data.status.message))
          }
        }
        worker.postMessage({ type: 'start', bundled: null })
        worker.postMessage({ type: 'search', id: 1, channel: 'bench', query, options: {} })
      }),
    { url: WORKER_PATH, query },
  )
}

/** In the page: how many rows `store` of `database` has (0 when the database is not there). */
function countRows(page: Page, database: string, store: string): Promise<number> {
  return page.evaluate(
    async ({ database, store }) => {
      const known = await indexedDB.databases()
      if (!known.some((d) => d.name === database)) return 0
      return new Promise<number>((done, fail) => {
        const request = indexedDB.open(database)
        request.onerror = () => fail(request.error)
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains(store)) {
            db.close()
            return done(0)
          }
          const count = db.transaction(store).objectStore(store).count()
          count.onsuccess = () => {
            db.close()
            done(count.result)
          }
          count.onerror = () => fail(count.error)
        }
      })
    },
    { database, store },
  )
}

/** Waits until `store` of `database` has at least `count` rows; throws after `timeoutMs`. */
async function waitForRows(
  page: Page,
  database: string,
  store: string,
  count: number,
  timeoutMs: number,
): Promise<void> {
  const t0 = performance.now()
  while ((await countRows(page, database, store)) < count) {
    if (performance.now() - t0 > timeoutMs) {
      throw new Error(`${database}/${store} did not reach ${count} rows in ${timeoutMs / 1000} s.`)
    }
    await page.waitForTimeout(250)
  }
}

/**
 * A row of the entity cache: the shape of `CachedMentions` in
 * src/renderer/src/indexing/entity-cache.ts, repeated here (the app reads a row of another
 * shape as not cached and finds its names again, which the keystroke benchmark refuses).
 */
interface EntityCacheRow {
  docId: string
  rev: string
  extractor: number
  mentions: unknown[]
}

/**
 * In the page: writes `rows` into the entity cache (opened, so made at the app's schema, by
 * the app's own module), stamped with the app's extractor version, a thousand per
 * transaction. Rows read back from the cache keep their stamp.
 */
function seedEntityCache(
  page: Page,
  rows: readonly (Omit<EntityCacheRow, 'extractor'> & { extractor?: number })[],
): Promise<void> {
  return page.evaluate(
    async ({ url, rows }) => {
      const cacheModule = (await import(url)) as {
        openEntityCache(): Promise<{ notice: string | null }>
        ENTITY_CACHE_NAME: string
        ENTITY_EXTRACTOR_VERSION: number
      }
      const opened = await cacheModule.openEntityCache()
      if (opened.notice) throw new Error(`The entity cache: ${opened.notice}`)
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(cacheModule.ENTITY_CACHE_NAME)
        request.onerror = () => fail(request.error)
        request.onsuccess = () => done(request.result)
      })
      try {
        for (let i = 0; i < rows.length; i += 1000) {
          await new Promise<void>((done, fail) => {
            const tx = db.transaction('mentions', 'readwrite')
            for (const row of rows.slice(i, i + 1000)) {
              tx.objectStore('mentions').put({
                ...row,
                extractor: row.extractor ?? cacheModule.ENTITY_EXTRACTOR_VERSION,
              })
            }
            tx.oncomplete = () => done()
            tx.onabort = () => fail(tx.error ?? new Error('Seeding the entity cache aborted.'))
          })
        }
      } finally {
        db.close()
      }
    },
    { url: `./${ENTITY_CACHE_PATH}`, rows: rows as EntityCacheRow[] },
  )
}

/** In the page: every row of the entity cache, and the cache emptied. */
function takeEntityCache(page: Page): Promise<EntityCacheRow[]> {
  return page.evaluate(
    (name) =>
      new Promise<EntityCacheRow[]>((done, fail) => {
        const request = indexedDB.open(name)
        request.onerror = () => fail(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction('mentions', 'readwrite')
          const all = tx.objectStore('mentions').getAll()
          all.onsuccess = () => tx.objectStore('mentions').clear()
          tx.oncomplete = () => {
            db.close()
            done(all.result as EntityCacheRow[])
          }
          tx.onabort = () => fail(tx.error ?? new Error('Emptying the entity cache aborted.'))
        }
      }),
    ENTITY_CACHE,
  )
}

/**
 * In the page: opens the `casefile` database and keeps the connection, as the app's UI
 * thread keeps it open while the search worker starts.
 */
function holdDatabase(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('casefile')
        request.onerror = () => fail(request.error)
        request.onsuccess = () => {
          ;(window as unknown as { __held: IDBDatabase }).__held = request.result
          done()
        }
      }),
  )
}

/** The one-minute load average, for the log: other processes share the cores. */
function load(): string {
  return `load average ${loadavg()[0]!.toFixed(1)}`
}

const ms = (value: number) => `${value.toFixed(0)} ms`

/** The seeded origin: the corpus in `casefile`, its index in the search cache, its names cached. */
interface PreparedCorpus {
  bench: BenchPage
}

let prepared: Promise<PreparedCorpus> | null = null

/**
 * Seeds the 10k corpus, builds its persisted index and caches its names, once per `npm run
 * bench`: the load-index and keystroke benchmarks share it (building it takes minutes). The
 * page stays open until the browser closes, so the origin's storage is kept.
 */
function prepareCorpus(ctx: BenchContext): Promise<PreparedCorpus> {
  prepared ??= (async () => {
    // Found (or read from the disk cache) while the browser seeds and indexes.
    const mentions = corpusMentions(ARTICLES, ctx.log)
    mentions.catch(() => undefined)
    const harness = await ctx.browser()
    const [worker, entityCache] = await Promise.all([
      bundle('src/renderer/src/indexing/search-worker.ts'),
      bundle('src/renderer/src/indexing/entity-cache.ts'),
    ])
    const bench = await harness.newPage()
    const { page, context } = bench
    await serveBench(context, worker, entityCache)
    // The app creates the database at its current schema, finds the names in the bundled
    // corpus and indexes it, as at a first session; the seed then fills the database.
    await openApp(page, '#/notebook')
    const bundled = (await (await fetch(`${harness.baseUrl}corpus/index.json`)).json()).length
    await waitForRows(page, ENTITY_CACHE, 'mentions', bundled, 180_000)
    await waitForRows(page, SEARCH_CACHE, 'sources', bundled, 180_000)
    await page.goto(`./${BLANK_PATH}`)
    const t0 = performance.now()
    let batch: ImportedRows[] = []
    const imported: { docId: string; rev: string }[] = []
    let n = 0
    for (const article of generateCorpus({ articles: ARTICLES })) {
      const rows = rowsOf(article, ++n)
      imported.push({ docId: rows.row.id, rev: rows.row.rev })
      batch.push(rows)
      if (batch.length === SEED_BATCH) {
        await seedDocuments(page, batch)
        batch = []
      }
    }
    if (batch.length > 0) await seedDocuments(page, batch)
    ctx.log(
      `${ARTICLES} documents imported into casefile in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    )

    const before = await storageUsage(page)
    const built = await buildIndex(page)
    const stored = (await storageUsage(page)) - before
    ctx.log(
      `indexed ${built.indexed} documents (${built.records.toLocaleString('en-US')} records) and wrote the snapshot in ${(built.ms / 1000).toFixed(0)} s; the search cache added ${(stored / 1024 ** 2).toFixed(0)} MiB to the origin's storage`,
    )
    const found = await mentions
    await seedEntityCache(
      page,
      found.map((list, i) => ({ ...imported[i]!, mentions: list })),
    )
    ctx.log(
      `the names of every source are cached (${found.reduce((sum, list) => sum + list.length, 0).toLocaleString('en-US')} mentions in the ${ARTICLES.toLocaleString('en-US')} articles)`,
    )
    await holdDatabase(page)
    return { bench }
  })()
  return prepared
}

/** `runs` timed starts, each on a fresh page; their first answers, restores and reconciles. */
async function timedStarts(context: BrowserContext, runs: number) {
  const first: number[] = []
  const ready: number[] = []
  const restored: number[] = []
  for (let i = 0; i < runs; i++) {
    const fresh = await context.newPage()
    try {
      await fresh.goto(`./${BLANK_PATH}`)
      const run = await timedStart(fresh, QUERY)
      if (run.hits === 0) throw new Error(`“${QUERY}” found nothing in the restored index.`)
      if (run.indexed !== 0) {
        throw new Error(`The restored index indexed ${run.indexed} documents again.`)
      }
      if (run.notice) throw new Error(`The cache was not used: ${run.notice}`)
      first.push(run.firstAnswerMs)
      ready.push(run.readyMs)
      restored.push(run.restoredMs)
    } finally {
      await fresh.close()
    }
  }
  return { first, ready, restored }
}

async function measureLoadIndex(ctx: BenchContext): Promise<number[]> {
  const { bench } = await prepareCorpus(ctx)
  const { context } = bench
  const { first, ready, restored } = await timedStarts(context, ctx.runs)
  const r = summarize(ready)
  const back = summarize(restored)
  ctx.log(`first answers, run by run: ${first.map(ms).join(', ')} (${load()})`)
  ctx.log(
    `the index was restored (worker started, cache opened, snapshot read and loaded) at p50 ${back.p50.toFixed(0)} ms, p95 ${back.p95.toFixed(0)} ms from the start`,
  )
  ctx.log(
    `then reconciled with the ${ARTICLES.toLocaleString('en-US')} documents (none indexed again) at p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms from the start`,
  )

  // Logged, not the measure: the same starts while the app, open in another page, finds the
  // names of sources it has none for (its entity cache emptied, and filled again after).
  const cached = await takeEntityCache(bench.page)
  const app = await context.newPage()
  try {
    await openApp(app, '#/notebook')
    // Under way: some sources' names found again.
    await waitForRows(bench.page, ENTITY_CACHE, 'mentions', 3, 120_000)
    const during = await timedStarts(context, ctx.runs)
    const found = await countRows(bench.page, ENTITY_CACHE, 'mentions')
    const d = summarize(during.first)
    ctx.log(
      `with the app open in another page finding names (${found} sources' names found by the end): first answer p50 ${ms(d.p50)}, p95 ${ms(d.p95)}; run by run ${during.first.map(ms).join(', ')} (${load()})`,
    )
  } finally {
    await app.close()
    await takeEntityCache(bench.page)
    await seedEntityCache(bench.page, cached)
  }
  bench.assertNoErrors()
  return first
}

/** What an analyst types, one key at a time: a phrase, a place, a typo. */
const TYPED = ['Jaish al-Adl', 'Balochistan border', 'Sarmachaar']

/**
 * One key: what the field held after it, keydown to its results painted, and that time's
 * three parts: to the search asked (the key handled and the dialog rendered), from asking the
 * worker to its answer arriving on the UI thread, and from the answer to the frame painted.
 */
interface KeyTiming {
  typed: string
  ms: number
  ask: number
  worker: number
  paint: number
}

function describeKeys(keys: readonly KeyTiming[]): string {
  const { p50, p95 } = summarize(keys.map((k) => k.ms))
  const slowest = [...keys].sort((x, y) => y.ms - x.ms).slice(0, 6)
  const mean = (part: 'ask' | 'worker' | 'paint') =>
    ms(keys.reduce((sum, k) => sum + k[part], 0) / keys.length)
  return `p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (on average ${mean('ask')} to ask, ${mean('worker')} to the answer, ${mean('paint')} to paint); slowest (to paint / from asking the worker to its answer): ${slowest
    .map((k) => `“${k.typed}” ${k.ms.toFixed(0)}/${k.worker.toFixed(0)} ms`)
    .join(', ')}`
}

/** The app page's long tasks (UI thread), kept from the start by an observer. */
function watchLongTasks(app: Page): Promise<void> {
  return app.evaluate(() => {
    const tasks: [number, number][] = []
    ;(window as unknown as { __longTasks: [number, number][] }).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration])
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The page's clock, to bound a pass. */
const pageNow = (app: Page) => app.evaluate(() => performance.now())

/** The UI thread's long tasks between two times of the page's clock, in words. */
async function longTasksBetween(app: Page, from: number, to: number): Promise<string> {
  const tasks = (
    await app.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)
  ).filter(([start]) => start >= from && start <= to)
  if (tasks.length === 0) return 'no long task on the UI thread'
  const total = tasks.reduce((sum, [, d]) => sum + d, 0)
  const longest = tasks.reduce((a, b) => (b[1] > a[1] ? b : a))
  // Also from the app's start: its automatic backup, for one, runs 30 s after it.
  return `${tasks.length} long tasks on the UI thread, ${ms(total)} in all, the longest ${ms(longest[1])} at ${((longest[0] - from) / 1000).toFixed(1)} s into the pass (${(longest[0] / 1000).toFixed(1)} s after the app opened)`
}

/**
 * The app at `#/notebook` with Search everything open on an index ready (restored and
 * reconciled); returns a function typing the queries once, a key at a time.
 */
async function openSearch(app: Page) {
  await openApp(app, '#/notebook')
  await watchLongTasks(app)
  await app.evaluate(() => {
    const w = window as unknown as { __keyAt: number }
    window.addEventListener('keydown', () => (w.__keyAt = performance.now()), { capture: true })
  })
  await app.keyboard.press('Control+k')
  await app.getByRole('dialog', { name: 'Search everything' }).waitFor()
  // CSS from here on: a role query walks the accessibility tree, on the UI thread, between keys.
  const status = app.locator('dialog.search-dialog [role="status"]')
  const t0 = performance.now()
  while (/Opening the index|Indexing/.test((await status.textContent()) ?? '')) {
    if (performance.now() - t0 > 120_000) throw new Error('The index was not ready in 2 min.')
    await app.waitForTimeout(250)
  }
  const field = app.locator('dialog.search-dialog input[role="combobox"]')
  const results = app.locator('dialog.search-dialog .search-result')
  return async (): Promise<KeyTiming[]> => {
    const keys: KeyTiming[] = []
    for (const query of TYPED) {
      await field.fill('')
      for (const key of query) {
        await app.keyboard.type(key)
        const timing = await app.evaluate(
          () =>
            new Promise<Omit<KeyTiming, 'typed'>>((done, fail) => {
              const keyAt = (window as unknown as { __keyAt: number }).__keyAt
              const started = performance.now()
              const last = (name: string) =>
                performance.getEntriesByName(name).at(-1)?.startTime ?? NaN
              const check = () => {
                const painted = performance.getEntriesByName('cf:search-painted').at(-1)
                if (painted && painted.startTime > keyAt) {
                  const asked = last('cf:search-asked')
                  const answered = last('cf:search-answered')
                  return done({
                    ms: painted.startTime - keyAt,
                    ask: asked - keyAt,
                    worker: answered - asked,
                    paint: painted.startTime - answered,
                  })
                }
                if (performance.now() - started > 60_000) {
                  const status = document.querySelector('[role="dialog"] [role="status"]')
                  return fail(
                    new Error(
                      `No results were painted within 60 s of a key (the dialog says: ${status?.textContent ?? 'nothing'}).`,
                    ),
                  )
                }
                requestAnimationFrame(check)
              }
              check()
            }),
        )
        if (key.trim()) keys.push({ typed: await field.inputValue(), ...timing })
      }
      if ((await results.count()) === 0) throw new Error(`“${query}” showed no results.`)
    }
    return keys
  }
}

/**
 * Waits until the background reading of postings is done (the dialog's `data-index-warm`):
 * every posting in memory, or as many as the worker keeps; how long it took.
 */
async function untilWarm(app: Page): Promise<number> {
  const t0 = performance.now()
  await app
    .locator('dialog.search-dialog[data-index-warm="true"]')
    .waitFor({ state: 'attached', timeout: 180_000 })
  return (performance.now() - t0) / 1000
}

/**
 * search.keystroke-paint: the app over the 10k corpus, its index restored from the cache
 * and every source's names cached (see the module comment); Search everything opened with
 * Ctrl+K; each query typed one key at a time, and for every key the time from its keydown
 * to the frame that shows its results painted (the dialog's `cf:search-painted` mark, set
 * after that frame). The next key waits for the painting, so no search is superseded and
 * every key is one sample. One pass is typed as soon as the index is ready and logged
 * (cold: some keys read postings from IndexedDB first); the samples are taken once the
 * background reading is done (the dialog's `data-index-warm`): the postings the worker
 * keeps within its budget read, the others read again when a key needs them. Logged beside
 * them: the UI thread's long tasks during the measure, and a pass typed while the app
 * finds the names of sources it has none for (its entity cache emptied, and filled again
 * after).
 */
async function measureKeystrokePaint(ctx: BenchContext): Promise<number[]> {
  const { bench } = await prepareCorpus(ctx)
  const cachedNames = await countRows(bench.page, ENTITY_CACHE, 'mentions')
  const app = await bench.context.newPage()
  let samples: number[]
  try {
    const typeOnce = await openSearch(app)
    // Cold: at once, while the postings no search has read yet are still read in the
    // background (a key may need some first). Logged, not the measure.
    const cold = await typeOnce()
    ctx.log(
      `cold, typed as soon as the index is ready (${cold.length} keys): ${describeKeys(cold)}`,
    )
    // The measure: the steady state, the postings the worker keeps in memory read (up to its
    // budget; a key whose postings were let go reads them again).
    ctx.log(
      `the postings kept were read ${(await untilWarm(app)).toFixed(1)} s after the cold pass`,
    )
    const from = await pageNow(app)
    const keys: KeyTiming[] = []
    while (keys.length < ctx.runs) keys.push(...(await typeOnce()))
    const to = await pageNow(app)
    samples = keys.slice(0, ctx.runs).map((k) => k.ms)
    ctx.log(`steady state: ${describeKeys(keys)} (${load()})`)
    ctx.log(`during the steady state: ${await longTasksBetween(app, from, to)}`)
    const names = await countRows(bench.page, ENTITY_CACHE, 'mentions')
    if (names !== cachedNames) {
      throw new Error(
        `The app found names again (${cachedNames} sources cached before, ${names} after): the cached names were not used, so this is not the state measured.`,
      )
    }
    ctx.log(`names: every source's were cached (${names}); none was read for them meanwhile`)
    bench.assertNoErrors()
  } finally {
    await app.close()
  }

  // Logged, not the measure: one pass in the steady state while the app finds the names of
  // sources it has none for.
  const cached = await takeEntityCache(bench.page)
  const finding = await bench.context.newPage()
  try {
    const typeOnce = await openSearch(finding)
    await untilWarm(finding)
    // Under way: the bundled corpus's names and a few articles' found again.
    await waitForRows(bench.page, ENTITY_CACHE, 'mentions', 10, 180_000)
    const atStart = await countRows(bench.page, ENTITY_CACHE, 'mentions')
    const from = await pageNow(finding)
    const keys = await typeOnce()
    const to = await pageNow(finding)
    const atEnd = await countRows(bench.page, ENTITY_CACHE, 'mentions')
    ctx.log(
      `while names are being found (${atStart} sources' found since the app opened, ${atEnd - atStart} during the pass; ${cached.length} to find in all): ${describeKeys(keys)}; ${await longTasksBetween(finding, from, to)} (${load()})`,
    )
    bench.assertNoErrors()
  } finally {
    await finding.close()
    await takeEntityCache(bench.page)
    await seedEntityCache(bench.page, cached)
  }
  return samples
}

/** Registered in bench/registry.ts. */
export const searchLoadIndexBrowserBench: BenchDefinition = {
  id: 'search.load-index-browser',
  kind: 'browser',
  unit: 'ms',
  target: 500,
  runs: 5,
  description:
    'Chromium: a fresh page and search worker restore the persisted 10k-article index from IndexedDB and answer a first query',
  run: measureLoadIndex,
}

/** Registered in bench/registry.ts. */
export const searchKeystrokePaintBench: BenchDefinition = {
  id: 'search.keystroke-paint',
  kind: 'browser',
  unit: 'ms',
  target: 50,
  runs: 120,
  description:
    'Chromium, the app over 10k articles: Search everything, each key typed to its results painted',
  run: measureKeystrokePaint,
}
