/**
 * Text reuse with imported sources: a short wire story (a web page) and a lightly edited
 * rewrite of it by another outlet and author (Markdown). The reader marks the passage they
 * share and says where else it appears, opens the other source at it and compares the two;
 * the sources overview lists the pair earlier publication first, with the misquote of the
 * mayor. The same path runs from the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { runCommand } from './commanding'
import { importDialog } from './importing'
import { openSource } from './workbench'

const WIRE = 'Flood barrier fails at Port Kell as river peaks'
const REWRITE = 'Port Kell counts the cost after barrier failure'

/** Imports the two reuse fixtures (e2e/fixtures) through the file chooser, as the analyst would. */
async function importPair(app: Page): Promise<void> {
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import documents…' }).click()
  await (
    await chooser
  ).setFiles(['e2e/fixtures/reuse-wire-story.html', 'e2e/fixtures/reuse-rewrite.md'])
  for (const [file, title] of [
    ['reuse-wire-story.html', WIRE],
    ['reuse-rewrite.md', REWRITE],
  ] as const) {
    const sheet = importDialog(app).getByRole('form', { name: `Details of ${file}` })
    await expect(sheet).toBeVisible({ timeout: 30_000 })
    await expect(sheet.getByLabel('Title')).toHaveValue(title)
    await sheet.getByRole('button', { name: 'Add to library' }).click()
  }
  await expect(importDialog(app)).toContainText('2 of 2 files added to the library.')
  await importDialog(app).getByRole('button', { name: 'Close' }).click()
}

const sharedSection = (app: Page) => app.getByRole('region', { name: /^Shared passages/ })
const sharedItems = (app: Page) => sharedSection(app).getByRole('listitem')

/**
 * Records what the reader flashes from now on: a flash lasts 1.4 s, which a loaded machine
 * can spend before a poll looks.
 */
async function recordFlashes(app: Page): Promise<() => Promise<string[]>> {
  await app.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { flashesSeen: seen })
    const set = CSS.highlights.set.bind(CSS.highlights)
    CSS.highlights.set = (name: string, highlight: Highlight) => {
      if (name === 'cf-flash')
        seen.push([...highlight].map((r) => (r as Range).toString()).join(' '))
      return set(name, highlight)
    }
  })
  return () => app.evaluate(() => (window as unknown as { flashesSeen: string[] }).flashesSeen)
}

/** The texts of the passages painted as shared in the reader. */
function paintedShared(app: Page): Promise<string[]> {
  return app.evaluate(() =>
    [...(CSS.highlights.get('casefile-shared') ?? [])].map((range) => (range as Range).toString()),
  )
}

test('the reader marks a shared passage, says where else it is, opens it there and compares', async ({
  app,
}) => {
  test.setTimeout(240_000)
  await importPair(app)
  await openSource(app, REWRITE)
  await expect(sharedItems(app)).toHaveCount(1, { timeout: 30_000 })
  const item = sharedItems(app).first()
  await expect(item).toContainText(
    /Also in: Rahman, ‘Flood barrier fails at Port Kell as river peaks’, ¶\d/,
  )
  await expect(item).toContainText('forcing more than 400 families')
  const painted = await paintedShared(app)
  expect(painted).toHaveLength(1)
  expect(painted[0]).toContain('A flood barrier on the Kell river gave way before dawn')

  if (test.info().project.name === 'web') {
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: 'docs/screenshots/reuse-reader.png' })
  }

  // A click on the underlined words calls the passage's item in the side list.
  await app.getByRole('heading', { level: 1 }).click()
  await expect(item.locator('.hl-show')).not.toBeFocused()
  await app
    .getByRole('main', { name: 'Reader' })
    .getByText('gave way before dawn', { exact: false })
    .click()
  await expect(item.locator('.hl-show')).toBeFocused()
  await expect(item).toHaveClass(/sp-called/)

  // Open the wire story at the passage: scrolled to, flashed, and marked there too.
  const flashes = await recordFlashes(app)
  await item.getByRole('link', { name: /^Open there/ }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(WIRE)
  await expect
    .poll(async () => (await flashes()).join('|'))
    .toContain('A flood barrier on the Kell river gave way')
  expect(await paintedShared(app)).toEqual([expect.stringContaining('four hundred families')])
  await expect(sharedItems(app).first()).toContainText(
    /Also in: Tahir, ‘Port Kell counts the cost after barrier failure’, ¶\d/,
  )

  // Compare: the wire story (published a day earlier) first, the edits marked.
  await sharedItems(app)
    .first()
    .getByRole('link', { name: /^Compare/ })
    .click()
  const compare = app.getByRole('main', { name: 'Compare passages' })
  await expect(compare).toBeVisible()
  const earlier = compare.getByRole('region', { name: 'Published earlier' })
  const later = compare.getByRole('region', { name: 'Published later' })
  await expect(earlier).toContainText(`Rahman, ‘${WIRE}’`)
  await expect(later).toContainText(`Tahir, ‘${REWRITE}’`)
  await expect(earlier.locator('del')).toContainText(['four hundred'])
  await expect(later.locator('ins')).toContainText(['400'])
  await expect(later.locator('ins').filter({ hasText: '400' })).toContainText('changed:')
  await expect(compare).toContainText(/In the later text: \d+ words? changed/)

  // The later side opens its own source at the passage.
  const flashesNow = await recordFlashes(app)
  await later.getByRole('link', { name: /^Open in the reader/ }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(REWRITE)
  await expect
    .poll(async () => (await flashesNow()).join('|'))
    .toContain('A flood barrier on the Kell river')
})

test('the sources overview lists the pair earlier first, the misquote, and opens the comparison', async ({
  app,
}) => {
  test.setTimeout(240_000)
  await importPair(app)
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Sources' })
    .click()
  const view = app.getByRole('main', { name: 'Sources overview' })
  const table = view.getByRole('table', { name: 'Sources that share text' })
  const pair = table.getByRole('row').filter({ hasText: 'Port Kell' })
  await expect(pair).toHaveCount(1, { timeout: 30_000 })
  await expect(pair.getByRole('cell').first()).toHaveText(
    `Rahman, ‘${WIRE}’ → was published before Tahir, ‘${REWRITE}’`,
  )
  await expect(view.getByRole('status')).toHaveCount(0, { timeout: 30_000 })
  const misquotes = view.getByRole('region', { name: /^Possible misquotes/ })
  const varga = misquotes.getByRole('article', { name: /Elena Varga/ })
  await expect(varga).toBeVisible()
  await expect(varga.locator('del')).toContainText(['rains'])
  await expect(varga.locator('ins')).toContainText(['floods'])
  await expect(varga.getByRole('link', { name: /^Open at the quote/ })).toHaveCount(2)

  if (test.info().project.name === 'web') {
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: 'docs/screenshots/sources-overview.png' })
  }
  const axe = await new AxeBuilder({ page: app }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await pair.getByRole('cell').first().click()
  const compare = app.getByRole('main', { name: 'Compare passages' })
  await expect(compare.getByRole('region', { name: 'Published earlier' })).toContainText(WIRE)
  const axeCompare = await new AxeBuilder({ page: app }).analyze()
  expect(axeCompare.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('from the keyboard alone: show a shared passage, compare it, and reach the overview', async ({
  app,
}) => {
  test.setTimeout(240_000)
  await importPair(app)
  await openSource(app, REWRITE)
  await expect(sharedItems(app)).toHaveCount(1, { timeout: 30_000 })
  const show = sharedItems(app).first().getByRole('button')
  const flashes = await recordFlashes(app)
  await show.focus()
  await app.keyboard.press('Enter')
  await expect
    .poll(async () => (await flashes()).join('|'))
    .toContain('A flood barrier on the Kell')
  await show.focus()
  await app.keyboard.press('Tab')
  await expect(
    sharedItems(app)
      .first()
      .getByRole('link', { name: /^Open there/ }),
  ).toBeFocused()
  await app.keyboard.press('Tab')
  await app.keyboard.press('Enter')
  const compare = app.getByRole('main', { name: 'Compare passages' })
  await expect(compare.getByRole('region', { name: 'Published earlier' })).toContainText(WIRE)

  await runCommand(app, 'sources overview', /Go to Sources overview/)
  const table = app.getByRole('table', { name: 'Sources that share text' })
  const pair = table.getByRole('row').filter({ hasText: 'Port Kell' })
  await expect(pair).toHaveCount(1, { timeout: 30_000 })
  await pair.focus()
  await app.keyboard.press('Enter')
  await expect(compare.getByRole('region', { name: 'Published later' })).toContainText(REWRITE)
})
