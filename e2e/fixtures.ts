/**
 * Every spec gets `app`: a page of the workbench with a fresh, empty profile, loaded and
 * ready (the app's own readiness signal, never a timeout). The test fails on any page
 * error, console error or Content-Security-Policy violation, and `requests` records
 * every URL the app asked for.
 * In the `web` project the page is Chromium on the web host; in `electron` it is the
 * app's first window, launched with its own user-data folder.
 */
import { _electron, test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { electronBinaryPath } from './electron-binary'

interface Fixtures {
  app: Page
  requests: string[]
  /** The origin the app is served from, for checking where requests go. */
  appOrigin: string
}

export const test = base.extend<Fixtures>({
  requests: async ({}, use) => {
    await use([])
  },
  appOrigin: async ({ baseURL }, use, testInfo) => {
    await use(
      testInfo.project.name === 'electron' ? 'app://casefile' : new URL(baseURL ?? '').origin,
    )
  },
  app: async ({ page, requests }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const profile = mkdtempSync(join(tmpdir(), 'casefile-e2e-'))
      const electronApp = await _electron.launch({
        executablePath: electronBinaryPath() ?? undefined,
        args: [resolve('out/main/index.js')],
        env: { ...process.env, CASEFILE_USER_DATA_DIR: profile },
      })
      const window = await electronApp.firstWindow()
      await watch(window, requests, use, async () => undefined)
      await electronApp.close()
      rmSync(profile, { recursive: true, force: true })
      return
    }
    await watch(page, requests, use, () => page.goto('./'))
  },
})

async function watch(
  page: Page,
  requests: string[],
  use: (page: Page) => Promise<void>,
  open: () => Promise<unknown>,
): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`)
  })
  page.on('request', (request) => requests.push(request.url()))
  // Chromium reports a blocked eval only as an event (no console message): count them all.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    )
  })
  await open()
  await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await use(page)
  const violations = await page
    .evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? [])
    .catch(() => [] as string[])
  expect(errors, 'the app logged errors').toEqual([])
  expect(violations, 'the page broke its Content-Security-Policy').toEqual([])
}

export { expect }
