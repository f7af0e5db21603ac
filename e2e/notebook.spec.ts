import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { KNOWN_SENTENCES } from './corpus-facts'
import { expect, test } from './fixtures'
import { AMID, NEW_ERA, RIVALS, seed, sentence, STABILITY, WAY_FORWARD, type Seed } from './seeding'

// The notebook over highlights written straight into IndexedDB. Seeding reads the web
// host's static corpus JSON, so these run in the web project.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'seeding reads the web host corpus')
})

const SEEDS: Seed[] = [
  {
    id: 'hl-retaliation',
    docId: STABILITY,
    quote: sentence(STABILITY),
    color: 'yellow',
    tags: ['strikes', 'timeline'],
    note: 'Pakistan’s response came two days later: 18 January.',
    minutes: 70,
  },
  {
    id: 'hl-first-strike',
    docId: STABILITY,
    quote:
      'On January 16, Iran conducted an unforeseen missile strike in the Southwestern region of Balochistan',
    color: 'pink',
    tags: ['strikes'],
    note: 'Compare the date with Fakhar et al.',
    minutes: 10,
  },
  {
    id: 'hl-landing',
    docId: WAY_FORWARD,
    quote: sentence(WAY_FORWARD),
    color: 'green',
    tags: ['diplomacy'],
    minutes: 130,
  },
  {
    id: 'hl-border',
    docId: NEW_ERA,
    quote: sentence(NEW_ERA),
    color: 'blue',
    tags: ['border', '🌍 geography'],
    note: 'Does the length agree across sources?',
    minutes: 250,
  },
  {
    id: 'hl-conflict',
    docId: AMID,
    quote: sentence(AMID),
    color: 'yellow',
    tags: ['strikes', 'timeline'],
    minutes: 40,
  },
  {
    id: 'hl-munir',
    docId: RIVALS,
    quote: sentence(RIVALS),
    color: 'purple',
    tags: ['military', 'دیپلماسی'],
    note: 'First such visit in years.',
    minutes: 190,
  },
  {
    id: 'hl-aftermath',
    docId: STABILITY,
    quote: [
      'This declaration came in the aftermath',
      'Three weeks after carrying out deadly airstrikes',
    ],
    color: 'green',
    tags: ['diplomacy'],
    note: 'The turn from strikes to talks spans two paragraphs.',
    minutes: 100,
  },
  {
    id: 'hl-orphan',
    docId: WAY_FORWARD,
    quote:
      'A paragraph about a ceasefire commission that the editors later removed from this article.',
    color: 'pink',
    tags: ['check'],
    note: 'Where did this go?',
    minutes: 5,
    orphan: true,
  },
]

async function openNotebook(app: Page) {
  await app.evaluate(() => {
    window.location.hash = '#/notebook'
  })
  await expect(app.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible()
}

const table = (app: Page) => app.getByRole('table', { name: 'Highlights' })
const rows = (app: Page) => table(app).locator('tbody tr[data-index]')
const rowOf = (app: Page, quote: string) => rows(app).filter({ hasText: quote })
const count = (app: Page) => app.getByTestId('notebook-count')

test('lists every highlight with its source title and ¶, newest first', async ({ app }) => {
  const paras = await seed(app, SEEDS)
  await openNotebook(app)
  await expect(rows(app)).toHaveCount(SEEDS.length)
  await expect(count(app)).toHaveText('8 highlights')
  for (const s of SEEDS.filter((x) => !x.orphan)) {
    const quote = typeof s.quote === 'string' ? s.quote : s.quote[0]
    const row = rowOf(app, quote)
    await expect(row).toContainText(KNOWN_SENTENCES[s.docId]!.title)
    await expect(row.locator('.nb-para')).toHaveText(paras[s.id]!)
  }
  await expect(rowOf(app, 'This declaration came').locator('.nb-para')).toHaveText(/^¶\d+–\d+$/)
  await expect(rows(app).first()).toContainText('share a 959-kilometer')
  await expect(table(app).getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(rowOf(app, 'landed in Islamabad')).toContainText('evidence')
})

test('filters by source, colour, tag and text narrow the list', async ({ app }) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  await expect(rows(app)).toHaveCount(8)

  await app
    .getByRole('combobox', { name: 'Source' })
    .selectOption({ label: KNOWN_SENTENCES[STABILITY]!.title })
  await expect(rows(app)).toHaveCount(3)
  await expect(count(app)).toHaveText('3 of 8 highlights')

  await app.getByRole('button', { name: 'key', exact: true }).click()
  await expect(rows(app)).toHaveCount(1)
  await expect(rows(app)).toContainText('retaliatory airstrike')
  await app.getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows(app)).toHaveCount(8)

  await app.getByRole('combobox', { name: 'Tag' }).selectOption('strikes')
  await expect(rows(app)).toHaveCount(3)
  await app.getByRole('combobox', { name: 'Tag' }).selectOption('دیپلماسی')
  await expect(rows(app)).toHaveCount(1)
  await expect(rows(app)).toContainText('General Asim Munir')
  await app.getByRole('combobox', { name: 'Tag' }).selectOption('')

  const search = app.getByRole('searchbox', { name: 'Search' })
  await app.keyboard.press('Control+Shift+F')
  await expect(search).toBeFocused()
  await app.keyboard.type('FAKHAR')
  await expect(rows(app)).toHaveCount(1)
  await search.fill('seeking stability')
  await expect(rows(app)).toHaveCount(3)
  await search.fill('strikes islamabad')
  await expect(rows(app)).toHaveCount(0)
  await search.fill('islamabad')
  await expect(rows(app)).toHaveCount(1)
  await search.fill('🌍')
  await expect(rows(app)).toHaveCount(1)
  await search.fill('no highlight says this')
  await expect(rows(app)).toHaveCount(0)
  await expect(table(app)).toContainText('No highlight matches these filters.')
  await table(app).getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows(app)).toHaveCount(8)
  await expect(search).toHaveValue('')
})

test('sorts by date and by source from the column headers', async ({ app }) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  const created = table(app).getByRole('columnheader', { name: 'Created' })
  await expect(rows(app).first()).toContainText('share a 959-kilometer')
  await created.getByRole('button').click()
  await expect(created).toHaveAttribute('aria-sort', 'ascending')
  await expect(rows(app).first()).toContainText('ceasefire commission')
  await expect(rows(app).last()).toContainText('share a 959-kilometer')

  const source = table(app).getByRole('columnheader', { name: 'Source' })
  await source.getByRole('button').focus()
  await app.keyboard.press('Enter')
  await expect(source).toHaveAttribute('aria-sort', 'ascending')
  await expect(created).not.toHaveAttribute('aria-sort')
  await expect(rows(app).first()).toContainText('From rivals to partners')
})

test('"Open passage" opens the highlight in the reader; Enter on a row does too', async ({
  app,
}) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  await rowOf(app, 'share a 959-kilometer')
    .getByRole('link', { name: /^Open passage/ })
    .click()
  await expect(app).toHaveURL(new RegExp(`#/doc/${NEW_ERA}/h/hl-border$`))
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(KNOWN_SENTENCES[NEW_ERA]!.title)

  await openNotebook(app)
  await rowOf(app, 'General Asim Munir').locator('td').first().click()
  await expect(app).toHaveURL(new RegExp(`#/doc/${RIVALS}/h/hl-munir$`))

  await openNotebook(app)
  await rows(app).first().focus()
  await app.keyboard.press('ArrowDown')
  await expect(rows(app).nth(1)).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(app).toHaveURL(new RegExp(`#/doc/${RIVALS}/h/hl-munir$`))
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(KNOWN_SENTENCES[RIVALS]!.title)
})

test('a highlight whose quote is gone is listed as orphaned, not dropped', async ({ app }) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  const orphan = rowOf(app, 'ceasefire commission')
  await expect(orphan).toHaveCount(1)
  await expect(orphan.locator('.nb-status')).toHaveText('Orphaned')
  await expect(orphan).toContainText(KNOWN_SENTENCES[WAY_FORWARD]!.title)
  await expect(orphan.locator('.nb-para')).toHaveCount(0)
  await expect(rows(app).locator('.nb-status')).toHaveCount(1)
  await app.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Orphaned' })
  await expect(rows(app)).toHaveCount(1)
})

test('an empty notebook says how to make a highlight', async ({ app }) => {
  await openNotebook(app)
  await expect(table(app)).toContainText(
    'No highlights yet. Select text in the reader and pick a colour.',
  )
  await expect(app.getByRole('searchbox', { name: 'Search' })).toHaveCount(0)
})

test('a long notebook is virtualised and still reachable by keyboard', async ({ app }) => {
  const many: Seed[] = Array.from({ length: 400 }, (_, i) => ({
    id: `hl-many-${String(i).padStart(3, '0')}`,
    docId: STABILITY,
    quote: sentence(STABILITY),
    color: 'yellow',
    tags: [`batch-${i % 7}`],
    minutes: i,
  }))
  await seed(app, many)
  await openNotebook(app)
  await expect(count(app)).toHaveText('400 highlights')
  await expect(table(app)).toHaveAttribute('aria-rowcount', '401')
  const rendered = await rows(app).count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(100)
  await rows(app).first().focus()
  await app.keyboard.press('End')
  await expect(app.locator('tr[data-index="399"]')).toBeFocused()
  await expect(app.locator('tr[data-index="0"]')).toHaveCount(0)
  await app.keyboard.press('Home')
  await expect(app.locator('tr[data-index="0"]')).toBeFocused()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the notebook has no serious accessibility violations (${colorScheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme })
    await seed(app, SEEDS)
    await openNotebook(app)
    await expect(rows(app)).toHaveCount(SEEDS.length)
    await app.getByRole('button', { name: 'doubt', exact: true }).click()
    await expect(rows(app)).toHaveCount(2)
    const results = await new AxeBuilder({ page: app }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(serious).toEqual([])
  })
}

test('notebook screenshot (light)', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'light' })
  // The orphan mid-list so it shows; no emoji (the test browser has no emoji font).
  const seeds = SEEDS.map((s) => ({
    ...s,
    minutes: s.orphan ? 160 : s.minutes,
    tags: s.tags?.map((tag) => tag.replace('🌍 ', '')),
  }))
  await seed(app, seeds)
  await openNotebook(app)
  await expect(rows(app)).toHaveCount(seeds.length)
  await expect(rows(app).locator('.nb-para')).toHaveCount(seeds.length - 1)
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/notebook.png' })
})
