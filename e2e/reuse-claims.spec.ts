/**
 * Independence that sees copying, through the UI: a wire story and another outlet's light
 * rewrite of it are imported, a passage of each is tagged as supporting one claim, and the
 * claim page counts them as one independent source and says why ("Tahir ¶2 repeats Yousaf
 * ¶1"). Saying the pair is not the same source counts two; undo counts one again; the claims
 * table shows the same count.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { claimsTable, openClaims, tagToClaim } from './flows'
import { importDialog, openSheet } from './importing'
import { openSource } from './workbench'

const WIRE = 'Ferry service to Marrow Island suspended after hull damage'
const REWRITE = 'Islanders face weeks without their ferry'
const CLAIM = 'Marrow Island lost its ferry for at least three weeks'
const FIXTURES = 'e2e/fixtures/reuse-claims'

async function importPair(app: Page): Promise<void> {
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import documents…' }).click()
  await (await chooser).setFiles([`${FIXTURES}/wire-story.md`, `${FIXTURES}/rewrite.md`])
  for (const [file, title] of [
    ['wire-story.md', WIRE],
    ['rewrite.md', REWRITE],
  ] as const) {
    const sheet = await openSheet(app, file)
    await expect(sheet.getByLabel('Title')).toHaveValue(title)
    await sheet.getByRole('button', { name: 'Add to library' }).click()
  }
  await expect(importDialog(app)).toContainText('2 of 2 files added to the library.')
  await importDialog(app).getByRole('button', { name: 'Close' }).click()
}

const counts = (app: Page) => app.getByTestId('claim-counts')
const reason = (app: Page) => app.getByTestId('claim-independence')

test('a story and its rewrite count as one source, the analyst can part them, and undo joins them again', async ({
  app,
}) => {
  test.setTimeout(120_000)
  await importPair(app)
  await openSource(app, WIRE)
  await tagToClaim(app, 'leaving about 1,200 residents without a regular crossing', CLAIM)
  await openSource(app, REWRITE)
  await tagToClaim(
    app,
    'leaving about 1,200 residents without a regular crossing',
    'Marrow Island lost',
  )

  await openClaims(app)
  await claimsTable(app).getByRole('link', { name: CLAIM }).click()
  await expect(app.getByRole('heading', { level: 1, name: CLAIM })).toBeVisible()
  await expect(counts(app)).toContainText('2 supporting passages')
  // The reuse worker compares the new sources in the background.
  await expect(counts(app)).toContainText('1 independent source', { timeout: 60_000 })
  await expect(reason(app)).toContainText(
    /2 passages, 1 independent: Tahir ¶\d+ repeats Yousaf ¶\d+/,
  )

  if (test.info().project.name === 'web') {
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: 'docs/screenshots/claim-independence.png' })
  }

  const part = reason(app).getByRole('button', {
    name: /^Tahir ¶\d+ and Yousaf ¶\d+: not the same source$/,
  })
  await part.click()
  await expect(counts(app)).toContainText('2 independent sources')
  await expect(reason(app)).toContainText('marked not reuse')
  await expect(app.getByRole('status').filter({ hasText: 'Undo with Ctrl+Z' })).toBeVisible()

  await app.keyboard.press('Control+z')
  await expect(counts(app)).toContainText('1 independent source')
  await expect(counts(app)).not.toContainText('2 independent sources')

  await openClaims(app)
  const row = claimsTable(app).getByRole('row').filter({ hasText: CLAIM })
  // The table counts by the same rule: one independent source, so the claim is flagged.
  await expect(row.getByRole('cell').nth(6)).toHaveText(/^single source\s*1$/)
})
