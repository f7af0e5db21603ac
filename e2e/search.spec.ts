import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { runCommand } from './commanding'
import { AMID, seed, STABILITY } from './seeding'
import {
  flashedText,
  openSearch,
  resultGroup,
  results,
  searchDialog,
  searchField,
} from './searching'

const STABILITY_TITLE = /Seeking Stability/
const AMID_TITLE = /amid Recent Developments/

test('“Marg Bar Sarmachar” finds both sources that name it; Enter opens the passage at the hit, flashed', async ({
  app,
}) => {
  await openSearch(app)
  await app.keyboard.type('Marg Bar Sarmachar')
  const passages = resultGroup(app, 'Passages')
  await expect(passages.getByRole('option').first()).toBeVisible()
  const titles = await passages.locator('.search-result-title').allTextContents()
  expect(titles.some((t) => STABILITY_TITLE.test(t))).toBe(true)
  expect(titles.some((t) => AMID_TITLE.test(t))).toBe(true)
  // The hit is marked in the snippet, whole phrase.
  await expect(passages.getByRole('option').first().locator('mark').first()).toHaveText(/Marg/i)
  await expect(searchDialog(app).getByRole('status')).toHaveText(/results?; ↑ ↓ to choose/)

  // Choose the Seeking Stability passage with the arrows and open it.
  const index = titles.findIndex((t) => STABILITY_TITLE.test(t))
  for (let i = 0; i < index; i++) await app.keyboard.press('ArrowDown')
  await expect(results(app).nth(index)).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('Enter')
  await expect(searchDialog(app)).toBeHidden()
  await expect(app).toHaveURL(new RegExp(`#/doc/${STABILITY}/at/\\d+-\\d+$`))
  await expect.poll(() => flashedText(app)).toMatch(/Marg/i)
  await expect(app.locator('#reader')).toBeFocused()
  // The flashed hit is on screen, inside the reader.
  const inView = await app.evaluate(() => {
    const range = [...(CSS.highlights.get('cf-flash') ?? [])][0] as Range | undefined
    const reader = document.getElementById('reader')!.getBoundingClientRect()
    if (!range) return false
    const rect = range.getBoundingClientRect()
    return rect.top >= reader.top && rect.bottom <= reader.bottom
  })
  expect(inView).toBe(true)
})

test('a typo still finds the word: “Balochstan” finds Balochistan', async ({ app }) => {
  await openSearch(app)
  await app.keyboard.type('Balochstan')
  await expect(results(app).first()).toBeVisible()
  const marked = await searchDialog(app).locator('mark').allTextContents()
  expect(marked.length).toBeGreaterThan(0)
  expect(marked, marked.join(' | ')).toContain('Balochistan')
  // Every mark is a spelling of the province (Baluchistan, Baluchestan are two edits away).
  expect(
    marked.every((m) => /^Bal[ou]ch[ie]?stan/i.test(m)),
    marked.join(' | '),
  ).toBe(true)
})

test('a word of a note finds the note, and Enter opens its highlight in the reader', async ({
  app,
}) => {
  await seed(app, [
    {
      id: 'h-note',
      docId: AMID,
      quote: 'Marg Bar Sarmachar',
      color: 'yellow',
      note: 'Compare with the ISPR wording: quinquennial review pending',
      minutes: 1,
    },
  ])
  await app.reload()
  await openSearch(app)
  await app.keyboard.type('quinquennial')
  const notes = resultGroup(app, 'Highlights and notes')
  await expect(notes.getByRole('option')).toHaveCount(1)
  await expect(notes.getByRole('option').locator('mark')).toHaveText('quinquennial')
  await expect(results(app)).toHaveCount(1)
  await app.keyboard.press('Enter')
  await expect(app).toHaveURL(new RegExp(`#/doc/${AMID}/h/h-note$`))
})

test('filters by kind and source narrow the results; everything works from the keyboard', async ({
  app,
}) => {
  await openSearch(app, '/')
  await app.keyboard.type('Sarmachar')
  await expect(results(app).first()).toBeVisible()
  // Tab to the source filter and choose Seeking Stability.
  const source = searchDialog(app).getByRole('combobox', { name: 'Source' })
  await source.focus()
  await source.selectOption({
    label: (await source.locator('option').allTextContents()).find((t) => STABILITY_TITLE.test(t))!,
  })
  await expect(searchDialog(app).locator('.search-result-title').first()).toHaveText(
    STABILITY_TITLE,
  )
  const titles = await searchDialog(app).locator('.search-result-title').allTextContents()
  expect(titles.every((t) => STABILITY_TITLE.test(t))).toBe(true)

  // A kind with nothing in it says so, and Clear filters brings everything back.
  await searchDialog(app)
    .getByRole('button', { name: /^Briefs/ })
    .press('Enter')
  await expect(results(app)).toHaveCount(0)
  await expect(searchDialog(app).getByRole('status')).toHaveText(/Nothing matches/)
  await searchDialog(app).getByRole('button', { name: 'Clear filters' }).press('Enter')
  await expect(results(app).first()).toBeVisible()

  const axe = await new AxeBuilder({ page: app }).include('dialog[open]').analyze()
  expect(axe.violations).toEqual([])

  await searchField(app).focus()
  await app.keyboard.press('Escape')
  await expect(searchDialog(app)).toBeHidden()
})

test('the palette’s “Search everything” opens the search, and a screenshot of results', async ({
  app,
}) => {
  await runCommand(app, 'search every', 'Search everything')
  await expect(searchField(app)).toBeFocused()
  await app.keyboard.type('Jaish al-Adl')
  await expect(resultGroup(app, 'Passages').getByRole('option').first()).toBeVisible()
  await app.screenshot({ path: 'docs/screenshots/search.png' })
})
