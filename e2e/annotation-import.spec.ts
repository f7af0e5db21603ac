import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { seed, sentence, WAY_FORWARD, writeStore, type Seed } from './seeding'
import { appStatus, savedFile } from './workbench'

// Importing W3C Web Annotations into the notebook: Casefile's own export back in, a
// Hypothesis export whose addresses the library does not know, and a file that is no
// annotations at all. Seeding reads the web host's static corpus JSON: web project only.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'seeding reads the web host corpus')
})

const TITLE = 'Pakistan and Iran: The way forward'
const SEEDS: Seed[] = [
  {
    id: 'hl-border',
    docId: WAY_FORWARD,
    quote: 'share a border of over 900 kilometers',
    color: 'green',
    tags: ['border', 'figures'],
    note: 'Compare with the 959 km given elsewhere.',
    minutes: 1,
  },
  {
    id: 'hl-landing',
    docId: WAY_FORWARD,
    quote: sentence(WAY_FORWARD),
    color: 'blue',
    tags: ['diplomacy'],
    note: 'The first visit after the strikes.',
    minutes: 2,
  },
  { id: 'hl-jaish', docId: WAY_FORWARD, quote: 'Jaish al Adl', color: 'pink', minutes: 3 },
]

const table = (app: Page) => app.getByRole('table', { name: 'Highlights' })
const rows = (app: Page) => table(app).locator('tbody tr[data-index]')
const count = (app: Page) => app.getByTestId('notebook-count')
const dialog = (app: Page) => app.getByRole('dialog', { name: 'Import annotations' })
const summary = (app: Page) => dialog(app).getByTestId('annotation-import-summary')

async function openNotebook(app: Page) {
  await app.evaluate(() => {
    window.location.hash = '#/notebook'
  })
  await expect(app.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible()
  await expect(count(app)).toBeVisible()
}

/** Chooses a file through "Import annotations…", as the analyst does in the file chooser. */
async function importFile(app: Page, name: string, text: string) {
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import annotations…' }).click()
  const picker = await chooser
  expect(picker.isMultiple()).toBe(false)
  await picker.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(dialog(app)).toBeVisible()
}

test('round trip: the JSON-LD export comes back as the same highlights, and Ctrl+Z takes them out', async ({
  app,
}) => {
  await seed(app, SEEDS)
  await openNotebook(app)
  await expect(rows(app)).toHaveCount(3)
  const exported = await savedFile(app, () =>
    app.getByRole('button', { name: 'Export JSON-LD' }).click(),
  )

  // Into the same notebook: everything is there already, so nothing can be added.
  await importFile(app, exported.name, exported.text)
  await expect(summary(app)).toContainText('No highlights will be added.')
  await expect(summary(app)).toContainText('3 are highlighted already and are left out.')
  await expect(dialog(app).getByRole('button', { name: 'Add 0 highlights' })).toBeDisabled()
  await dialog(app).getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog(app)).toBeHidden()
  await expect(rows(app)).toHaveCount(3)

  // An empty workspace: the highlights are gone from the database.
  await writeStore(app, 'highlights', [], { clear: true })
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await openNotebook(app)
  await expect(count(app)).toHaveText('0 highlights')

  await importFile(app, exported.name, exported.text)
  await expect(dialog(app)).toContainText(exported.name)
  await expect(dialog(app)).toContainText('Casefile export, 3 annotations')
  await expect(summary(app)).toContainText(`3 highlights will be added to ‘${TITLE}’.`)
  await dialog(app).getByRole('button', { name: 'Add 3 highlights' }).click()
  await expect(dialog(app)).toBeHidden()
  await expect(appStatus(app)).toContainText(
    `Added 3 highlights from “${exported.name}”. Undo with Ctrl+Z.`,
  )

  await expect(rows(app)).toHaveCount(3)
  for (const s of SEEDS) {
    const row = rows(app).filter({ hasText: s.quote as string })
    await expect(row).toHaveCount(1)
    if (s.note) await expect(row).toContainText(s.note)
    for (const tag of s.tags ?? []) await expect(row).toContainText(tag)
  }

  // One step undoes the whole import.
  await app.keyboard.press('Control+z')
  await expect(count(app)).toHaveText('0 highlights')
  await expect(appStatus(app)).toContainText('Undone: import 3 highlights.')
})

/** The Hypothesis fixture as if annotated on a mirror the library does not know. */
function hypothesisElsewhere(): string {
  return readFileSync('src/shared/import/fixtures/annotations/hypothesis-export.json', 'utf8')
    .replaceAll('https://example.org/2024/02/', 'https://mirror.example.net/')
    .replace(/Pakistan and Iran: The way forward/gi, 'A syndicated copy')
}

test('a Hypothesis file on an address the library does not know: the analyst says which document it is', async ({
  app,
}) => {
  await openNotebook(app)
  await importFile(app, 'hypothesis-export.json', hypothesisElsewhere())
  await expect(dialog(app)).toContainText('Hypothesis export, 8 annotations')
  await expect(summary(app)).toContainText('No highlights will be added.')
  await expect(dialog(app).getByRole('button', { name: 'Add 0 highlights' })).toBeDisabled()

  const orphans = dialog(app).getByRole('list', { name: '8 annotations cannot be placed' })
  const border = orphans
    .getByRole('listitem')
    .filter({ hasText: '“Iran and Pakistan share a border of over 900 kilometers.”' })
  await expect(border).toContainText(
    'no source matches https://mirror.example.net/pakistan-and-iran-the-way-forward',
  )
  await expect(orphans).toContainText('a reply, not an annotation')

  const mirror = dialog(app)
    .locator('.ai-source')
    .filter({ hasText: 'https://mirror.example.net/pakistan-and-iran-the-way-forward' })
  await expect(mirror).toContainText('4 annotations')
  const which = mirror.getByRole('combobox', { name: 'Which document is this?' })
  await expect(which).toHaveValue('')
  await which.selectOption({ label: TITLE })
  await expect(summary(app)).toContainText(`3 highlights will be added to ‘${TITLE}’.`)
  await expect(dialog(app).getByRole('button', { name: 'Add 3 highlights' })).toBeEnabled()
  const left = dialog(app).getByRole('list', { name: '5 annotations cannot be placed' })
  await expect(left).toContainText(`the quoted text is not in ‘${TITLE}’`)
  await expect(which).toHaveValue(WAY_FORWARD)

  await dialog(app).evaluate((element) => element.scrollTo(0, 0))
  await app.screenshot({ path: 'docs/screenshots/annotation-import.png' })
  for (const colorScheme of ['dark', 'light'] as const) {
    await app.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page: app }).include('dialog[open]').analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${colorScheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      )
    expect(serious).toEqual([])
  }

  await dialog(app).getByRole('button', { name: 'Add 3 highlights' }).click()
  await expect(dialog(app)).toBeHidden()
  await expect(count(app)).toHaveText('3 highlights')
  await expect(rows(app).filter({ hasText: 'Jaish al Adl' })).toHaveCount(1)
})

test('a file that is not annotations is refused by name, and nothing is added', async ({ app }) => {
  await openNotebook(app)
  await importFile(app, 'notes.json', 'Meeting notes: ask about the border figures.\n')
  const alert = dialog(app).getByRole('alert')
  await expect(alert).toContainText('“notes.json” is not valid JSON')
  await expect(alert).toContainText('Nothing was added.')
  await expect(dialog(app).getByRole('button', { name: /^Add / })).toHaveCount(0)
  await dialog(app).getByRole('button', { name: 'Close' }).click()
  await expect(dialog(app)).toBeHidden()
  await expect(count(app)).toHaveText('0 highlights')
  await expect(app.getByRole('button', { name: 'Import annotations…' })).toBeFocused()
})
