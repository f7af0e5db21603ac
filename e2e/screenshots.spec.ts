import { highlightItems, selectText } from './highlighting'
import { chooseFiles, importDialog, openSheet } from './importing'
import { openSource } from './workbench'
import { expect, test } from './fixtures'

// Screenshots for the README, refreshed by every e2e run of the web project.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'web', 'screenshots come from the web project')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`library and reader screenshot (${colorScheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme })
    await openSource(app, 'Seeking Stability')
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(
      'Pakistan-Iran Relations: Seeking Stability',
    )
    await app.getByRole('listbox', { name: 'Sources' }).focus()
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: `docs/screenshots/library-reader-${colorScheme}.png` })
  })
}

test('about and storage screenshot', async ({ app }) => {
  await app.getByRole('button', { name: 'About / storage' }).click()
  await expect(app.getByTestId('database-status')).toContainText('open')
  await app.screenshot({ path: 'docs/screenshots/about-storage.png' })
})

test('reader with highlights screenshot', async ({ app }) => {
  await openSource(app, 'Seeking Stability')
  const marks: [string, string, string][] = [
    ['In a late-January meeting', 'territorial integrity.', '2'],
    ['Three weeks after carrying out deadly airstrikes', 'bilateral cooperation and trade.', '1'],
    ['On January 16, Iran conducted an unforeseen missile strike', 'Balochistan', '4'],
    ['targeting what it claimed were terrorist elements', 'Jaish-al-Adl outfit.', '3'],
  ]
  for (const [from, to, key] of marks) {
    await selectText(app, from, to)
    await app.keyboard.press(key)
  }
  await highlightItems(app).nth(1).getByRole('button', { name: 'Edit' }).click()
  const editor = app.getByRole('dialog', { name: 'Highlight' })
  await editor.getByLabel('Note').fill('Dates the talks to about three weeks after the strikes.')
  await editor.getByLabel('Add a tag').fill('timeline')
  await editor.getByLabel('Add a tag').press('Enter')
  await editor.getByRole('button', { name: 'Done' }).click()
  await selectText(app, 'This declaration came in the aftermath', 'militant targets.')
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/reader-highlights.png' })
})

test('import screenshots: the metadata sheet, and an imported PDF in the reader', async ({
  app,
}) => {
  test.slow()
  await chooseFiles(app, ['pdf-report.pdf', 'text-empty.txt', 'docx-report.docx'])
  const sheet = await openSheet(app, 'pdf-report.pdf')
  await expect(importDialog(app).getByRole('alert')).toContainText('text-empty.txt')
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/import-sheet.png' })

  await sheet.getByRole('button', { name: 'Add to library' }).click()
  await importDialog(app).getByRole('link', { name: 'Water allocation in the delta' }).click()
  await expect(importDialog(app)).toBeHidden()
  await selectText(app, 'treats them as reliable', 'more than the schedule')
  await app.keyboard.press('1')
  await expect(highlightItems(app)).toHaveCount(1)
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/import-reader-pdf.png' })
})
