import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { BASE, NEW_ERA, seed, STABILITY, WAY_FORWARD, writeStore, type Seed } from './seeding'

// One entity filter shared by the notebook, the claims table and the timelines, over
// highlights, claims and events written straight into IndexedDB (web project only).
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'seeding reads the web host corpus')
  // Names are found in a worker, source by source, after each load of the page.
  info.setTimeout(120_000)
})

/** Two sources spell the foreign minister differently; the third passage names nobody. */
const SEEDS: Seed[] = [
  {
    id: 'hl-landed',
    docId: WAY_FORWARD,
    quote: 'foreign minister Hossein Amirabdollahian landed in Islamabad',
    color: 'yellow',
    minutes: 10,
  },
  {
    id: 'hl-sovereignty',
    docId: STABILITY,
    quote: 'Hossein Amir-Abdollahian expressed their commitment',
    color: 'green',
    minutes: 20,
  },
  {
    id: 'hl-border',
    docId: NEW_ERA,
    quote: 'share a 959-kilometer (596 miles) long border',
    color: 'blue',
    minutes: 30,
  },
]

const at = (minutes: number) => BASE + minutes * 60_000

const claim = (id: string, statement: string) => ({
  id,
  statement,
  status: 'unverified',
  confidence: null,
  note: '',
  tags: [],
  createdAt: at(40),
  updatedAt: at(40),
})

const evidence = (id: string, claimId: string, highlightId: string, docId: string) => ({
  id,
  claimId,
  highlightId,
  docId,
  stance: 'supports',
  credibility: null,
  note: '',
  createdAt: at(41),
  updatedAt: at(41),
})

const TIMELINE = 'tl-2024'

const event = (id: string, title: string, day: number, highlightId: string, docId: string) => ({
  id,
  timelineId: TIMELINE,
  title,
  note: '',
  tags: [],
  date: { kind: 'point', date: { year: 2024, month: 1, day, approximate: false } },
  sortKey: Date.UTC(2024, 0, day),
  sources: [{ highlightId, docId, stated: null }],
  highlightIds: [highlightId],
  createdAt: at(50),
  updatedAt: at(50),
})

async function seedWorkspace(app: Page) {
  await seed(app, SEEDS)
  await writeStore(app, 'claims', [
    claim('cl-talks', 'Talks resumed within weeks'),
    claim('cl-border', 'The border is about 900 km long'),
  ])
  await writeStore(app, 'evidence', [
    evidence('ev-talks', 'cl-talks', 'hl-sovereignty', STABILITY),
    evidence('ev-border', 'cl-border', 'hl-border', NEW_ERA),
  ])
  await writeStore(app, 'timelines', [
    { id: TIMELINE, title: 'January 2024', description: '', createdAt: at(45), updatedAt: at(45) },
  ])
  await writeStore(app, 'events', [
    event('ev-visit', 'Visit to Islamabad', 29, 'hl-landed', WAY_FORWARD),
    event('ev-survey', 'Border surveyed', 20, 'hl-border', NEW_ERA),
  ])
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
}

/** Goes to a view through its link in the Views navigation, by keyboard. */
async function goTo(app: Page, view: 'Notebook' | 'Claims' | 'Timelines') {
  const link = app.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: view })
  await link.focus()
  await app.keyboard.press('Enter')
}

/** Presses Tab until `target` has the focus: it is reachable from the keyboard. */
async function tabTo(app: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await app.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

const entitySelect = (app: Page) => app.getByRole('combobox', { name: 'Entity' })
const notice = (app: Page) => app.getByTestId('entity-filter-notice')
const noteRows = (app: Page) =>
  app.getByRole('table', { name: 'Highlights' }).locator('tbody tr[data-index]')
const claimRows = (app: Page) =>
  app.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-index]')
const events = (app: Page) => app.locator('.tl-event')

/** The minister's entity, once names have been found, chosen by type-ahead in the select. */
async function chooseMinister(app: Page) {
  const select = entitySelect(app)
  await expect(select.locator('option', { hasText: 'Hossein Amir' })).toHaveCount(1, {
    timeout: 30_000,
  })
  await select.focus()
  await app.keyboard.type('Hossein Amir')
  await expect(select.locator('option:checked')).toHaveText(/^Hossein Amir.*\(person\)$/)
}

test('an entity filters the notebook, claims and a timeline alike, all by keyboard', async ({
  app,
}) => {
  await seedWorkspace(app)

  await goTo(app, 'Notebook')
  await expect(noteRows(app)).toHaveCount(3)
  await chooseMinister(app)
  await expect(notice(app)).toContainText(/Mentions: Hossein Amir.?Abdollahian/)
  await expect(noteRows(app)).toHaveCount(2)
  await expect(noteRows(app).filter({ hasText: 'Amirabdollahian landed' })).toHaveCount(1)
  await expect(noteRows(app).filter({ hasText: 'Amir-Abdollahian expressed' })).toHaveCount(1)
  await expect(app.getByTestId('notebook-count')).toHaveText('2 of 3 highlights')

  // The same filter is in force in the claims table: a claim mentions him through its evidence.
  await goTo(app, 'Claims')
  await expect(app.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
  await expect(entitySelect(app).locator('option:checked')).toHaveText(/^Hossein Amir/)
  await expect(claimRows(app)).toHaveCount(1)
  await expect(claimRows(app)).toContainText('Talks resumed within weeks')
  await expect(app.getByTestId('claims-count')).toHaveText('1 of 2 claims')

  // And in the timeline: an event mentions him through its source.
  await goTo(app, 'Timelines')
  await expect(app.getByRole('heading', { level: 1, name: 'January 2024' })).toBeVisible()
  await expect(events(app)).toHaveCount(1)
  await expect(events(app)).toContainText('Visit to Islamabad')
  await expect(app.getByTestId('timeline-count')).toHaveText('1 of 2 events')

  // A reload keeps the filter for the session.
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect(events(app)).toHaveCount(1, { timeout: 30_000 })

  // Clearing it anywhere restores everything everywhere.
  const clear = notice(app).getByRole('button', { name: 'Clear the entity filter' })
  await entitySelect(app).focus()
  await tabTo(app, clear)
  await app.keyboard.press('Enter')
  await expect(notice(app)).toBeHidden()
  await expect(events(app)).toHaveCount(2)
  await goTo(app, 'Notebook')
  await expect(noteRows(app)).toHaveCount(3)
  await expect(entitySelect(app)).toHaveValue('')
  await goTo(app, 'Claims')
  await expect(claimRows(app)).toHaveCount(2)
})

test('an entity that is no longer in the index is said, and can be cleared', async ({ app }) => {
  await seedWorkspace(app)
  await app.evaluate(() => sessionStorage.setItem('casefile.entity-filter', 'person:nobody'))
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await goTo(app, 'Notebook')
  // Until every source is read it may still turn up; then it is named as gone.
  await expect(notice(app)).toContainText('Mentions: an entity no longer in the index', {
    timeout: 30_000,
  })
  await expect(noteRows(app)).toHaveCount(3)
  await expect(entitySelect(app).locator('option:checked')).toHaveText('Unknown entity')
  await notice(app).getByRole('button', { name: 'Clear the entity filter' }).press('Enter')
  await expect(notice(app)).toBeHidden()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the filtered views have no serious accessibility violations (${colorScheme})`, async ({
    app,
  }) => {
    await app.emulateMedia({ colorScheme })
    await seedWorkspace(app)
    await goTo(app, 'Notebook')
    await chooseMinister(app)
    await expect(noteRows(app)).toHaveCount(2)
    for (const view of ['Notebook', 'Claims', 'Timelines'] as const) {
      await goTo(app, view)
      await expect(notice(app)).toContainText('Mentions:')
      const results = await new AxeBuilder({ page: app }).analyze()
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
      expect(serious, view).toEqual([])
    }
  })
}
