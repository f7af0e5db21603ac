/**
 * startup.web-interactive and memory.idle-10k (issue 15): the web host started cold over a
 * large workspace. One Chromium profile on disk is seeded once per `npm run bench` with
 * 10,000 imported documents (details and text, as an import stores them: articles of the
 * generated search corpus, about 2,000 words each, with authors, outlet and date) and 50,000
 * highlights (2,000 on the 5 bundled sources, the rest 4-5 per imported document, with notes
 * and tags), 1,000 claims, 2,000 evidence links, a timeline of 1,000 events citing
 * highlights, a brief and source grades, so that every table has rows. Then the app runs once
 * on it until its derived caches are whole (the search index persisted, every document's
 * names found, every source compared for reuse), as they are for an analyst who has worked
 * with that library before.
 *
 * Each measured start launches Chromium anew on that profile (nothing of the app is in
 * memory; IndexedDB is read from its files) and opens the web host at `#/`, the reader with
 * the library. What a returning analyst's browser keeps on disk stays, as it would for them:
 * the HTTP cache, with V8's cached code for the app's scripts; two untimed starts first warm
 * the operating system's file cache. Launching Chromium is not timed (in the web host the
 * analyst's browser is already running). startup.web-interactive: from navigation start
 * (performance.timeOrigin) until the app has said it is ready (`data-casefile-ready`), the
 * library shows "10005 sources" with its rows, and the next frame has been produced.
 * memory.idle-10k: the renderer process's resident memory once the app is idle after start,
 * with the JS heaps of the page and its workers logged beside it (see
 * {@link measureIdleMemory}).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { generateCorpus } from '../../scripts/generate-corpus'
import type { DocumentModel, DocumentSummary } from '../../src/shared/corpus/document-model'
import type { EntityMention } from '../../src/shared/entities/entity-kind'
import { openApp } from '../lib/app-page'
import type { BenchPage } from '../lib/browser'
import { seedTable } from '../lib/claims-page'
import { corpusMentions } from '../lib/corpus-mentions'
import { countRows, putRows } from '../lib/idb-rows'
import { importedDocument, rowsOfDocument, seedDocuments } from '../lib/imported-documents'
import {
  appRenderer,
  createProfileDir,
  launchProfile,
  readRenderer,
} from '../lib/persistent-profile'
import { followHeaps, type HeapReader, type IsolateHeap } from '../lib/js-heaps'
import { createRandom } from '../lib/prng'
import { round, summarize } from '../lib/stats'
import { BACKUP_SEED_TABLES, generateBackupWorkspace } from '../lib/synthetic-backup'
import {
  generatePassages,
  toHighlightRecords,
  type SeedHighlightRecord,
} from '../lib/synthetic-highlights'
import { spacedId } from '../lib/synthetic-workspace'
import type { BenchContext, BenchDefinition } from '../registry'

/** The imported documents the issue names. */
const FULL_SIZE = 10_000
/** 10,000; `STARTUP_BENCH_DOCUMENTS` makes a quick check of the benchmark itself smaller. */
const DOCUMENTS = Number(process.env.STARTUP_BENCH_DOCUMENTS ?? FULL_SIZE)
/** Highlights in all, on the bundled and the imported documents. */
const HIGHLIGHTS = 50_000
/** Of those, on the bundled corpus (the source the reader opens at start is one of them). */
const BUNDLED_HIGHLIGHTS = 2_000
const CLAIMS = 1_000
const EVIDENCE = 2_000
const EVENTS = 1_000
/** Documents written to the database per transaction while seeding. */
const SEED_BATCH = 250
/** Untimed starts before the measured ones: they warm the disk cache, not the page. */
const WARM_UPS = 2
const BLANK_PATH = 'bench-startup-blank.html'

const AUTHORS = [
  'Amina Rashid',
  'Farhan Qureshi',
  'Leila Moradi',
  'Omar Baloch',
  'Sara Jafari',
  'Imran Siddiqui',
  'Nadia Karimi',
  'Tariq Mengal',
  'Zainab Hosseini',
  'Kamran Shah',
  'Reza Tehrani',
  'Hina Durrani',
  'Javed Marri',
  'Parisa Ahmadi',
  'Asad Bugti',
  'Maryam Rezaei',
]

/** The seeded profile, shared by both benchmarks. */
interface PreparedProfile {
  dir: string
  baseUrl: string
  /** Sources in the library: the bundled ones and the imported ones. */
  sources: number
  /** What the library must say: "10005 sources". */
  sourcesText: string
}

let prepared: Promise<PreparedProfile> | null = null

/** The bundled corpus as the web host serves it. */
async function bundledDocuments(baseUrl: string): Promise<DocumentModel[]> {
  const index = (await (await fetch(`${baseUrl}corpus/index.json`)).json()) as DocumentSummary[]
  return Promise.all(
    index.map(
      async (s) =>
        (await (
          await fetch(`${baseUrl}corpus/${encodeURIComponent(s.meta.id)}.json`)
        ).json()) as DocumentModel,
    ),
  )
}

/** How far the derived caches are: documents with names found, and the search snapshot. */
interface CacheState {
  /** Rows of `casefile-entity-cache` (one per document whose names were found). */
  entityDocuments: number
  /** The search cache's last written generation and the one its snapshot includes. */
  searchGeneration: number | null
  snapshotGeneration: number | null
  /** Rows of `casefile-reuse-cache`'s documents (one per document the reuse worker indexed). */
  reuseDocuments: number
  /**
   * The documents the reuse worker's saved index covers; read only once `reuseDocuments`
   * reaches the library's size (the row holds the whole index), else null.
   */
  reuseIndexed: number | null
}

/** The derived caches in the page's origin, `sources` being the library's size. */
function cacheState(page: Page, sources: number): Promise<CacheState> {
  return page.evaluate(async (sources) => {
    const names = new Set((await indexedDB.databases()).map((d) => d.name))
    const open = (name: string) =>
      new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(name)
        request.onerror = () => fail(request.error)
        request.onsuccess = () => done(request.result)
      })
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
    const state: CacheState = {
      entityDocuments: 0,
      searchGeneration: null,
      snapshotGeneration: null,
      reuseDocuments: 0,
      reuseIndexed: null,
    }
    // Never opened before the workers create them: an open here would create them empty.
    if (names.has('casefile-entity-cache')) {
      const db = await open('casefile-entity-cache')
      if (db.objectStoreNames.contains('mentions')) {
        state.entityDocuments = await ask(
          db.transaction('mentions').objectStore('mentions').count(),
        )
      }
      db.close()
    }
    if (names.has('casefile-search-cache')) {
      const db = await open('casefile-search-cache')
      if (db.objectStoreNames.contains('meta') && db.objectStoreNames.contains('snapshot')) {
        const tx = db.transaction(['meta', 'snapshot'])
        const meta = (await ask(tx.objectStore('meta').get('generation'))) as
          { value: number } | undefined
        const stamp = (await ask(tx.objectStore('snapshot').get('$stamp'))) as
          { value: { generation: number } } | undefined
        state.searchGeneration = meta?.value ?? null
        state.snapshotGeneration = stamp?.value.generation ?? null
      }
      db.close()
    }
    if (names.has('casefile-reuse-cache')) {
      const db = await open('casefile-reuse-cache')
      if (db.objectStoreNames.contains('documents') && db.objectStoreNames.contains('index')) {
        state.reuseDocuments = await ask(
          db.transaction('documents').objectStore('documents').count(),
        )
        if (state.reuseDocuments >= sources) {
          const index = (await ask(db.transaction('index').objectStore('index').get('index'))) as
            { revs: unknown[] } | undefined
          state.reuseIndexed = index?.revs.length ?? null
        }
      }
      db.close()
    }
    return state
  }, sources)
}

function describeCaches(state: CacheState, sources: number): string {
  const snapshot =
    state.snapshotGeneration === null
      ? 'no snapshot'
      : `its snapshot includes generation ${state.snapshotGeneration}`
  const reuse =
    state.reuseIndexed === null
      ? `${state.reuseDocuments} of ${sources} sources compared for reuse`
      : `the reuse index covers ${state.reuseIndexed} of ${sources} sources`
  return `names found in ${state.entityDocuments} of ${sources} sources; search cache at generation ${state.searchGeneration}, ${snapshot}; ${reuse}`
}

/** A row of the entity worker's cache (src/renderer/src/indexing/entity-cache.ts). */
interface CachedMentions {
  docId: string
  rev: string
  extractor: number
  mentions: EntityMention[]
}

/**
 * The extractor version the entity worker stamps its cache rows with, read from its source
 * (the module itself imports `@shared` paths that this Node process does not resolve): a row
 * of another version is not used, and the worker would find every name again.
 */
function entityExtractorVersion(): number {
  const source = readFileSync(resolve('src/renderer/src/indexing/entity-cache.ts'), 'utf8')
  const version = /ENTITY_EXTRACTOR_VERSION = (\d+)/.exec(source)?.[1]
  if (!version) throw new Error('No ENTITY_EXTRACTOR_VERSION in entity-cache.ts.')
  return Number(version)
}

/** Puts rows into the entity worker's cache (`casefile-entity-cache`, which must exist). */
async function seedEntityCache(page: Page, rows: readonly CachedMentions[]): Promise<void> {
  for (let from = 0; from < rows.length; from += 2000) {
    await putRows(page, 'casefile-entity-cache', { mentions: rows.slice(from, from + 2000) })
  }
}

/** The imported documents' highlights: `count` spread evenly, 20-300 characters, real selectors. */
function importedHighlights(
  doc: DocumentModel,
  count: number,
  firstNumber: number,
  seed: number,
): SeedHighlightRecord[] {
  const passages = generatePassages(doc, { count, seed })
  const base = Date.UTC(2026, 0, 5)
  return toHighlightRecords(doc, passages, seed * 31).map((record, i) => {
    const n = firstNumber + i
    const at = base + n * 60_000
    return { ...record, id: spacedId('f', n), createdAt: at, updatedAt: at }
  })
}

/**
 * Seeds the profile and runs the app on it until its caches are whole, once per
 * `npm run bench`. Fails when the library or the notebook does not count what was seeded.
 */
function prepareProfile(ctx: BenchContext): Promise<PreparedProfile> {
  prepared ??= (async () => {
    if (!Number.isInteger(DOCUMENTS) || DOCUMENTS < 1) {
      throw new Error(`STARTUP_BENCH_DOCUMENTS must be a whole number above 0, not “${DOCUMENTS}”.`)
    }
    if (DOCUMENTS !== FULL_SIZE) {
      ctx.log(
        `STARTUP_BENCH_DOCUMENTS=${DOCUMENTS}: a check of the benchmark on a smaller library, not its measurement at ${FULL_SIZE.toLocaleString('en-US')} documents`,
      )
    }
    const harness = await ctx.browser()
    const baseUrl = harness.baseUrl
    const bundled = await bundledDocuments(baseUrl)
    const sources = bundled.length + DOCUMENTS
    const workspace = generateBackupWorkspace(bundled, {
      highlights: BUNDLED_HIGHLIGHTS,
      claims: CLAIMS,
      evidence: EVIDENCE,
      events: EVENTS,
    })
    // The names the entity worker would find in the articles, found once under Node and kept
    // on disk: in the browser it takes 0.1-0.4 s a document, 20-70 minutes for the library.
    const names = await corpusMentions(DOCUMENTS, ctx.log)
    const dir = createProfileDir('casefile-startup')
    const profile = await launchProfile(dir, baseUrl)
    const { page, context } = profile
    try {
      await context.route(`**/${BLANK_PATH}`, (route) =>
        route.fulfill({
          body: '<!doctype html><title>startup bench</title>',
          contentType: 'text/html',
        }),
      )
      // The app creates its database at the current schema, and the entity worker its cache
      // (finding the names of the bundled sources); the seed then fills both with the app
      // away, so nothing of the app reads half a seed.
      await openApp(page, '#/entities')
      await page.waitForFunction(
        async (bundled) => {
          const names = (await indexedDB.databases()).map((d) => d.name)
          if (!names.includes('casefile-entity-cache')) return false
          return new Promise<boolean>((resolve) => {
            const request = indexedDB.open('casefile-entity-cache')
            request.onerror = () => resolve(false)
            request.onsuccess = () => {
              const db = request.result
              if (!db.objectStoreNames.contains('mentions')) return resolve(false)
              const counting = db.transaction('mentions').objectStore('mentions').count()
              counting.onsuccess = () => {
                db.close()
                resolve(counting.result >= bundled)
              }
            }
          })
        },
        bundled.length,
        { timeout: 120_000, polling: 1000 },
      )
      await page.goto(`./${BLANK_PATH}`)

      const t0 = performance.now()
      const random = createRandom(1515)
      const highlights: SeedHighlightRecord[] = []
      const mentions: CachedMentions[] = []
      const extractor = entityExtractorVersion()
      const grades: { docId: string; reliability: string; updatedAt: number }[] = []
      const onImported = HIGHLIGHTS - BUNDLED_HIGHLIGHTS
      let batch: ReturnType<typeof rowsOfDocument>[] = []
      let n = 0
      for (const article of generateCorpus({ articles: DOCUMENTS })) {
        const authors = random.chance(0.2)
          ? []
          : random.chance(0.15)
            ? [random.pick(AUTHORS), random.pick(AUTHORS)].filter(
                (a, i, all) => all.indexOf(a) === i,
              )
            : [random.pick(AUTHORS)]
        const doc = importedDocument(article, authors)
        const count = Math.floor(onImported / DOCUMENTS) + (n < onImported % DOCUMENTS ? 1 : 0)
        highlights.push(...importedHighlights(doc, count, highlights.length + 1, 1000 + n))
        mentions.push({ docId: doc.meta.id, rev: doc.rev, extractor, mentions: names[n] ?? [] })
        if (n % 20 === 0) {
          grades.push({
            docId: doc.meta.id,
            reliability: 'ABCDEF'.charAt(n % 6),
            updatedAt: Date.UTC(2026, 1, 1),
          })
        }
        batch.push(rowsOfDocument(doc, Date.UTC(2026, 0, 1) + ++n * 1000))
        if (batch.length === SEED_BATCH) {
          await seedDocuments(page, batch)
          batch = []
          if (n % 2000 === 0) {
            ctx.log(`  ${n} documents seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
          }
        }
      }
      if (batch.length > 0) await seedDocuments(page, batch)
      const brief = {
        id: spacedId('e', 1),
        title: 'Border file: contested claims',
        author: 'J. Analyst, South Asia desk',
        summary: 'What is contested on the border file, and what rests on a single source.',
        sections: ['summary', 'claims', 'sources'],
        claims: { ids: [], tags: [], statuses: ['contested', 'unverified'] },
        timelineIds: [workspace.timelines[0]?.id ?? ''],
        highlights: { tags: [], colors: [] },
        createdAt: Date.UTC(2026, 10, 20),
        updatedAt: Date.UTC(2026, 10, 20),
      }
      await seedTable(page, 'highlights', [...workspace.highlights, ...highlights])
      for (const table of BACKUP_SEED_TABLES) {
        if (table !== 'highlights') await seedTable(page, table, workspace[table])
      }
      await seedTable(page, 'sourceGrades', grades)
      await seedTable(page, 'briefs', [brief])
      await seedEntityCache(page, mentions)
      const counts = await countRows(page)
      ctx.log(
        `seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s: ` +
          Object.entries(counts)
            .map(([table, rows]) => `${table} ${rows.toLocaleString('en-US')}`)
            .join(', '),
      )
      const highlightCount = workspace.highlights.length + highlights.length
      if (counts.documents !== DOCUMENTS || counts.highlights !== highlightCount) {
        throw new Error(
          `The seed wrote ${counts.documents} documents and ${counts.highlights} highlights.`,
        )
      }

      // The notebook counts every highlight (its rows are read before any document loads).
      const t2 = performance.now()
      await page.goto('./#/notebook')
      const notebook = page.getByTestId('notebook-count')
      await notebook.waitFor({ timeout: 300_000 }).catch((error: unknown) => {
        throw new Error(`The notebook showed no count in 5 min (${profile.errors.join('; ')})`, {
          cause: error,
        })
      })
      const said = (await notebook.textContent()) ?? ''
      if (said !== `${highlightCount} highlights`) {
        throw new Error(`The notebook says “${said}”, not ${highlightCount} highlights.`)
      }
      ctx.log(
        `the notebook counted ${said} ${((performance.now() - t2) / 1000).toFixed(1)} s after it was opened`,
      )
      await page.goto(`./${BLANK_PATH}`)

      // The sources overview starts the reuse worker and with it the entity worker, the shell
      // the search worker; each builds its cache for the whole library. Done when every
      // document's names are cached, the search cache's generation has not moved for 20 s (it
      // is written as each batch of sources is indexed) and its snapshot includes it (written
      // once the index is idle: a start without it replays every row, as no analyst's does
      // after the first session), and the reuse worker has compared every source and saved
      // its index, or has compared no more for 20 s (a source it cannot read is left out; the
      // log says how many it covers).
      const t1 = performance.now()
      // Not openApp: at 10,000 sources the view may be ready later than its 30 s.
      await page.goto('./#/sources')
      let last: CacheState | null = null
      let steady = 0
      let logged = t1
      for (;;) {
        await page.waitForTimeout(10_000)
        const now = await cacheState(page, sources)
        const same =
          last !== null &&
          last.searchGeneration === now.searchGeneration &&
          last.reuseDocuments === now.reuseDocuments
        steady = same && now.searchGeneration !== null && now.reuseDocuments > 0 ? steady + 1 : 0
        last = now
        const reused = (now.reuseIndexed ?? 0) >= sources
        const snapshotted = now.snapshotGeneration === now.searchGeneration
        if (now.entityDocuments >= sources && steady >= 2 && snapshotted && (reused || steady >= 3))
          break
        const elapsed = performance.now() - t1
        if (performance.now() - logged > 60_000) {
          logged = performance.now()
          ctx.log(`  after ${(elapsed / 1000).toFixed(0)} s: ${describeCaches(now, sources)}`)
        }
        if (elapsed > 60 * 60_000) throw new Error('The caches were not whole after an hour.')
      }
      ctx.log(
        `the app built its caches in ${((performance.now() - t1) / 1000).toFixed(0)} s: ${describeCaches(last, sources)}`,
      )
      profile.assertNoErrors()
      return { dir, baseUrl, sources, sourcesText: `${sources} sources` }
    } finally {
      await profile.close()
    }
  })()
  return prepared
}

/** What {@link startupProbe} keeps in the page's `window.__startup`, in ms from navigation start. */
interface ProbeState {
  /** `data-casefile-ready` set. */
  ready: number
  /** The library counts every source and has rows. */
  listed: number
  /** The opened source's highlights painted (NaN when not by the time of measuring). */
  painted: number
  /** The library's rows shown, the app ready, and the next frame produced: the sample. */
  interactiveAt: number
  /** Resolves to `interactiveAt` once it is known. */
  interactive: Promise<number>
  /** What the library's count said when last looked at. */
  shown: string
  /** Long tasks (50 ms or more): [start, duration]. */
  longTasks: [number, number][]
  /** Scripts of 20 ms or more in long animation frames. */
  scripts: { at: number; ms: number; what: string }[]
  /**
   * Long animation frames (50 ms or more): when, how long, and how much of it was script and
   * how much style, layout and paint.
   */
  frames: { at: number; ms: number; script: number; render: number }[]
}

/** What one cold start measured, in ms from navigation start; the lists end at `interactive`. */
interface StartRun extends Pick<
  ProbeState,
  'ready' | 'listed' | 'painted' | 'longTasks' | 'scripts' | 'frames'
> {
  /** {@link ProbeState.interactiveAt}: the sample. */
  interactive: number
  domContentLoaded: number
}

/**
 * In the page, before its own scripts: notes when the app says it is ready, when the library
 * counts `expected` and shows rows, when highlights are painted, and, once ready and listed,
 * the end of the next frame (`interactive`, which `window.__startup.interactive` resolves to).
 */
function startupProbe(expected: string): void {
  type Frame = PerformanceEntry & { renderStart: number; scripts: Script[] }
  type Script = PerformanceEntry & {
    invoker: string
    sourceFunctionName: string
    sourceURL: string
    sourceCharPosition: number
  }
  let resolveInteractive = (_at: number) => {}
  const state: ProbeState = {
    ready: NaN,
    listed: NaN,
    painted: NaN,
    interactiveAt: NaN,
    interactive: new Promise<number>((resolve) => (resolveInteractive = resolve)),
    shown: '',
    longTasks: [],
    scripts: [],
    frames: [],
  }
  ;(window as unknown as { __startup: ProbeState }).__startup = state
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: true })
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as Frame
        const end = frame.startTime + frame.duration
        state.frames.push({
          at: frame.startTime,
          ms: frame.duration,
          script: frame.scripts.reduce((sum, s) => sum + s.duration, 0),
          render: frame.renderStart > 0 ? end - frame.renderStart : 0,
        })
        for (const s of frame.scripts) {
          if (s.duration < 20) continue
          const file = s.sourceURL.split('/').pop() ?? ''
          state.scripts.push({
            at: s.startTime,
            ms: s.duration,
            what: `${s.invoker} ${s.sourceFunctionName || '(anonymous)'} ${file}:${s.sourceCharPosition}`,
          })
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true })
  }
  let framing = false
  const check = () => {
    if (Number.isNaN(state.ready) && document.documentElement?.dataset.casefileReady === 'true') {
      state.ready = performance.now()
    }
    if (
      Number.isNaN(state.painted) &&
      document.querySelector('article.document[data-painted-highlights]')
    ) {
      state.painted = performance.now()
    }
    if (Number.isNaN(state.listed)) {
      const shown = document.querySelector('.library-count')?.textContent ?? ''
      state.shown = shown
      if (shown === expected && document.querySelector('.source-list > li')) {
        state.listed = performance.now()
      }
    }
    if (!framing && !Number.isNaN(state.ready) && !Number.isNaN(state.listed)) {
      framing = true
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          state.interactiveAt = performance.now()
          resolveInteractive(state.interactiveAt)
        }
        channel.port2.postMessage(null)
      })
    }
    if (!Number.isNaN(state.interactiveAt) && !Number.isNaN(state.painted)) observer.disconnect()
  }
  const observer = new MutationObserver(check)
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-casefile-ready', 'data-painted-highlights'],
  })
}

/** Starts the app on a launched profile and waits until it is interactive. */
async function startApp(profile: BenchPage): Promise<StartRun> {
  const { page } = profile
  await page.goto('./', { waitUntil: 'commit' })
  const reached = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const w = window as unknown as { __startup: ProbeState }
        const timer = setTimeout(
          () =>
            resolve(
              `after 120 s the library says “${w.__startup.shown}” and the app is ${Number.isNaN(w.__startup.ready) ? 'not ' : ''}ready`,
            ),
          120_000,
        )
        void w.__startup.interactive.then(() => {
          clearTimeout(timer)
          resolve(null)
        })
      }),
  )
  if (reached !== null) throw new Error(`The app did not become interactive: ${reached}.`)
  return page.evaluate(() => {
    const s = (window as unknown as { __startup: ProbeState }).__startup
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined
    const before = s.interactiveAt
    return {
      interactive: s.interactiveAt,
      ready: s.ready,
      listed: s.listed,
      painted: s.painted,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
      longTasks: s.longTasks.filter(([start]) => start < before),
      scripts: s.scripts.filter((x) => x.at < before),
      frames: s.frames.filter((x) => x.at < before),
    }
  })
}

/**
 * Checks that the app takes input once it says it is interactive: a key typed into the
 * library's filter at once; resolves with the ms from its keydown to the frame after the
 * field shows it, and from `interactive` to the keydown (the harness's round trip and any
 * task the key queued behind).
 */
async function typeIntoFilter(
  page: Page,
  interactive: number,
): Promise<{ key: number; after: number }> {
  const field = page.getByRole('searchbox', { name: 'Filter sources' })
  await page.evaluate(() => {
    const w = window as unknown as {
      __key: Promise<{ down: number; frame: number; value: string }>
    }
    w.__key = new Promise((resolve) => {
      let down = NaN
      addEventListener('keydown', (e) => (down = e.timeStamp), { capture: true, once: true })
      addEventListener(
        'input',
        (e) => {
          const target = e.target as HTMLInputElement
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () =>
              resolve({ down, frame: performance.now(), value: target.value })
            channel.port2.postMessage(null)
          })
        },
        { capture: true, once: true },
      )
    })
  })
  await field.focus()
  await page.keyboard.press('b')
  const key = await page.evaluate(
    () =>
      (window as unknown as { __key: Promise<{ down: number; frame: number; value: string }> })
        .__key,
  )
  if (key.value !== 'b' || (await field.inputValue()) !== 'b') {
    throw new Error(`The library filter shows “${key.value}” after typing “b”.`)
  }
  return { key: key.frame - key.down, after: key.down - interactive }
}

function describeRuns(label: string, values: number[]): string {
  const { p50, p95 } = summarize(values)
  return `${label} p50 ${p50.toFixed(0)}, p95 ${p95.toFixed(0)} ms`
}

/**
 * `STARTUP_BENCH_TRACE=<file>`: one more start after the measured ones, not counted, recorded
 * as a Chromium trace (JS samples, tasks, style and layout; open it in DevTools' Performance
 * panel) until the app is interactive.
 */
const TRACE_FILE = process.env.STARTUP_BENCH_TRACE

const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
  'latencyInfo',
]

async function traceStart(ctx: BenchContext, profile: BenchPage, file: string): Promise<void> {
  const cdp = await profile.context.newCDPSession(profile.page)
  const events: unknown[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  )
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  })
  const run = await startApp(profile)
  await cdp.send('Tracing.end')
  await complete
  writeFileSync(file, JSON.stringify({ traceEvents: events }))
  ctx.log(`traced one more start (interactive at ${run.interactive.toFixed(0)} ms) into ${file}`)
}

async function measureInteractive(ctx: BenchContext): Promise<number[]> {
  const { dir, baseUrl, sources, sourcesText } = await prepareProfile(ctx)
  const probe = `(${startupProbe.toString()})(${JSON.stringify(sourcesText)})`
  const runs: (StartRun & { key: number; keyAfter: number })[] = []
  for (let i = 0; i < WARM_UPS + ctx.runs; i++) {
    const profile = await launchProfile(dir, baseUrl, [probe])
    try {
      const run = await startApp(profile)
      const typed = await typeIntoFilter(profile.page, run.interactive)
      profile.assertNoErrors()
      if (i === WARM_UPS + ctx.runs - 1) {
        ctx.log(
          `after the last start: ${describeCaches(await cacheState(profile.page, sources), sources)}`,
        )
      }
      if (i < WARM_UPS) {
        ctx.log(
          `warm-up start ${i + 1}: interactive at ${run.interactive.toFixed(0)} ms, not counted`,
        )
      } else runs.push({ ...run, key: typed.key, keyAfter: typed.after })
    } finally {
      await profile.close()
    }
  }
  if (TRACE_FILE) {
    const profile = await launchProfile(dir, baseUrl, [probe])
    try {
      await traceStart(ctx, profile, TRACE_FILE)
    } finally {
      await profile.close()
    }
  }
  const pick = (f: (r: (typeof runs)[number]) => number) => runs.map(f).filter(Number.isFinite)
  const phases: [string, (r: (typeof runs)[number]) => number][] = [
    ['DOMContentLoaded', (r) => r.domContentLoaded],
    ['ready signal', (r) => r.ready],
    ['library listed', (r) => r.listed],
    ['interactive', (r) => r.interactive],
  ]
  ctx.log(phases.map(([label, of]) => describeRuns(label, pick(of))).join('; '))
  const painted = pick((r) => r.painted)
  if (painted.length > 0) {
    ctx.log(
      `${describeRuns('the opened source’s highlights painted', painted)} (${painted.length} of ${runs.length} runs by the time interactive was measured)`,
    )
  }
  ctx.log(
    `a key typed into the library filter at once: ${describeRuns(
      'keydown to its frame',
      pick((r) => r.key),
    )}; it reached the page ${describeRuns(
      'after interactive',
      pick((r) => r.keyAfter),
    )}`,
  )
  const median = [...runs].sort((a, b) => a.interactive - b.interactive)[
    Math.floor(runs.length / 2)
  ]
  if (median) {
    const total = median.longTasks.reduce((sum, [, d]) => sum + d, 0)
    const longest = [...median.longTasks].sort((a, b) => b[1] - a[1]).slice(0, 5)
    ctx.log(
      `median run (${median.interactive.toFixed(0)} ms): ${median.longTasks.length} long tasks before interactive, ${total.toFixed(0)} ms in all; longest: ${longest.map(([s, d]) => `${d.toFixed(0)} ms at ${s.toFixed(0)}`).join(', ')}`,
    )
    const frames = median.frames
    const sum = (f: (x: (typeof frames)[number]) => number) =>
      frames.reduce((t, x) => t + f(x), 0).toFixed(0)
    ctx.log(
      `  ${frames.length} long animation frames before interactive: ${sum((x) => x.ms)} ms, of which script ${sum((x) => x.script)} ms and style, layout and paint ${sum((x) => x.render)} ms; ` +
        frames
          .map(
            (x) =>
              `${x.ms.toFixed(0)} (${x.script.toFixed(0)} + ${x.render.toFixed(0)}) at ${x.at.toFixed(0)}`,
          )
          .join(', '),
    )
    const scripts = [...median.scripts].sort((a, b) => b.ms - a.ms).slice(0, 8)
    for (const s of scripts)
      ctx.log(`  script ${s.ms.toFixed(0)} ms at ${s.at.toFixed(0)}: ${s.what}`)
  }
  return runs.map((r) => r.interactive)
}

/** Decimal megabytes. */
const MB = 1_000_000

/** The JS heaps (page and workers) after forced garbage collections, the DOM and the renderer. */
interface MemoryReading {
  heaps: IsolateHeap[]
  /** Every isolate's heap and storage outside it (array buffers), in MB. */
  jsMB: number
  nodes: number
  rssMB: number
  pssMB: number
  privateMB: number
}

async function readMemory(heaps: HeapReader, cdp: CDPSession, dir: string): Promise<MemoryReading> {
  const read = await heaps.read()
  const { metrics } = await cdp.send('Performance.getMetrics')
  const renderer = appRenderer(dir)
  return {
    heaps: read,
    jsMB: read.reduce((sum, h) => sum + h.used + h.backing, 0) / MB,
    nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN,
    rssMB: renderer.rss / MB,
    pssMB: renderer.pss / MB,
    privateMB: renderer.private / MB,
  }
}

function describeMemory(m: MemoryReading): string {
  const heaps = m.heaps
    .map((h) => `${h.name} ${(h.used / MB).toFixed(0)}+${(h.backing / MB).toFixed(0)}`)
    .join(', ')
  return `JS ${m.jsMB.toFixed(0)} MB (heap+buffers: ${heaps}), renderer RSS ${m.rssMB.toFixed(0)} MB (PSS ${m.pssMB.toFixed(0)}, private ${m.privateMB.toFixed(0)}), ${m.nodes.toLocaleString('en-US')} DOM nodes`
}

/** Seconds after interactive to take a first, early reading (logged, not the sample). */
const FIRST_READING_S = 5
/** The app writes its first automatic backup 30 s after start: idle is measured after it. */
const SETTLE_AFTER_S = 40
/** Idle: the renderer used under this share of one core over the last few seconds. */
const QUIET_SHARE = 0.05
const QUIET_WINDOW_S = 3
const SETTLE_LIMIT_S = 240

/**
 * One start, then the memory once the app is idle. A reading (forced GC first) 5 s after
 * interactive; then the renderer's CPU use is followed second by second until at least 40 s
 * after start (past the first automatic backup, 30 s after start) it has stayed under 5% of
 * a core for 3 s, and a second reading is the sample: the renderer's RSS, which holds the
 * page's JS heap and its dedicated workers' (they run in the same process), the DOM, and the
 * pages of Chromium's code it has in memory (shared with the browser's other processes, so
 * RSS is the upper bound; PSS and private memory are logged beside it). The JS heaps, read
 * after a forced garbage collection in each isolate, are logged too. The CPU timeline is
 * logged for the first run, and for every run the UI thread's long tasks after interactive
 * (the longest and their total): the automatic backup must not be one.
 */
async function measureIdleMemory(ctx: BenchContext): Promise<number[]> {
  const { dir, baseUrl, sourcesText } = await prepareProfile(ctx)
  const probe = `(${startupProbe.toString()})(${JSON.stringify(sourcesText)})`
  // The UI thread's long tasks from navigation on, kept apart from the probe's so the idle
  // wait (the first automatic backup among it) is read whatever the probe keeps.
  const noteLongTasks = () => {
    const tasks: [number, number][] = []
    ;(window as unknown as { __idleLongTasks: [number, number][] }).__idleLongTasks = tasks
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: true })
  }
  const longTaskScript = `(${noteLongTasks.toString()})()`
  const samples: number[] = []
  const early: MemoryReading[] = []
  const settled: MemoryReading[] = []
  const longestIdle: number[] = []
  for (let i = 0; i < WARM_UPS + ctx.runs; i++) {
    const profile = await launchProfile(dir, baseUrl, [probe, longTaskScript])
    try {
      const { page, context } = profile
      const cdp = await context.newCDPSession(page)
      await cdp.send('Performance.enable')
      const heaps = await followHeaps(page)
      const run = await startApp(profile)
      if (i < WARM_UPS) {
        ctx.log(
          `warm-up start ${i + 1}: interactive at ${run.interactive.toFixed(0)} ms, not counted`,
        )
        continue
      }
      const pid = appRenderer(dir).pid
      const started = performance.now()
      const cpu: number[] = []
      let previous = readRenderer(pid)?.cpuMs ?? NaN
      let first: MemoryReading | null = null
      for (let second = 1; ; second++) {
        await new Promise((r) => setTimeout(r, 1000))
        const now = readRenderer(pid)?.cpuMs ?? NaN
        cpu.push((now - previous) / 1000)
        previous = now
        if (second === FIRST_READING_S) {
          first = await readMemory(heaps, cdp, dir)
          previous = readRenderer(pid)?.cpuMs ?? NaN
        }
        const recent = cpu.slice(-QUIET_WINDOW_S)
        const quiet =
          recent.length === QUIET_WINDOW_S && recent.every((share) => share < QUIET_SHARE)
        if (second >= SETTLE_AFTER_S && quiet) break
        if (second >= SETTLE_LIMIT_S) {
          ctx.log(`the renderer was still busy ${SETTLE_LIMIT_S} s after start; measured anyway`)
          break
        }
      }
      const last = await readMemory(heaps, cdp, dir)
      const idleTasks = (
        await page.evaluate(
          () => (window as unknown as { __idleLongTasks: [number, number][] }).__idleLongTasks,
        )
      ).filter(([start]) => start >= run.interactive)
      const longest = idleTasks.reduce((most, [, d]) => Math.max(most, d), 0)
      longestIdle.push(longest)
      ctx.log(
        `  UI thread after interactive: ${idleTasks.length} long tasks, ${idleTasks.reduce((sum, [, d]) => sum + d, 0).toFixed(0)} ms in all, longest ${longest.toFixed(0)} ms; ` +
          [...idleTasks]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5)
            .map(([s, d]) => `${d.toFixed(0)} ms at ${((s - run.interactive) / 1000).toFixed(1)} s`)
            .join(', '),
      )
      profile.assertNoErrors()
      if (!first) throw new Error('No reading was taken 5 s after start.')
      early.push(first)
      settled.push(last)
      samples.push(last.rssMB)
      ctx.log(
        `run ${samples.length}: at ${FIRST_READING_S} s ${describeMemory(first)}; idle after ${((performance.now() - started) / 1000).toFixed(0)} s ${describeMemory(last)}`,
      )
      if (samples.length === 1) {
        ctx.log(
          `  renderer CPU (share of one core) each second after interactive: ${cpu.map((c) => c.toFixed(2)).join(' ')}`,
        )
      }
    } finally {
      await profile.close()
    }
  }
  const p = (list: MemoryReading[], f: (m: MemoryReading) => number) => {
    const { p50, p95 } = summarize(list.map(f))
    return `p50 ${round(p50, 0)}, p95 ${round(p95, 0)} MB`
  }
  ctx.log(
    `at ${FIRST_READING_S} s: JS ${p(early, (m) => m.jsMB)}, renderer RSS ${p(early, (m) => m.rssMB)}; idle: JS ${p(settled, (m) => m.jsMB)}, renderer RSS ${p(settled, (m) => m.rssMB)}, private ${p(settled, (m) => m.privateMB)}`,
  )
  ctx.log(
    `longest UI-thread task after interactive, each run: ${longestIdle.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`,
  )
  return samples
}

/** Registered in bench/registry.ts. */
export const startupInteractiveBench: BenchDefinition = {
  id: 'startup.web-interactive',
  kind: 'browser',
  unit: 'ms',
  target: 1000,
  runs: 10,
  description:
    'Chromium on a profile with 10,000 imported documents and 50,000 highlights: a cold start, from navigation until the library lists every source, the app is ready and the next frame is produced',
  run: measureInteractive,
}

/** Registered in bench/registry.ts. */
export const idleMemoryBench: BenchDefinition = {
  id: 'memory.idle-10k',
  kind: 'browser',
  unit: 'MB',
  target: 350,
  runs: 3,
  description:
    'Chromium on the same profile: the renderer process’s resident memory (JS heaps, DOM, workers) once the app is idle after a cold start, in decimal MB',
  run: measureIdleMemory,
}
