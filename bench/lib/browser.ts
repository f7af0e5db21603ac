/**
 * Chromium on the web host for browser benchmarks: one browser per `npm run bench`, a fresh
 * context (empty IndexedDB) per page, launched with the same options as the e2e web
 * project (playwright.config.ts).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium'
import { startWebHost, type WebHost } from './web-host'

export { CHROMIUM_ARGS, CHROMIUM_PATH }

/** A page of the app in its own browser context, with the errors it reported. */
export interface BenchPage {
  page: Page
  context: BrowserContext
  /** Page errors and console errors seen so far. */
  errors: string[]
  /** Throws if the page reported any error. */
  assertNoErrors(): void
  close(): Promise<void>
}

/** The running browser and web host. */
export interface BrowserHarness {
  /** The web host's base URL, ending in a slash. */
  baseUrl: string
  browser: Browser
  /** Chromium's version string. */
  version: string
  /** A new page in a fresh context (empty storage), not yet navigated. */
  newPage(): Promise<BenchPage>
  /** Closes the browser and stops the web host. */
  close(): Promise<void>
}

// tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(...)`
// helper; functions passed to page.evaluate are sent as source and need it in the page.
const KEEP_NAMES_SHIM =
  'globalThis.__name = globalThis.__name || ((target, value) => ' +
  "Object.defineProperty(target, 'name', { value, configurable: true }))"

/** The window size of every benchmark page, as the e2e web project has it. */
export const VIEWPORT = { width: 1360, height: 860 }

/**
 * The first page of `context` (a new one if it has none), not yet navigated, with its errors
 * followed; `initScripts` run in every page before the page's own scripts, after the
 * keep-names shim. `close` is what {@link BenchPage.close} does. Closes nothing on failure.
 */
export async function benchPage(
  context: BrowserContext,
  initScripts: readonly string[],
  close: () => Promise<void>,
): Promise<BenchPage> {
  for (const content of [KEEP_NAMES_SHIM, ...initScripts]) await context.addInitScript({ content })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`)
  })
  return {
    page,
    context,
    errors,
    assertNoErrors() {
      if (errors.length > 0) throw new Error(`The app reported errors:\n${errors.join('\n')}`)
    },
    close,
  }
}

/**
 * Starts the web host (building out/web when stale, or always with `forceBuild`) and
 * launches Chromium headless. Call {@link BrowserHarness.close} when done.
 */
export async function startBrowserHarness(
  options: { forceBuild?: boolean; log?: (line: string) => void } = {},
): Promise<BrowserHarness> {
  const host: WebHost = await startWebHost(options)
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  } catch (error) {
    await host.stop()
    throw error
  }
  return {
    baseUrl: host.url,
    browser,
    version: browser.version(),
    async newPage() {
      const context = await browser.newContext({ baseURL: host.url, viewport: VIEWPORT })
      return benchPage(context, [], () => context.close())
    },
    async close() {
      await browser.close()
      await host.stop()
    },
  }
}
