import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NEW_ERA, RIVALS, seed, sentence, STABILITY, type Seed } from './seeding'

// The notebook's Columns menu, used by keyboard alone, and the layout it remembers.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'seeding reads the web host corpus')
})

const SEEDS: Seed[] = [
  { id: 'hl-a', docId: STABILITY, quote: sentence(STABILITY), color: 'yellow', minutes: 10 },
  { id: 'hl-b', docId: NEW_ERA, quote: sentence(NEW_ERA), color: 'blue', minutes: 20 },
  {
    id: 'hl-c',
    docId: RIVALS,
    quote: sentence(RIVALS),
    color: 'green',
    note: 'A note',
    tags: ['military'],
    minutes: 30,
  },
]

const DEFAULT_HEADERS = [
  'Quote',
  'Note',
  'Tags',
  'Colour',
  'Source',
  'Passage',
  'Created',
  'Actions',
]

async function openNotebook(app: Page) {
  await app.evaluate(() => {
    window.location.hash = '#/notebook'
  })
  await expect(app.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible()
  await expect(table(app).locator('tbody tr[data-index]')).toHaveCount(SEEDS.length)
}

const table = (app: Page) => app.getByRole('table', { name: 'Highlights' })
const menuButton = (app: Page) => app.getByRole('button', { name: 'Columns', exact: true })
const panel = (app: Page) => app.getByRole('group', { name: 'Columns' })

/** The visible column headers' names, in order (sort marks left out). */
async function headers(app: Page): Promise<string[]> {
  const names = await table(app).locator('thead th').allInnerTexts()
  return names.map((name) => name.replace(/[▲▼↕]/g, '').trim())
}

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
async function tabTo(app: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await app.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

async function reloadNotebook(app: Page) {
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await openNotebook(app)
}

test('hides and moves columns by keyboard; the layout survives a reload until reset', async ({
  app,
}) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  expect(await headers(app)).toEqual(DEFAULT_HEADERS)

  await app.keyboard.press('Control+Shift+F')
  await tabTo(app, menuButton(app))
  await app.keyboard.press('Enter')
  await expect(menuButton(app)).toHaveAttribute('aria-expanded', 'true')
  await expect(panel(app)).toBeVisible()
  const names = await panel(app)
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent))
  expect(names).toEqual([
    'Quote',
    'Note',
    'Tags',
    'Colour',
    'Source',
    'Passage (¶ or page)',
    'Created',
    'Actions',
  ])
  // The quote is what a row is about: it cannot be hidden.
  await expect(panel(app).getByRole('checkbox', { name: 'Quote' })).toBeDisabled()

  const note = panel(app).getByRole('checkbox', { name: 'Note' })
  await tabTo(app, note)
  await app.keyboard.press('Space')
  await expect(note).not.toBeChecked()
  expect(await headers(app)).toEqual(DEFAULT_HEADERS.filter((name) => name !== 'Note'))

  const sourceUp = panel(app).getByRole('button', { name: 'Move Source up' })
  await tabTo(app, sourceUp)
  await app.keyboard.press('Enter')
  await expect(sourceUp).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(sourceUp).toBeFocused()
  const moved = ['Quote', 'Source', 'Tags', 'Colour', 'Passage', 'Created', 'Actions']
  expect(await headers(app)).toEqual(moved)
  await expect(table(app).locator('tbody tr[data-index]').first().locator('td')).toHaveCount(7)

  await app.keyboard.press('Escape')
  await expect(panel(app)).toHaveCount(0)
  await expect(menuButton(app)).toBeFocused()
  await expect(menuButton(app)).toHaveAttribute('aria-expanded', 'false')

  await reloadNotebook(app)
  expect(await headers(app)).toEqual(moved)

  await app.keyboard.press('Control+Shift+F')
  await tabTo(app, menuButton(app))
  await app.keyboard.press('Space')
  await expect(panel(app).getByRole('checkbox', { name: 'Note' })).not.toBeChecked()
  await tabTo(app, panel(app).getByRole('button', { name: 'Reset columns' }))
  await app.keyboard.press('Enter')
  await expect(panel(app).getByRole('checkbox', { name: 'Note' })).toBeChecked()
  expect(await headers(app)).toEqual(DEFAULT_HEADERS)

  await reloadNotebook(app)
  expect(await headers(app)).toEqual(DEFAULT_HEADERS)
})

test('Move stops at either end, and a click outside closes the menu', async ({ app }) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  await menuButton(app).click()
  const quoteUp = panel(app).getByRole('button', { name: 'Move Quote up' })
  await expect(quoteUp).toHaveAttribute('aria-disabled', 'true')
  // Still focusable (aria-disabled, not disabled), so focus is not lost; pressing does nothing.
  await quoteUp.focus()
  await app.keyboard.press('Enter')
  await expect(quoteUp).toBeFocused()
  expect(await headers(app)).toEqual(DEFAULT_HEADERS)
  await expect(panel(app).getByRole('button', { name: 'Move Actions down' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )

  await app.getByRole('heading', { level: 1, name: 'Notebook' }).click()
  await expect(panel(app)).toHaveCount(0)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open Columns menu has no serious accessibility violations (${colorScheme})`, async ({
    app,
  }, info) => {
    await app.emulateMedia({ colorScheme })
    await seed(app, SEEDS)
    await openNotebook(app)
    await menuButton(app).click()
    await panel(app).getByRole('checkbox', { name: 'Tags' }).uncheck()
    await panel(app).getByRole('button', { name: 'Move Colour up' }).focus()
    await app.keyboard.press('Enter')
    const results = await new AxeBuilder({ page: app }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(serious).toEqual([])
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: info.outputPath(`columns-menu-${colorScheme}.png`) })
  })
}
