import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AMID, seed, sentence, STABILITY, WAY_FORWARD, type Seed } from './seeding'
import { appStatus } from './workbench'

// The evidence matrix over highlights, claims and links written straight into IndexedDB.
// Seeding reads the web host's static corpus JSON, so these run in the web project.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'seeding reads the web host corpus')
})

interface ClaimSeed {
  id: string
  statement: string
}

type LinkSeed = [claimId: string, highlightId: string, stance: string]

const FIRST_STRIKE =
  'On January 16, Iran conducted an unforeseen missile strike in the Southwestern region of Balochistan'
const CIVILIANS =
  'The situation escalated when Iran launched air raids using drones and missiles against Jaish al-Adl in the Panjgur area of Balochistan, which resulted in civilian casualties, including children.'

const HIGHLIGHTS: Seed[] = [
  { id: 'hl-first-strike', docId: STABILITY, quote: FIRST_STRIKE, color: 'pink', minutes: 10 },
  { id: 'hl-civilians', docId: AMID, quote: CIVILIANS, color: 'yellow', minutes: 20 },
  { id: 'hl-conflict', docId: AMID, quote: sentence(AMID), color: 'blue', minutes: 40 },
]

const JAISH: ClaimSeed = { id: 'c-jaish', statement: "Iran's strike targeted Jaish al-Adl" }
const MILITANTS: ClaimSeed = {
  id: 'c-militants',
  statement: "Iran's strike hit only militant targets, not civilians",
}

// Made in this order so that, unsorted, the most diagnostic row would not come first.
const LINKS: LinkSeed[] = [
  ['c-jaish', 'hl-first-strike', 'supports'],
  ['c-jaish', 'hl-conflict', 'context'],
  ['c-militants', 'hl-conflict', 'context'],
  ['c-jaish', 'hl-civilians', 'supports'],
  ['c-militants', 'hl-civilians', 'contradicts'],
]

/** Writes claims and evidence links into the app's IndexedDB, as the repositories would. */
async function seedClaims(app: Page, claims: ClaimSeed[], links: LinkSeed[]) {
  await app.evaluate(
    async ({ claims, links }) => {
      const base = Date.UTC(2026, 10, 21, 9, 0)
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('casefile')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const highlights = await new Promise<{ id: string; docId: string }[]>((resolve, reject) => {
        const request = db.transaction('highlights').objectStore('highlights').getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const docOf = new Map(highlights.map((h) => [h.id, h.docId]))
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['claims', 'evidence'], 'readwrite')
        claims.forEach((claim, i) => {
          const time = base + i * 60_000
          tx.objectStore('claims').put({
            ...claim,
            status: 'unverified',
            confidence: null,
            note: '',
            tags: [],
            createdAt: time,
            updatedAt: time,
          })
        })
        links.forEach(([claimId, highlightId, stance], i) => {
          const time = base + (claims.length + i) * 60_000
          tx.objectStore('evidence').put({
            id: `ev-${claimId}-${highlightId}`,
            claimId,
            highlightId,
            docId: docOf.get(highlightId),
            stance,
            credibility: null,
            note: '',
            createdAt: time,
            updatedAt: time,
          })
        })
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { claims, links },
  )
}

async function openMatrix(app: Page, claimIds: string[] = []) {
  await app.evaluate(
    (hash) => {
      window.location.hash = hash
    },
    `#/matrix${claimIds.length ? `/${claimIds.join(',')}` : ''}`,
  )
  await expect(app.getByRole('heading', { level: 1, name: 'Evidence matrix' })).toBeVisible()
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const grid = (app: Page) => app.getByRole('grid', { name: 'Evidence against the chosen claims' })
const rows = (app: Page) => grid(app).locator('tbody tr')
/** The stance button of a passage (by its quote's start) on a claim (by its start). */
const cell = (app: Page, quote: string, statement: string) =>
  grid(app).getByRole('button', {
    name: new RegExp(`^Stance of ‘${escape(quote)}[^’]*’ on ‘${escape(statement)}[^’]*’`),
  })
const stanceName = (stance: string) => new RegExp(`: ${stance}\\. Change$`)

async function seedAll(app: Page) {
  const paras = await seed(app, HIGHLIGHTS)
  await seedClaims(app, [JAISH, MILITANTS], LINKS)
  return paras
}

test('shows each passage’s stance on each claim, most diagnostic first', async ({ app }) => {
  const paras = await seedAll(app)
  await openMatrix(app, [JAISH.id, MILITANTS.id])

  await expect(rows(app)).toHaveCount(3)
  await expect(rows(app).nth(0)).toContainText('resulted in civilian casualties')
  await expect(rows(app).nth(0).locator('.mx-diag')).toHaveText('High')
  await expect(rows(app).nth(1)).toContainText('unforeseen missile strike')
  await expect(rows(app).nth(1).locator('.mx-diag')).toHaveText('Some')
  await expect(rows(app).nth(2)).toContainText('heightened military conflict')
  await expect(rows(app).nth(2).locator('.mx-diag')).toHaveText('None')

  const headers = grid(app).locator('thead th')
  await expect(headers).toHaveText(['Evidence', 'Diagnostic', /^1Iran's strike targeted/, /^2Iran/])
  await expect(grid(app).getByRole('link', { name: JAISH.statement })).toHaveAttribute(
    'href',
    `#/claims/${JAISH.id}`,
  )

  await expect(cell(app, 'The situation escalated', "Iran's strike targeted")).toHaveAccessibleName(
    stanceName('Supports'),
  )
  await expect(cell(app, 'The situation escalated', "Iran's strike hit")).toHaveAccessibleName(
    stanceName('Contradicts'),
  )
  await expect(cell(app, 'The situation escalated', "Iran's strike hit")).toHaveText('−Contradicts')
  await expect(cell(app, 'On January 16, Iran', "Iran's strike hit")).toHaveAccessibleName(
    stanceName('Not linked'),
  )
  await expect(cell(app, 'On January 16, 2024', "Iran's strike targeted")).toHaveText('○Context')

  // The citation carries the passage's ¶ once the source has loaded.
  await expect(rows(app).nth(1).locator('.mx-source')).toContainText(
    `Seeking Stability', The Diplomatic Insight`,
  )
  await expect(rows(app).nth(1).locator('.mx-source')).toContainText(paras['hl-first-strike']!)
  await rows(app)
    .nth(1)
    .getByRole('link', { name: /^Open in reader/ })
    .click()
  await expect(app).toHaveURL(new RegExp(`#/doc/${STABILITY}/h/hl-first-strike$`))
})

test('a click cycles the stance, keeps focus as the row moves, persists and undoes', async ({
  app,
}) => {
  await seedAll(app)
  await openMatrix(app, [JAISH.id, MILITANTS.id])
  const target = cell(app, 'On January 16, Iran', "Iran's strike hit")
  await expect(rows(app).nth(1)).toContainText('unforeseen missile strike')

  await target.click()
  await expect(target).toHaveAccessibleName(stanceName('Supports'))
  await expect(target).toHaveText('+Supports')
  await expect(rows(app).nth(1).locator('.mx-diag')).toHaveText('None')

  // Supports one claim, contradicts the other: the row climbs to the top, focus with it.
  await target.click()
  await expect(target).toHaveAccessibleName(stanceName('Contradicts'))
  await expect(rows(app).nth(0)).toContainText('unforeseen missile strike')
  await expect(rows(app).nth(0).locator('.mx-diag')).toHaveText('High')
  await expect(target).toBeFocused()

  // By keyboard: the row sinks again and the focus stays on the same cell.
  await app.keyboard.press('Enter')
  await expect(target).toHaveAccessibleName(stanceName('Context'))
  await expect(rows(app).nth(1)).toContainText('unforeseen missile strike')
  await expect(target).toBeFocused()

  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect(target).toHaveAccessibleName(stanceName('Context'))
  await expect(rows(app).nth(1).locator('.mx-diag')).toHaveText('Some')

  await app.keyboard.press('Control+z')
  await expect(target).toHaveAccessibleName(stanceName('Contradicts'))
  await expect(rows(app).nth(0)).toContainText('unforeseen missile strike')
  await expect(appStatus(app)).toContainText('Undone')
})

test('clearing a passage’s last link takes it out; focus goes to the row in its place', async ({
  app,
}) => {
  await seedAll(app)
  await openMatrix(app, [JAISH.id, MILITANTS.id])
  const only = cell(app, 'On January 16, Iran', "Iran's strike targeted")
  await only.focus()
  await app.keyboard.press('Delete')
  await expect(rows(app)).toHaveCount(2)
  await expect(cell(app, 'On January 16, 2024', "Iran's strike targeted")).toBeFocused()
  await expect(appStatus(app)).toContainText('left the matrix')
  await app.keyboard.press('Control+z')
  await expect(rows(app)).toHaveCount(3)
})

test('the grid is one tab stop; arrows, Home and End move between cells', async ({ app }) => {
  await seedAll(app)
  await openMatrix(app, [JAISH.id, MILITANTS.id])
  await expect(rows(app)).toHaveCount(3)
  await expect(grid(app).locator('[tabindex="0"]')).toHaveCount(1)

  await app.getByRole('button', { name: 'Clear the choice' }).focus()
  await app.keyboard.press('Tab')
  const firstHeader = grid(app).getByRole('link', { name: JAISH.statement })
  await expect(firstHeader).toBeFocused()
  await app.keyboard.press('ArrowDown')
  await expect(cell(app, 'The situation escalated', "Iran's strike targeted")).toBeFocused()
  await app.keyboard.press('ArrowRight')
  await expect(cell(app, 'The situation escalated', "Iran's strike hit")).toBeFocused()
  await app.keyboard.press('Home')
  await expect(
    rows(app)
      .nth(0)
      .getByRole('link', { name: /^Open in reader/ }),
  ).toBeFocused()
  await app.keyboard.press('Control+End')
  await expect(cell(app, 'On January 16, 2024', "Iran's strike hit")).toBeFocused()
  await expect(grid(app).locator('[tabindex="0"]')).toHaveCount(1)

  // Tab leaves the grid, Shift+Tab returns to the cell last visited.
  await app.keyboard.press('Tab')
  await expect(grid(app).locator(':focus')).toHaveCount(0)
  await app.keyboard.press('Shift+Tab')
  await expect(cell(app, 'On January 16, 2024', "Iran's strike hit")).toBeFocused()
})

test('choosing claims updates the link; their order is the column order', async ({ app }) => {
  await seedAll(app)
  await openMatrix(app)
  await expect(app.getByText('Choose two or more claims to compare')).toBeVisible()
  await expect(grid(app)).toHaveCount(0)

  // The choice lives in the URL, so the box shows it once the route has changed.
  await app.getByRole('checkbox', { name: MILITANTS.statement }).click()
  await expect(app.getByRole('checkbox', { name: MILITANTS.statement })).toBeChecked()
  await expect(app).toHaveURL(/#\/matrix\/c-militants$/)
  await expect(app.getByText('The matrix compares claims: choose at least one more')).toBeVisible()
  await expect(rows(app)).toHaveCount(2)
  await expect(grid(app).locator('thead th')).toHaveCount(2)

  await app.getByRole('searchbox', { name: 'Find a claim' }).fill('jaish')
  await expect(app.getByRole('checkbox')).toHaveCount(1)
  // The choice lives in the URL, so the box shows it once the route has changed.
  await app.getByRole('checkbox', { name: JAISH.statement }).click()
  await expect(app.getByRole('checkbox', { name: JAISH.statement })).toBeChecked()
  await expect(app).toHaveURL(/#\/matrix\/c-militants,c-jaish$/)
  await expect(grid(app).locator('thead th').nth(2)).toContainText(MILITANTS.statement)
  await expect(grid(app).locator('thead th').nth(3)).toContainText(JAISH.statement)

  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect(rows(app)).toHaveCount(3)
  await expect(grid(app).locator('thead th').nth(2)).toContainText(MILITANTS.statement)
  await expect(app.getByRole('checkbox', { name: JAISH.statement })).toBeChecked()
})

test('says so when there are no claims, or no evidence for the chosen ones', async ({ app }) => {
  await openMatrix(app)
  await expect(app.getByText('No claims yet.')).toBeVisible()
  await expect(app.getByRole('link', { name: 'Create claims on the Claims page' })).toHaveAttribute(
    'href',
    '#/claims',
  )

  await seedClaims(app, [JAISH, MILITANTS], [])
  await app.reload()
  await openMatrix(app, [JAISH.id, MILITANTS.id, 'c-deleted'])
  await expect(app.getByText('No evidence is linked to these claims yet.')).toBeVisible()
  await expect(app.getByText('One claim in this link no longer exists')).toBeVisible()
  await expect(grid(app)).toHaveCount(0)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the matrix has no serious accessibility violations (${colorScheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme })
    await seedAll(app)
    await openMatrix(app, [JAISH.id, MILITANTS.id])
    await expect(rows(app)).toHaveCount(3)
    await cell(app, 'On January 16, Iran', "Iran's strike hit").focus()
    const results = await new AxeBuilder({ page: app }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(serious).toEqual([])
  })
}

// Competing explanations of the January 2024 strikes, as an analyst might weigh them.
const SCREENSHOT_CLAIMS: ClaimSeed[] = [
  { id: 's-jaish', statement: "Iran's strike targeted Jaish al-Adl" },
  { id: 's-militants', statement: "Iran's strike hit only militant targets, not civilians" },
  { id: 's-china', statement: 'China mediated the de-escalation' },
  { id: 's-border', statement: 'The Iran-Pakistan border is about 900 km long' },
]

const SCREENSHOT_HIGHLIGHTS: Seed[] = [
  ...HIGHLIGHTS,
  {
    id: 'hl-minors',
    docId: WAY_FORWARD,
    quote: ['Early in January, an aggressive military action', 'casualties including minors.'],
    color: 'pink',
    minutes: 30,
  },
  {
    id: 'hl-notably-china',
    docId: AMID,
    quote: [
      "However, various factors, including Pakistan's military strength",
      'helped in de-escalating tensions.',
    ],
    color: 'green',
    minutes: 50,
  },
  {
    id: 'hl-engage-china',
    docId: STABILITY,
    quote: 'Pakistan must actively engage China and urge Iran to share intelligence',
    color: 'green',
    minutes: 60,
  },
  {
    id: 'hl-claimed',
    docId: STABILITY,
    quote: 'Jaish-al-Adl, the militant group Iran claims to have targeted in Pakistan',
    color: 'yellow',
    minutes: 70,
  },
]

const SCREENSHOT_LINKS: LinkSeed[] = [
  ['s-jaish', 'hl-first-strike', 'supports'],
  ['s-militants', 'hl-first-strike', 'context'],
  ['s-jaish', 'hl-civilians', 'supports'],
  ['s-militants', 'hl-civilians', 'contradicts'],
  ['s-jaish', 'hl-minors', 'supports'],
  ['s-militants', 'hl-minors', 'contradicts'],
  ['s-jaish', 'hl-conflict', 'context'],
  ['s-china', 'hl-conflict', 'context'],
  ['s-china', 'hl-notably-china', 'supports'],
  ['s-china', 'hl-engage-china', 'contradicts'],
  ['s-jaish', 'hl-claimed', 'supports'],
]

for (const colorScheme of ['light', 'dark'] as const) {
  test(`matrix screenshot (${colorScheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme })
    await seed(app, SCREENSHOT_HIGHLIGHTS)
    await seedClaims(app, SCREENSHOT_CLAIMS, SCREENSHOT_LINKS)
    await openMatrix(app, ['s-jaish', 's-militants', 's-china'])
    await expect(rows(app)).toHaveCount(7)
    await expect(rows(app).locator('.mx-source', { hasText: '¶' })).toHaveCount(7)
    await cell(app, 'Early in January', "Iran's strike hit").focus()
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({
      path:
        colorScheme === 'light' ? 'docs/screenshots/matrix.png' : 'test-results/matrix-dark.png',
    })
  })
}
