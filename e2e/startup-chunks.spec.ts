/**
 * Start-up loads the library and the reader, and nothing else: the other views, the
 * Markdown toolchain, chrono-node, d3 and pdf.js arrive in chunks of their own after the
 * reader is shown (or when a view is opened), and a chunk that does not load is reported
 * with Retry rather than leaving a blank window.
 */
import type { Page } from '@playwright/test'
import { eventPopover } from './flows'
import { expect, test } from './fixtures'
import { selectText } from './highlighting'
import { openSource } from './workbench'

/**
 * The most JavaScript (uncompressed bytes, the page's own scripts, not its workers) that
 * may load before the reader is shown: 1,455 kB when every view loaded at start-up, 717 kB
 * once they load on demand (of which React DOM 202, Dexie 95, zod 91). The budget is about
 * 11% above that, so growth is a decision rather than an accident.
 */
const STARTUP_JS_BUDGET = 800_000

/** Chunks that must not load before the reader is shown, by the start of their file name. */
const LATER_CHUNKS = [
  'NotebookView',
  'ClaimsView',
  'ClaimPage',
  'MatrixView',
  'TimelinesView',
  'BriefsView',
  'EntitiesView',
  'AddToTimelinePopover',
  'markdown',
  'chrono',
  'd3',
  'pdfjs',
]

interface Script {
  file: string
  bytes: number
  /** Started before the reader was shown (the `casefile:ready` mark). */
  atStartup: boolean
}

/** Every script the page fetched, from the Resource Timing entries (workers' own aside). */
async function scriptsLoaded(page: Page): Promise<Script[]> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('casefile:ready', 'mark')[0]
    if (!ready) throw new Error('the app has not marked casefile:ready')
    return performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({
        file: new URL(entry.name).pathname.split('/').pop() ?? '',
        bytes: entry.decodedBodySize,
        atStartup: entry.startTime < ready.startTime,
      }))
  })
}

const chunkOf = (file: string) => LATER_CHUNKS.find((name) => file.startsWith(`${name}-`))
const isWorker = (file: string) => /-worker-/.test(file)

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'measures the web host’s chunks over HTTP')
})

test('start-up loads the reader’s code only, within the budget', async ({ app }, info) => {
  await expect(app.locator('.document-body [data-para="1"]')).toBeVisible()
  const atStartup = (await scriptsLoaded(app)).filter((s) => s.atStartup && !isWorker(s.file))
  const total = atStartup.reduce((sum, s) => sum + s.bytes, 0)
  await info.attach('startup-scripts.json', {
    body: JSON.stringify({ total, scripts: atStartup }, null, 2),
    contentType: 'application/json',
  })
  expect(atStartup.map((s) => s.file).filter(chunkOf), 'chunks loaded before the reader').toEqual(
    [],
  )
  expect(total, 'bytes of JavaScript before the reader is shown').toBeLessThanOrEqual(
    STARTUP_JS_BUDGET,
  )
})

test('each view loads when opened and shows its heading', async ({ app }) => {
  test.slow() // seven places, on a shared machine
  const views = app.getByRole('navigation', { name: 'Views' })
  const headings: [string, string][] = [
    ['Notebook', 'Notebook'],
    ['Claims', 'Claims'],
    ['Matrix', 'Evidence matrix'],
    ['Timelines', 'Timelines'],
    ['Briefs', 'Briefs'],
    ['Entities', 'Entities'],
  ]
  for (const [link, heading] of headings) {
    await views.getByRole('link', { name: link, exact: true }).click()
    await expect(app.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible()
  }
  await views.getByRole('link', { name: 'Reader', exact: true }).click()
  await openSource(app, 'Pakistan and Iran: The way forward')
  await selectText(app, 'On 29 January 2024')
  await app.keyboard.press('e')
  await expect(eventPopover(app).getByTestId('date-suggestion')).toContainText('29 Jan 2024')
  // The names the first test looks for are the chunks the build really makes.
  const files = (await scriptsLoaded(app)).map((s) => s.file)
  const seen = new Set(files.map(chunkOf).filter(Boolean))
  expect([...seen].sort()).toEqual(LATER_CHUNKS.filter((name) => name !== 'pdfjs').sort())
  // Styles all come at start-up: a view's stylesheet may style the reader too.
  expect(await stylesheetsAfterReady(app)).toEqual([])
})

/** Stylesheets fetched after the reader was shown. */
async function stylesheetsAfterReady(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('casefile:ready', 'mark')[0]!.startTime
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= ready && new URL(entry.name).pathname.endsWith('.css'))
      .map((entry) => entry.name)
  })
}

test('a view whose code does not load says so, and Retry loads it', async ({ page }) => {
  // The plain page, not `app`: the failed request is logged as a console error, on purpose.
  let failing = true
  await page.route(/\/ClaimsView-[^/]*\.js$/, (route) =>
    failing ? route.abort('failed') : route.continue(),
  )
  await page.goto('./#/claims')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'Could not load the Claims view' })).toBeVisible()
  await expect(main.getByRole('alert')).toContainText('Nothing you have saved is affected')
  await expect(main).toHaveAttribute('id', 'claims')

  failing = false
  await main.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Claims', exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(page.url()).toMatch(/#\/claims$/)
})

test('Add to timeline whose code does not load says so, and Retry brings it', async ({ page }) => {
  let failing = true
  await page.route(/\/AddToTimelinePopover-[^/]*\.js$/, (route) =>
    failing ? route.abort('failed') : route.continue(),
  )
  await page.goto('./')
  await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await openSource(page, 'Pakistan and Iran: The way forward')
  await selectText(page, 'On 29 January 2024')
  await page.keyboard.press('e')
  const popover = eventPopover(page)
  await expect(popover.getByRole('alert')).toContainText('could not load “Add to timeline”')

  failing = false
  await popover.getByRole('button', { name: 'Retry' }).click()
  // Loaded again at the same source, where the passage is chosen again.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Pakistan and Iran: The way forward',
  )
  await expect(page.locator('.document-body [data-para="1"]')).toBeVisible()
  await selectText(page, 'On 29 January 2024')
  await page.keyboard.press('e')
  await expect(popover.getByTestId('date-suggestion')).toContainText('29 Jan 2024')
})
