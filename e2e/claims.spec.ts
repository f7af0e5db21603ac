import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import {
  buildBorderClaim,
  BORDER,
  claimsTable,
  openClaims,
  STABILITY,
  tagToClaim,
  WAY_FORWARD,
} from './flows'
import type { Page } from '@playwright/test'
import { highlightItems, selectionToolbar, selectText } from './highlighting'
import { openSource } from './workbench'

// Each test builds claims from several sources by the UI (~20 s alone on two cores): on a
// loaded CI machine that nears the 30 s default, so they get triple time.
test.beforeEach(() => test.slow())

/** How many evidence links and highlights are stored, read straight from IndexedDB. */
async function stored(app: Page): Promise<{ evidence: number; highlights: number }> {
  return app.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('casefile')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const result = { evidence: await count('evidence'), highlights: await count('highlights') }
    db.close()
    return result
  })
}

function tagPopover(app: Page) {
  return app.getByRole('dialog', { name: 'Tag to claim' })
}

test('Tag to claim by mouse: choosing a claim writes nothing until a stance is chosen and confirmed', async ({
  app,
}) => {
  await openSource(app, WAY_FORWARD)
  await tagToClaim(app, 'share a border of over 900 kilometers', BORDER)
  await openSource(app, STABILITY)
  await selectText(app, 'have a 900km (560 mile) border')
  await selectionToolbar(app).getByRole('button', { name: 'Claim' }).click()
  const popover = tagPopover(app)
  // The stance comes first, and none is chosen for the analyst.
  const stances = popover.getByRole('radiogroup', { name: 'This passage' })
  await expect(stances.getByRole('radio')).toHaveCount(3)
  for (const radio of await stances.getByRole('radio').all()) await expect(radio).not.toBeChecked()

  await popover.getByRole('option', { name: BORDER }).click()
  await expect(popover.getByRole('option', { name: BORDER })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  // Confirming without a stance asks for one and writes nothing.
  await popover.getByRole('button', { name: 'Tag to claim' }).click()
  await expect(popover.getByRole('alert')).toContainText('Choose whether this passage supports')
  expect(await stored(app)).toEqual({ evidence: 1, highlights: 1 })
  const axe = await new AxeBuilder({ page: app }).include('.tag-claim').analyze()
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([])

  await stances.getByRole('radio', { name: 'Contradicts' }).click()
  expect(await stored(app)).toEqual({ evidence: 1, highlights: 1 })
  await popover.getByRole('button', { name: 'Tag as contradicts' }).click()
  await expect(popover).toBeHidden()
  await expect(app.locator('.highlight-panel .hl-claims')).toContainText(`Contradicts ${BORDER}`)
  expect(await stored(app)).toEqual({ evidence: 2, highlights: 2 })
})

test('Tag to claim by keyboard: type, arrows, Alt+1–3, Enter; Enter without a stance writes nothing', async ({
  app,
}) => {
  await openSource(app, WAY_FORWARD)
  await tagToClaim(app, 'share a border of over 900 kilometers', BORDER)
  await openSource(app, STABILITY)
  await selectText(app, 'have a 900km (560 mile) border')
  await app.keyboard.press('l')
  const popover = tagPopover(app)
  const input = popover.getByRole('combobox', { name: 'Claim' })
  await expect(input).toBeFocused()
  await app.keyboard.type('border 900')
  await app.keyboard.press('Enter')
  await expect(popover.getByRole('alert')).toContainText('Alt+1')
  await expect(input).toBeFocused()
  expect(await stored(app)).toEqual({ evidence: 1, highlights: 1 })

  // Down to "New claim" and back up to the match, then the stance, then Enter.
  await app.keyboard.press('ArrowUp')
  await expect(popover.getByRole('option', { selected: true })).toContainText('New claim')
  await app.keyboard.press('ArrowDown')
  await expect(popover.getByRole('option', { selected: true })).toHaveText(BORDER)
  await app.keyboard.press('Alt+3')
  await expect(popover.getByRole('radio', { name: 'Context' })).toBeChecked()
  await expect(popover.getByRole('button', { name: 'Tag as context' })).toBeVisible()
  await expect(input).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(popover).toBeHidden()
  await expect(app.locator('.highlight-panel .hl-claims')).toContainText(`Context ${BORDER}`)
  expect(await stored(app)).toEqual({ evidence: 2, highlights: 2 })
})

test('a claim from passages of three sources: counts, independence and status everywhere, after a reload', async ({
  app,
}) => {
  await buildBorderClaim(app)
  // The reader shows which claim the passage serves, and the side list filters by claim.
  await expect(app.locator('.highlight-panel .hl-claims')).toContainText(`Contradicts ${BORDER}`)
  await selectText(app, 'Balochistan provinces')
  await app.keyboard.press('2')
  await expect(highlightItems(app)).toHaveCount(2)
  await app.getByLabel('Show').selectOption({ label: `Serving: ${BORDER}` })
  await expect(highlightItems(app)).toHaveCount(1)
  await expect(highlightItems(app)).toContainText('959-kilometer')
  await app.getByLabel('Show').selectOption({ label: 'All highlights' })
  await expect(highlightItems(app)).toHaveCount(2)

  await openClaims(app)
  const row = claimsTable(app).getByRole('row').filter({ hasText: BORDER })
  await expect(row).toHaveCount(1)
  const cells = row.getByRole('cell')
  await expect(cells.nth(1)).toContainText('Unverified')
  await expect(cells.nth(1)).toContainText('evidence: contested')
  await expect(cells.nth(3)).toHaveText('2')
  await expect(cells.nth(4)).toHaveText('1')
  await expect(cells.nth(6)).toHaveText('3')

  await row.getByRole('link', { name: BORDER }).click()
  await expect(app.getByRole('heading', { level: 1, name: BORDER })).toBeVisible()
  await expect(app.getByTestId('suggested-status')).toHaveText('Contested')
  await expect(app.getByTestId('claim-counts')).toContainText('2 supporting passages')
  await expect(app.getByTestId('claim-counts')).toContainText('3 independent sources')
  await expect(app.getByRole('region', { name: 'Disagreements in the evidence' })).toContainText(
    'Sources disagree: 900 km vs 959 km',
  )
  const against = app.getByRole('region', { name: 'Contradicts' })
  await expect(against.locator('blockquote')).toHaveText(
    'share a 959-kilometer (596 miles) long border',
  )
  await expect(against.locator('cite')).toContainText('Ali, A.')
  await expect(against.locator('cite')).toContainText('¶')

  await app.getByLabel('Status (your judgement)').selectOption('contested')
  await app.getByLabel('Confidence (ICD 203)').selectOption('likely')
  await expect(app.getByText('Use this status')).toHaveCount(0)

  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect(app.getByLabel('Status (your judgement)')).toHaveValue('contested')
  await expect(app.getByLabel('Confidence (ICD 203)')).toHaveValue('likely')
  await expect(app.getByRole('region', { name: 'Supports' }).locator('.evidence-item')).toHaveCount(
    2,
  )

  // The evidence link opens the passage in the reader.
  await against.getByRole('link', { name: 'Open in reader' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toContainText('New Era in Pak-Iran Ties')
})

test('the claims table groups by status and tag, filters, and remembers nothing it should not', async ({
  app,
}) => {
  await buildBorderClaim(app)
  await openClaims(app)
  for (const statement of [
    'China mediated the de-escalation',
    'Iran’s strike targeted Jaish al-Adl',
  ]) {
    await app.getByLabel('New claim').fill(statement)
    await app.getByRole('button', { name: 'Add claim' }).click()
    await expect(app.getByRole('heading', { level: 1, name: statement })).toBeVisible()
    if (statement.startsWith('China')) {
      await app.getByLabel('Status (your judgement)').selectOption('refuted')
    }
    await app.getByRole('link', { name: '← All claims' }).click()
  }
  await expect(app.getByTestId('claims-count')).toHaveText('3 claims')

  await app.getByLabel('Group by').selectOption('status')
  const groups = claimsTable(app).locator('button[aria-expanded]')
  await expect(groups).toHaveCount(2)
  await expect(groups.filter({ hasText: 'Unverified' })).toContainText('2')
  await expect(groups.filter({ hasText: 'Refuted' })).toContainText('1')
  await groups.filter({ hasText: 'Refuted' }).click()
  await expect(groups.filter({ hasText: 'Refuted' })).toHaveAttribute('aria-expanded', 'false')
  const china = claimsTable(app).getByRole('row').filter({ hasText: 'China mediated' })
  await expect(china).toHaveCount(0)
  await groups.filter({ hasText: 'Refuted' }).press('Enter')
  await expect(china).toHaveCount(1)
  await app.getByLabel('Group by').selectOption('tags')
  await expect(groups).toHaveCount(1)
  await expect(groups.first()).toContainText('No tag')
  await app.getByLabel('Group by').selectOption('none')

  await app.getByRole('searchbox', { name: 'Search' }).fill('jaish')
  await expect(app.getByTestId('claims-count')).toHaveText('1 of 3 claims')
  await app.getByRole('searchbox', { name: 'Search' }).fill('')
  await app.getByLabel('Single source only').check()
  await expect(app.getByTestId('claims-count')).toHaveText('0 of 3 claims')
  await app.getByLabel('Single source only').uncheck()
  await app.getByLabel('Source reliability').selectOption('C')
  await expect(app.getByTestId('claims-count')).toHaveText('0 of 3 claims')
})

test('grades show next to the evidence and narrow what the table counts', async ({ app }) => {
  await buildBorderClaim(app)
  await openClaims(app)
  await claimsTable(app).getByRole('link', { name: BORDER }).click()
  const against = app.getByRole('region', { name: 'Contradicts' })
  await against.getByLabel('Source reliability').selectOption('B')
  await against.getByLabel('Information credibility').selectOption('2')
  await expect(against.locator('.grade-chip')).toHaveText('B2')
  await app.getByRole('link', { name: '← All claims' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
  await app.getByLabel('Source reliability').selectOption('C')
  const row = claimsTable(app).getByRole('row').filter({ hasText: BORDER })
  await expect(row.getByRole('cell').nth(3)).toHaveText('0')
  await expect(row.getByRole('cell').nth(4)).toHaveText('1')
})

test('deleting a claim asks first, removes its links, and undo brings it back', async ({ app }) => {
  await buildBorderClaim(app)
  await openClaims(app)
  await claimsTable(app).getByRole('link', { name: BORDER }).click()
  await app.getByRole('button', { name: 'Delete claim…' }).click()
  const confirm = app.getByRole('dialog', { name: 'Delete this claim?' })
  await expect(confirm).toContainText('3 evidence links')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.getByRole('heading', { level: 1, name: BORDER })).toBeVisible()
  await app.getByRole('button', { name: 'Delete claim…' }).click()
  await confirm.getByRole('button', { name: 'Delete claim' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
  await expect(claimsTable(app)).toContainText('No claims yet')
  await app.keyboard.press('Control+z')
  await expect(claimsTable(app).getByRole('row').filter({ hasText: BORDER })).toHaveCount(1)
  await expect(
    claimsTable(app).getByRole('row').filter({ hasText: BORDER }).getByRole('cell').nth(6),
  ).toHaveText('3')
})

test('claims views have no serious accessibility violations', async ({ app }) => {
  await buildBorderClaim(app)
  await openClaims(app)
  const table = await new AxeBuilder({ page: app }).analyze()
  expect(table.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual(
    [],
  )
  await claimsTable(app).getByRole('link', { name: BORDER }).click()
  await expect(app.getByRole('heading', { level: 1, name: BORDER })).toBeVisible()
  const page = await new AxeBuilder({ page: app }).analyze()
  expect(page.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual(
    [],
  )
})

test('claims table and claim page screenshots', async ({ app }, info) => {
  test.skip(info.project.name !== 'web', 'screenshots come from the web project')
  await buildBorderClaim(app)
  await openSource(app, STABILITY)
  await tagToClaim(
    app,
    'targeting what it claimed were terrorist elements',
    'Iran’s strike targeted Jaish al-Adl',
  )
  await openSource(app, WAY_FORWARD)
  await tagToClaim(app, 'in hopes to target an Iran based terrorist group', 'strike targeted jaish')
  await openClaims(app)
  await app.getByLabel('New claim').fill('China mediated the de-escalation')
  await app.getByRole('button', { name: 'Add claim' }).click()
  await app.getByLabel('Confidence (ICD 203)').selectOption('unlikely')
  await app.getByRole('link', { name: '← All claims' }).click()
  await claimsTable(app).getByRole('link', { name: BORDER }).click()
  await app.getByLabel('Status (your judgement)').selectOption('contested')
  await app.getByLabel('Confidence (ICD 203)').selectOption('likely')
  for (const tag of ['border', 'geography']) {
    await app.getByLabel('Add a tag').fill(tag)
    await app.getByLabel('Add a tag').press('Enter')
  }
  const against = app.getByRole('region', { name: 'Contradicts' })
  await against.getByLabel('Source reliability').selectOption('C')
  await against.getByLabel('Information credibility').selectOption('3')
  // Messages go by themselves after a few seconds: dismiss the last one if it is still there.
  await app.evaluate(() => document.querySelector<HTMLButtonElement>('.status-close')?.click())
  await app.evaluate(() => document.fonts.ready.then(() => undefined))
  await app.screenshot({ path: 'docs/screenshots/claim-page.png' })
  await app.emulateMedia({ colorScheme: 'dark' })
  await app.screenshot({ path: 'docs/screenshots/claim-page-dark.png' })
  await app.emulateMedia({ colorScheme: 'light' })
  await app.getByRole('link', { name: '← All claims' }).click()
  await expect(app.getByTestId('claims-count')).toHaveText('3 claims')
  await app.screenshot({ path: 'docs/screenshots/claims-table.png' })
})
