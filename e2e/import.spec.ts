/**
 * Importing the analyst's own files in the web host: one file per format through the
 * file chooser, the metadata sheet, refusals that name the file and add nothing, a
 * hostile web page that runs nothing and fetches nothing, drag and drop, and delete with
 * what goes said first and undo.
 */
import { expect, test } from './fixtures'
import { claimsTable, openClaims, tagToClaim } from './flows'
import { highlightItems, paintedTexts, selectText } from './highlighting'
import { join } from 'node:path'
import { makeLargePdf } from '../bench/lib/make-large-pdf'
import { chooseFiles, confirmSheet, dropTextFile, IMPORT_FIXTURES, importDialog } from './importing'
import { openSource, sourceOptions } from './workbench'

const BUNDLED = 5

test('a PDF, a Word file, a web page, Markdown and a Windows-1252 text file are read, checked and added', async ({
  app,
}) => {
  test.slow()
  await chooseFiles(app, [
    'pdf-report.pdf',
    'docx-report.docx',
    'html-windows-1252.html',
    'markdown-front-matter.md',
    'text-windows-1252.txt',
  ])
  await confirmSheet(
    app,
    'pdf-report.pdf',
    'Water allocation in the delta: report of the commission',
  )
  await confirmSheet(app, 'docx-report.docx', 'Field notes on the grain corridor & its ports')
  await confirmSheet(
    app,
    'html-windows-1252.html',
    'Café owners count the cost of the harbour strike',
  )

  const sheet = importDialog(app).getByRole('form', { name: 'Details of markdown-front-matter.md' })
  await expect(sheet.getByLabel('Authors')).toHaveValue('Saleem Shahid\nAmna Baloch')
  await expect(sheet.getByLabel('Outlet')).toHaveValue('Dawn')
  await expect(sheet.getByLabel('Published')).toHaveValue(/18 Jan(uary)? 2024/)
  await sheet.getByLabel('Outlet').fill('Dawn (Karachi)')
  await confirmSheet(
    app,
    'markdown-front-matter.md',
    "Pakistan strikes 'terrorist hideouts' in Iran",
  )

  const text = importDialog(app).getByRole('form', { name: 'Details of text-windows-1252.txt' })
  await expect(text).toContainText('Windows-1252')
  await confirmSheet(app, 'text-windows-1252.txt', 'Iran’s strike “sends the wrong signal”')
  await expect(importDialog(app)).toContainText('5 of 5 files added to the library.')

  await importDialog(app).getByRole('link', { name: 'Water allocation in the delta' }).click()
  await expect(importDialog(app)).toBeHidden()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(
    'Water allocation in the delta: report of the commission',
  )
  await expect(app.locator('article.document')).toContainText(
    'treats them as reliable and finds that in both dry seasons the upstream districts',
  )
  await expect(sourceOptions(app)).toHaveCount(BUNDLED + 5)
  await expect(sourceOptions(app).filter({ hasText: 'Imported' })).toHaveCount(5)
  await expect(sourceOptions(app).filter({ hasText: 'Dawn (Karachi)' })).toHaveCount(1)

  // Each imported document is read and highlighted like a bundled one, and keeps it.
  const passages: [string, string][] = [
    ['Water allocation in the delta', 'treats them as reliable'],
    ['Field notes on the grain corridor', 'Insurance costs doubled.'],
    ['Café owners count the cost', 'takings are down by as much as a third'],
    ['Dawn (Karachi)', 'were not Iranian nationals'],
    ['sends the wrong signal', 'a group it blames for a December attack in Rask'],
  ]
  for (const [source, quote] of passages) {
    await openSource(app, source)
    await selectText(app, quote)
    await app.keyboard.press('1')
    await expect(highlightItems(app)).toHaveCount(1)
  }

  await app.reload()
  await expect(sourceOptions(app)).toHaveCount(BUNDLED + 5)
  for (const [source, quote] of passages) {
    await openSource(app, source)
    await expect(highlightItems(app)).toHaveCount(1)
    await expect(highlightItems(app)).toContainText(quote)
  }
})

test('files Casefile cannot import are refused by name with the reason, and nothing is added', async ({
  app,
}) => {
  await chooseFiles(app, [
    'text-empty.txt',
    'text-binary.txt',
    'pdf-image-only.pdf',
    'pdf-encrypted.pdf',
    'docx-corrupt.docx',
    'html-index-page.html',
  ])
  const dialog = importDialog(app)
  await expect(dialog).toContainText('0 of 6 files added to the library.', { timeout: 30_000 })
  const alerts = dialog.getByRole('alert')
  await expect(alerts).toHaveCount(6)
  await expect(alerts.filter({ hasText: 'text-empty.txt' })).toContainText('empty')
  await expect(alerts.filter({ hasText: 'pdf-image-only.pdf' })).toContainText(/scanned|OCR/)
  await expect(alerts.filter({ hasText: 'pdf-encrypted.pdf' })).toContainText(/password|encrypted/i)
  await expect(alerts.filter({ hasText: 'docx-corrupt.docx' })).toContainText(
    /corrupt|damaged|cannot be opened|not a Word/i,
  )
  await expect(alerts.filter({ hasText: 'html-index-page.html' })).toContainText('no article')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(sourceOptions(app)).toHaveCount(BUNDLED)
})

test('a hostile web page imports as clean text: nothing runs and no request leaves', async ({
  app,
  requests,
  appOrigin,
}) => {
  const dialogs: string[] = []
  app.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await chooseFiles(app, ['html-hostile.html'])
  await confirmSheet(app, 'html-hostile.html', 'Council publishes audit of harbour accounts')
  await importDialog(app).getByRole('link', { name: 'Council publishes audit' }).click()
  // The body only: the header around it holds the app's own Edit details form.
  const body = app.locator('article.document .document-body')
  await expect(body).toContainText('The auditors found that the authority had spent £3.1m')
  await expect(
    body.locator('script, iframe, img, object, embed, form, a[href^="javascript"]'),
  ).toHaveCount(0)
  // Give anything injected a moment to act before looking for its traces.
  await app.waitForTimeout(500)
  expect(dialogs).toEqual([])
  expect(await app.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(requests.filter((url) => !url.startsWith(appOrigin) && !url.startsWith('data:'))).toEqual(
    [],
  )
})

test('dropping a file on the library imports it, and deleting it with its highlights and claim links says what goes and can be undone', async ({
  app,
}) => {
  test.slow()
  await dropTextFile(
    app,
    'border-notes.txt',
    'Border notes\n\nThe crossing at Taftan reopened on Monday after a week.\n',
  )
  await confirmSheet(app, 'border-notes.txt', 'Border notes')
  await importDialog(app).getByRole('link', { name: 'Border notes' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Border notes')
  await app.getByRole('button', { name: 'Edit details…' }).click()
  const details = app.getByRole('dialog', { name: 'Details of “Border notes”' })
  await details.getByLabel('Outlet').fill('Field diary')
  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(details).toBeHidden()
  await expect(sourceOptions(app).filter({ hasText: 'Field diary' })).toHaveCount(1)
  const claim = 'The Taftan crossing reopened'
  await tagToClaim(app, 'The crossing at Taftan reopened on Monday', claim)
  await selectText(app, 'after a week')
  await app.keyboard.press('2')
  await expect(highlightItems(app)).toHaveCount(2)

  await app.getByRole('button', { name: 'Delete…' }).click()
  const confirm = app.getByRole('dialog', { name: 'Delete this document?' })
  await expect(confirm).toContainText('“Border notes” leaves the library.')
  await expect(confirm).toContainText('Its 2 highlights and their notes are deleted.')
  await expect(confirm).toContainText('1 claim loses 1 evidence link; the claim itself stays.')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Delete document' }).click()
  await expect(sourceOptions(app)).toHaveCount(BUNDLED)
  await openClaims(app)
  await expect(claimsTable(app).getByRole('row').filter({ hasText: claim })).toHaveCount(1)

  await app.keyboard.press('Control+z')
  await app.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click()
  await expect(sourceOptions(app)).toHaveCount(BUNDLED + 1)
  await openSource(app, 'Border notes')
  await expect(highlightItems(app)).toHaveCount(2)
  await expect(app.locator('.highlight-panel .hl-claims')).toContainText(`Supports ${claim}`)
})

test('a long PDF shows its progress and can be cancelled, adding nothing; the next file still imports', async ({
  app,
}) => {
  test.slow()
  const bytes = await makeLargePdf({ pages: 300 })
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import documents…' }).click()
  await (
    await chooser
  ).setFiles([{ name: 'long-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) }])
  const progress = importDialog(app).getByRole('progressbar', { name: /long-report\.pdf/ })
  await expect(progress).toBeVisible()
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 })
    .toBeGreaterThan(0)
  await importDialog(app).getByRole('button', { name: 'Cancel long-report.pdf' }).click()
  await expect(importDialog(app)).toContainText('Cancelled: nothing added')
  await expect(importDialog(app)).toContainText('0 of 1 file added to the library.')

  const more = app.waitForEvent('filechooser')
  await importDialog(app).getByRole('button', { name: 'Choose more files…' }).click()
  await (await more).setFiles(join(IMPORT_FIXTURES, 'text-windows-1252.txt'))
  await confirmSheet(app, 'text-windows-1252.txt', 'Iran’s strike “sends the wrong signal”')
  await importDialog(app).getByRole('button', { name: 'Close' }).click()
  await expect(sourceOptions(app)).toHaveCount(BUNDLED + 1)
})

test('re-importing a newer version says first what happens to the highlights, then replaces the text, and undo brings the old text back', async ({
  app,
}) => {
  test.slow()
  const v1 =
    'Border notes\n\nThe crossing at Taftan reopened on Monday after a week.\n\n' +
    'Traders said fuel prices fell by a tenth within two days.\n'
  // A paragraph comes first in the newer text, so the kept highlight's offsets move.
  const v2 =
    'Border notes\n\nUpdated at noon with the officials’ account.\n\n' +
    'The crossing at Taftan reopened on Monday after a week, officials said.\n\n' +
    'Queues of lorries stretched back to Nokkundi by the evening.\n'
  await dropTextFile(app, 'border-notes.txt', v1)
  await confirmSheet(app, 'border-notes.txt', 'Border notes')
  await importDialog(app).getByRole('link', { name: 'Border notes' }).click()
  await selectText(app, 'The crossing at Taftan reopened on Monday')
  await app.keyboard.press('1')
  await selectText(app, 'fuel prices fell by a tenth')
  await app.keyboard.press('2')
  await expect(highlightItems(app)).toHaveCount(2)

  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Re-import…' }).click()
  await (
    await chooser
  ).setFiles([{ name: 'border-notes-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(v2) }])
  const confirm = app.getByRole('dialog', { name: 'Replace the text?' })
  await expect(confirm).toContainText('takes the text of border-notes-v2.txt')
  await expect(confirm).toContainText('1 of 2 highlights found their passage again')
  await expect(confirm).toContainText('1 could not be placed')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  const body = app.locator('article.document .document-body')
  await expect(body).toContainText('fuel prices fell')

  await confirm.getByRole('button', { name: 'Replace text' }).click()
  await expect(confirm).toBeHidden()
  await expect(body).toContainText('Queues of lorries stretched back to Nokkundi')
  await expect(app.getByRole('heading', { name: 'Orphaned highlights (1)' })).toBeVisible()
  await expect(highlightItems(app).filter({ hasText: 'The crossing at Taftan' })).toHaveCount(1)
  // Painted over the new text, not at the old offsets.
  const painted = async () =>
    Object.values(await paintedTexts(app))
      .flat()
      .sort()
  await expect.poll(painted).toEqual(['The crossing at Taftan reopened on Monday'])

  await app.keyboard.press('Control+z')
  await expect(body).toContainText('fuel prices fell')
  await expect(app.getByRole('heading', { name: /Orphaned highlights/ })).toBeHidden()
  await expect
    .poll(painted)
    .toEqual(['The crossing at Taftan reopened on Monday', 'fuel prices fell by a tenth'])
})
