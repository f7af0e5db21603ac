/**
 * What a script running in the page could reach: no Node globals, no API beyond the
 * documented CasefileApi methods, and a Content-Security-Policy that refuses inline script,
 * inline event handlers and eval, each refusal reported as a `securitypolicyviolation`.
 */
import type { ConsoleMessage, Page } from '@playwright/test'
import { createCasefileApi } from '../src/preload/create-api'
import { CASEFILE_API_METHODS } from '../src/shared/api-methods'
import { expect, test } from './fixtures'

const documented = [...CASEFILE_API_METHODS].sort()

test('the page has no Node: require, process and module are undefined', async ({ app }) => {
  const kinds = await app.evaluate(() => ({
    require: typeof require,
    process: typeof process,
    module: typeof module,
  }))
  expect(kinds).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' })
})

test('the web host puts no API on window: its CasefileApi stays inside the app’s modules', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'in Electron the preload exposes window.casefile')
  expect(await app.evaluate(() => 'casefile' in window)).toBe(false)
})

test('the desktop app exposes exactly the documented CasefileApi methods, all functions', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'electron', 'only Electron has a preload')
  const exposed = await app.evaluate(() => {
    const api = (window as unknown as { casefile: Record<string, unknown> }).casefile
    return Object.keys(api)
      .sort()
      .map((key) => [key, typeof api[key]])
  })
  expect(exposed).toEqual(documented.map((key) => [key, 'function']))
})

test('the preload builds exactly the documented CasefileApi methods', ({}, testInfo) => {
  // Plain Node, no window: checked once, in the project that always runs.
  test.skip(testInfo.project.name !== 'web', 'runs once, in the web project')
  const api = createCasefileApi(
    () => Promise.resolve({ ok: true, value: null }),
    () => () => undefined,
  )
  expect(Object.keys(api).sort()).toEqual(documented)
  expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
})

/** A violation as the page reported it. */
interface Violation {
  violatedDirective: string
  effectiveDirective: string
  blockedURI: string
  disposition: string
}

/**
 * The app opened on the web host without the shared fixture, which fails a test on any CSP
 * violation or console error: these tests cause violations on purpose and check each one.
 * The page records every `securitypolicyviolation` in `window.__violations`.
 */
async function openApp(page: Page): Promise<{ consoleErrors: string[]; pageErrors: string[] }> {
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.addInitScript(() => {
    const seen: unknown[] = []
    Object.defineProperty(window, '__violations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        violatedDirective: event.violatedDirective,
        effectiveDirective: event.effectiveDirective,
        blockedURI: event.blockedURI,
        disposition: event.disposition,
      }),
    )
  })
  await page.goto('./')
  await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  return { consoleErrors, pageErrors }
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)

const pwned = (page: Page) =>
  page.evaluate(() => (window as { __pwned?: string }).__pwned ?? 'nothing ran')

// Playwright's own evaluate calls reach the page over the DevTools protocol, which the CSP
// does not govern; the sinks called inside them (a script element, an event handler
// attribute, eval) are the page's own and are governed by it, as an injected script's would be.
test.describe('the Content-Security-Policy', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'opens the web host in Chromium')
  })

  test('refuses an injected inline script, reports it, and the script does not run', async ({
    page,
  }) => {
    const { consoleErrors, pageErrors } = await openApp(page)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = "window.__pwned = 'inline script'"
      document.body.append(script)
    })
    await expect
      .poll(() => violations(page))
      .toEqual([
        {
          violatedDirective: 'script-src-elem',
          effectiveDirective: 'script-src-elem',
          blockedURI: 'inline',
          disposition: 'enforce',
        },
      ])
    expect(await pwned(page)).toBe('nothing ran')
    expect(consoleErrors).toEqual([
      expect.stringMatching(/inline script.*Content Security Policy.*script-src 'self'/),
    ])
    expect(pageErrors).toEqual([])
  })

  test('refuses an inline event handler an injected element carries', async ({ page }) => {
    const { consoleErrors, pageErrors } = await openApp(page)
    await page.evaluate(() => {
      const button = document.createElement('button')
      button.setAttribute('onclick', "window.__pwned = 'inline handler'")
      document.body.append(button)
      button.click()
      button.remove()
    })
    await expect
      .poll(() => violations(page))
      .toEqual([
        {
          violatedDirective: 'script-src-attr',
          effectiveDirective: 'script-src-attr',
          blockedURI: 'inline',
          disposition: 'enforce',
        },
      ])
    expect(await pwned(page)).toBe('nothing ran')
    expect(consoleErrors).toEqual([
      expect.stringMatching(/inline event handler.*Content Security Policy.*script-src 'self'/),
    ])
    expect(pageErrors).toEqual([])
  })

  test('refuses eval and new Function with an EvalError, and reports each', async ({ page }) => {
    const { consoleErrors, pageErrors } = await openApp(page)
    // Scheduled, not called inline: DevTools lets code it evaluates use eval whatever the
    // CSP says, so the attempts run from a timer, as a page script's would.
    const thrown = await page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          setTimeout(() => {
            const names: string[] = []
            const attacks = [
              () => globalThis.eval("window.__pwned = 'eval'"),
              () => new Function("window.__pwned = 'new Function'")(),
            ]
            for (const attack of attacks) {
              try {
                attack()
                names.push('ran')
              } catch (error) {
                names.push((error as Error).name)
              }
            }
            done(names)
          })
        }),
    )
    expect(thrown).toEqual(['EvalError', 'EvalError'])
    await expect.poll(async () => (await violations(page)).length).toBe(2)
    for (const violation of await violations(page)) {
      expect(violation).toEqual({
        violatedDirective: 'script-src',
        effectiveDirective: 'script-src',
        blockedURI: 'eval',
        disposition: 'enforce',
      })
    }
    expect(await pwned(page)).toBe('nothing ran')
    expect(consoleErrors).toEqual([])
    expect(pageErrors).toEqual([])
  })
})

test.describe('Trusted Types', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'opens the web host in Chromium')
  })

  test.fixme(
    'are required: an HTML string given to innerHTML throws and is reported',
    // Not enforced yet: the CSP (src/main/security/csp.ts, src/renderer/index.html) lacks
    // `require-trusted-types-for 'script'; trusted-types default dompurify`, and the app
    // first needs a `default` policy that passes only its own worker scripts' URLs (its
    // three `new Worker(url)` calls are the only string sinks it uses; DOMPurify makes its
    // own policy). Turn this on with that change.
    async ({ page }) => {
      const { consoleErrors, pageErrors } = await openApp(page)
      const thrown = await page.evaluate(
        () =>
          new Promise<string>((done) => {
            setTimeout(() => {
              try {
                document.createElement('div').innerHTML = '<img src=x onerror="window.__pwned=1">'
                done('assigned')
              } catch (error) {
                done((error as Error).name)
              }
            })
          }),
      )
      expect(thrown).toBe('TypeError')
      await expect
        .poll(() => violations(page))
        .toEqual([
          {
            violatedDirective: 'require-trusted-types-for',
            effectiveDirective: 'require-trusted-types-for',
            blockedURI: 'trusted-types-sink',
            disposition: 'enforce',
          },
        ])
      expect(consoleErrors).toEqual([expect.stringMatching(/requires 'TrustedHTML' assignment/)])
      expect(pageErrors).toEqual([])
    },
  )
})
