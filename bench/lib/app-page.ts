/**
 * Driving the web host's app in a benchmark page: serving an extra document without
 * changing the app, waiting for its readiness signal, seeding IndexedDB and opening a
 * document with a timer running in the page.
 */
import type { Page } from '@playwright/test'
import type { DocumentModel, DocumentSummary } from '../../src/shared/corpus/document-model'
import type { BenchPage, BrowserHarness } from './browser'
import { isolateForPreciseClock } from './claims-page'
import { putRows } from './idb-rows'
import type { SeedHighlightRecord } from './synthetic-highlights'

/**
 * Makes the web host appear to have `doc` in its corpus: its summary is appended to
 * `corpus/index.json` and `corpus/<id>.json` is answered with the model. Resolves to the id
 * of the first document of the real corpus (somewhere else to navigate to).
 */
export async function serveExtraDocument(
  page: Page,
  baseUrl: string,
  doc: DocumentModel,
  summary: DocumentSummary,
): Promise<string> {
  const index = (await (await fetch(`${baseUrl}corpus/index.json`)).json()) as DocumentSummary[]
  const other = index[0]?.meta.id
  if (!other) throw new Error('The web host has no documents to start from.')
  await page.route('**/corpus/index.json', (route) => route.fulfill({ json: [...index, summary] }))
  await page.route(`**/corpus/${doc.meta.id}.json`, (route) => route.fulfill({ json: doc }))
  return other
}

/** Loads the app at `hash` and waits for its readiness signal (the database is open). */
export async function openApp(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`)
  await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
}

/**
 * A fresh page of `harness` with the app open at `#/notebook`, `seed` run in it (writing
 * to its database), then the app reloaded, so that no query of the app has read the
 * tables before the seed, `firstLoad` run and two more frames produced (see
 * {@link settle}). With `preciseClock`, the page is cross-origin isolated (see
 * isolateForPreciseClock). The page is closed if any step fails.
 */
export async function openSeededPage(
  harness: BrowserHarness,
  options: { preciseClock?: boolean },
  seed: (page: Page) => Promise<void>,
  firstLoad: (page: Page) => Promise<void>,
): Promise<BenchPage> {
  const bench = await harness.newPage()
  const { page } = bench
  try {
    if (options.preciseClock) await isolateForPreciseClock(page)
    await openApp(page, '#/notebook')
    if (options.preciseClock && !(await page.evaluate(() => crossOriginIsolated))) {
      throw new Error('The page is not cross-origin isolated: its clock is coarse.')
    }
    await seed(page)
    await page.reload()
    await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
    await firstLoad(page)
    await settle(page)
    return bench
  } catch (error) {
    await bench.close()
    throw error
  }
}

/**
 * Waits until the reader shows `docId` with its highlights painted: exactly `count` of
 * them when given, else any number (including none).
 */
export async function waitForReader(page: Page, docId: string, count?: number): Promise<void> {
  const painted = count === undefined ? '' : `="${count}"`
  await page
    .locator(`article.document[data-doc-id="${docId}"][data-painted-highlights${painted}]`)
    .waitFor({ state: 'attached', timeout: 60_000 })
}

/**
 * Puts `records` into the app's `casefile` database, table `highlights`, in one
 * transaction, through a second IndexedDB connection opened at the current version. Call
 * after {@link openApp}, so that the app has created the database. The app's live queries
 * do not see these writes: open the document afterwards.
 */
export function seedHighlights(page: Page, records: SeedHighlightRecord[]): Promise<void> {
  return putRows(page, 'casefile', { highlights: records })
}

/**
 * In the page: starts a clock, sets `location.hash` to open `docId`, and resolves with the
 * milliseconds until its article reports `paintedCount` painted highlights and the frame
 * after that has been produced (a requestAnimationFrame, then a task posted from it, which
 * runs once that frame's style, layout and paint are done).
 */
export function timedOpen(page: Page, docId: string, paintedCount: number): Promise<number> {
  return page.evaluate(
    ({ docId, paintedCount }) =>
      new Promise<number>((resolve, reject) => {
        const selector = `article.document[data-doc-id="${CSS.escape(docId)}"]`
        const done = () =>
          document.querySelector(selector)?.getAttribute('data-painted-highlights') ===
          String(paintedCount)
        const timer = setTimeout(() => {
          observer.disconnect()
          const found = document.querySelector(selector)?.getAttribute('data-painted-highlights')
          reject(new Error(`${docId}: ${found ?? 'no'} highlights painted after 60 s`))
        }, 60_000)
        const finish = () => {
          observer.disconnect()
          clearTimeout(timer)
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => resolve(performance.now() - t0)
            channel.port2.postMessage(null)
          })
        }
        const observer = new MutationObserver(() => {
          if (done()) finish()
        })
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-painted-highlights', 'data-doc-id'],
        })
        const t0 = performance.now()
        location.hash = `#/doc/${encodeURIComponent(docId)}`
      }),
    { docId, paintedCount },
  )
}

/**
 * Waits until the page has produced two more frames (each a requestAnimationFrame, then a
 * task posted from it), so earlier style, layout and paint work is not billed to what is
 * measured next.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve()
          channel.port2.postMessage(null)
        }),
      )
    await frame()
    await frame()
  })
}
