import { openSource, sourceOptions } from './workbench'
import { KNOWN_SENTENCES } from './corpus-facts'
import { expect, test } from './fixtures'

const sources = Object.entries(KNOWN_SENTENCES)

test('every bundled source opens and shows its title and a known sentence', async ({ app }) => {
  const options = sourceOptions(app)
  await expect(options).toHaveCount(sources.length)
  for (const [id, { title, sentence }] of sources) {
    await options.filter({ hasText: title }).click()
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(app.locator(`article[data-doc-id="${id}"]`)).toContainText(sentence)
  }
})

test('the keyboard moves between sources with arrows and j/k, and Enter opens', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Sort' }).selectOption('title-asc')
  const list = app.getByRole('listbox', { name: 'Sources' })
  await list.focus()
  const titles = (await list.getByRole('option').locator('.source-title').allTextContents()).map(
    (t) => t.trim(),
  )
  await app.keyboard.press('Home')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(titles[0]!)
  await app.keyboard.press('j')
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(titles[2]!)
  await app.keyboard.press('k')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(titles[1]!)
  await expect(list).toBeFocused()
  const outline = await list
    .locator('.source-active')
    .evaluate((el) => getComputedStyle(el).borderColor)
  expect(outline).not.toBe('rgba(0, 0, 0, 0)')
})

test('the library filters by text and sorts by date and title', async ({ app }) => {
  const options = sourceOptions(app)
  await app.keyboard.press('Control+Shift+F')
  await expect(app.getByRole('searchbox', { name: 'Filter sources' })).toBeFocused()
  await app.keyboard.type('cradle')
  await expect(options).toHaveCount(1)
  // The library's own count (the reuse status line may say "1 of 5 sources" too).
  await expect(app.locator('.library-count')).toHaveText('1 of 5 sources')
  await app.keyboard.type(' nothing-like-this')
  await expect(app.getByText(/No source matches/)).toBeVisible()
  await app.getByRole('button', { name: 'Clear the filter' }).click()
  await expect(options).toHaveCount(5)

  await app.getByRole('combobox', { name: 'Sort' }).selectOption('date-asc')
  await expect(options.first()).toContainText('New Era in Pak-Iran Ties')
  await app.getByRole('combobox', { name: 'Sort' }).selectOption('date-desc')
  await expect(options.first()).toContainText('Pak-Iran Relations amid Recent Developments')
  await app.getByRole('combobox', { name: 'Sort' }).selectOption('title-asc')
  await expect(options.first()).toContainText('From rivals to partners')
})

test('the metadata header is honest about what is unknown or inferred', async ({ app }) => {
  await openSource(app, 'New Era in Pak-Iran Ties')
  const header = app.locator('.document-header')
  await expect(header).toContainText('outlet not stated')
  await expect(header).toContainText('c. Jul 2023 (inferred from the text)')
  await openSource(app, 'Pakistan and Iran: The way forward')
  await expect(header).toContainText('3 Feb 2024')
  await expect(header).not.toContainText('inferred')
  await openSource(app, 'amid Recent Developments')
  await expect(header).toContainText('c. Mar 2024 (inferred from the text)')
  await expect(header).toContainText('Vol.6 No.4 2023')
})

test('paragraph numbers run down the margin and headings are not numbered', async ({ app }) => {
  await openSource(app, 'Pakistan and Iran: The way forward')
  const body = app.locator('.document-body')
  const numbers = await body
    .locator('[data-para]')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-para'))))
  expect(numbers.length).toBeGreaterThan(10)
  expect(numbers).toEqual(numbers.map((_, i) => i + 1))
  await expect(body.locator('h2[data-para]')).toHaveCount(0)
  const marker = await body
    .locator('[data-para="1"]')
    .evaluate((el) => getComputedStyle(el, '::before').content)
  expect(marker).toBe('"1"')
})

test('a reload reopens the same source', async ({ app }) => {
  await openSource(app, 'Seeking Stability')
  await expect(app).toHaveURL(/#\/doc\/pakistan-iran-relations-seeking-stability$/)
  await app.reload()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(
    'Pakistan-Iran Relations: Seeking Stability',
  )
})

test('an unknown source id in the URL says so instead of failing', async ({ app }) => {
  await app.evaluate(() => {
    window.location.hash = '#/doc/no-such-source'
  })
  await expect(app.getByRole('alert')).toContainText('This source could not be opened')
  await expect(app.getByRole('alert')).toContainText('There is no source “no-such-source”')
})
