import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { lint } from 'markdownlint/sync'
import { writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { BORDER, buildBorderClaim, buildSequence, STRIKES } from './flows'
import { appStatus, savedFile } from './workbench'

const TITLE = 'Pakistan–Iran border and the January 2024 strikes'

async function openBriefs(app: Page) {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Briefs' }).click()
}

function composer(app: Page) {
  return app.getByRole('form', { name: 'Compose brief' })
}

function preview(app: Page) {
  return app.getByLabel('Brief preview')
}

test('a brief from the border claim and the strikes timeline: preview, export with exact quotes and citations, reload', async ({
  app,
}) => {
  test.slow()
  await buildBorderClaim(app)
  await buildSequence(app)
  await openBriefs(app)
  await expect(app.getByRole('heading', { level: 1, name: 'Briefs' })).toBeVisible()
  await app.getByRole('button', { name: 'New brief' }).click()

  await composer(app).getByLabel('Title').fill(TITLE)
  await composer(app).getByLabel('Author line').fill('A. Analyst, South Asia desk')
  await composer(app)
    .getByLabel('Summary (Markdown)')
    .fill(
      'Two sources give the border as **900 km**; one says 959 km.\n\n- Strikes on 16 Jan 2024\n- <b>not html</b>',
    )
  // Choices save at once; the box shows what the database holds (so click, then expect).
  for (const name of [new RegExp(BORDER), /January 2024 strikes/]) {
    const box = composer(app).getByRole('checkbox', { name })
    await box.click()
    await expect(box).toBeChecked()
  }
  const colours = composer(app).getByRole('group', { name: 'All highlights in colour' })
  for (const box of await colours.getByRole('checkbox').all()) {
    await box.click()
    await expect(box).toBeChecked()
  }

  // The preview follows, rendered: claim, evidence as block quotes, the events in order.
  await expect(preview(app).getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(preview(app).getByRole('heading', { name: BORDER })).toBeVisible()
  await expect(preview(app).locator('blockquote')).toContainText([
    'share a border of over 900 kilometers',
  ])
  await expect(preview(app)).toContainText('<b>not html</b>')
  await expect(preview(app).getByRole('heading', { name: 'Highlights' })).toBeVisible()
  await expect(
    preview(app).getByRole('heading', { name: 'Pakistan-Iran Relations: Seeking Stability' }),
  ).toBeVisible()
  await expect(preview(app).locator('b')).toHaveCount(0)
  const eventsInOrder = await preview(app).innerText()
  const order = [
    'Army chief visits Tehran',
    STRIKES,
    'Pakistan’s retaliatory strikes',
    'Foreign ministers meet',
  ].map((title) => eventsInOrder.indexOf(title))
  expect(order.every((at) => at >= 0)).toBe(true)
  expect([...order].sort((a, b) => a - b)).toEqual(order)

  const { name, text: markdown } = await savedFile(app, () =>
    app.getByRole('button', { name: 'Export Markdown…' }).click(),
  )
  expect(name).toMatch(/^pakistan-iran-border-and-the-january-2024-strikes-\d{4}-\d{2}-\d{2}\.md$/)
  // The README shows this run's brief as the sample made from the bundled corpus.
  if (test.info().project.name === 'web') writeFileSync('docs/sample-brief.md', markdown)
  // Clean under markdownlint's default rules, as anyone linting the file would run it.
  const findings = lint({ strings: { brief: markdown } }).brief ?? []
  expect(findings.map((f) => `${f.lineNumber}: ${f.ruleNames.join('/')}`)).toEqual([])
  expect(markdown).toMatch(/^---\ntitle: /)
  expect(markdown).toContain('author: A. Analyst, South Asia desk')
  // Prose is wrapped at 80 columns: read it as a reader does, line endings as spaces.
  const prose = markdown.replace(/\n[ >]*/g, ' ')
  for (const quote of [
    'share a border of over 900 kilometers',
    'have a 900km (560 mile) border',
    'share a 959-kilometer (596 miles) long border',
    'On January 16, 2024',
    'On 29 January 2024',
  ]) {
    expect(prose, quote).toContain(quote)
  }
  // Citations name author, title, outlet, date and ¶, as footnotes.
  expect(prose).toMatch(
    /\[\^\d+\]: Yousaf, S\., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c\. Feb 2024, ¶\d+/,
  )
  const references = new Set(markdown.match(/\[\^\d+\](?!:)/g))
  const definitions = new Set(markdown.match(/^\[\^\d+\]:/gm)?.map((d) => d.slice(0, -1)))
  expect(references.size).toBeGreaterThan(0)
  expect([...references].sort()).toEqual([...definitions].sort())
  expect(markdown).toContain('\\<b>not html\\</b>')

  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(composer(app).getByLabel('Author line')).toHaveValue('A. Analyst, South Asia desk')
  await expect(preview(app).getByRole('heading', { name: BORDER })).toBeVisible()

  if (test.info().project.name === 'web') {
    await app.evaluate(() => document.fonts.ready.then(() => undefined))
    await app.screenshot({ path: 'docs/screenshots/brief.png' })
    await app.emulateMedia({ colorScheme: 'dark' })
    await app.screenshot({ path: 'docs/screenshots/brief-dark.png' })
    await app.emulateMedia({ colorScheme: 'light' })
  }
  const axe = await new AxeBuilder({ page: app }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('sections reorder in the preview; a brief is duplicated, deleted and brought back; copy as Markdown', async ({
  app,
  context,
}) => {
  await openBriefs(app)
  await app.getByRole('button', { name: 'New brief' }).click()
  // A new brief's title is focused and selected: typing replaces "Untitled brief".
  await expect(composer(app).getByLabel('Title')).toBeFocused()
  await app.keyboard.type('Order test')
  await expect(composer(app).getByLabel('Title')).toHaveValue('Order test')
  await composer(app).getByLabel('Summary (Markdown)').fill('Summary text with `code` and *stars*.')
  const headings = () => preview(app).getByRole('heading', { level: 2 }).allInnerTexts()
  await expect.poll(headings).toEqual(['Summary', 'Claims', 'Timelines', 'Highlights', 'Sources'])

  // Timelines up twice, by keyboard: the focus stays on the button that moves it.
  const up = composer(app).getByRole('button', { name: 'Move Timelines up' })
  await up.focus()
  await app.keyboard.press('Enter')
  await expect.poll(headings).toEqual(['Summary', 'Timelines', 'Claims', 'Highlights', 'Sources'])
  await expect(up).toBeFocused()
  await app.keyboard.press('Enter')
  await expect.poll(headings).toEqual(['Timelines', 'Summary', 'Claims', 'Highlights', 'Sources'])
  await composer(app).getByRole('checkbox', { name: 'Highlights' }).click()
  await expect.poll(headings).toEqual(['Timelines', 'Summary', 'Claims', 'Sources'])

  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await app.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(appStatus(app)).toContainText('Brief copied as Markdown')
  const copied = await app.evaluate(() => navigator.clipboard.readText())
  // The summary is Markdown, written back in the file's own style.
  expect(copied).toContain('Summary text with `code` and _stars_.')
  expect(copied.indexOf('## Timelines')).toBeLessThan(copied.indexOf('## Summary'))
  expect(copied).not.toContain('## Highlights')

  await app.getByRole('button', { name: 'Duplicate' }).click()
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
    'Order test (copy)',
  )
  const list = app.getByRole('navigation', { name: 'Briefs' })
  await expect(list.getByRole('link')).toHaveCount(2)
  await app.getByRole('button', { name: 'Delete' }).click()
  await expect(list.getByRole('link')).toHaveCount(1)
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Order test')
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('link')).toHaveCount(2)
})

test('footnote links in the preview scroll within it and never change the route', async ({
  app,
}) => {
  await openBriefs(app)
  await app.getByRole('button', { name: 'New brief' }).click()
  const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the summary.`)
  await composer(app)
    .getByLabel('Summary (Markdown)')
    .fill(
      `The border is 900 km long.[^border]\n\n${filler.join('\n\n')}\n\n[^border]: Yousaf, ¶15.`,
    )
  const url = app.url()
  const reference = preview(app).locator('sup a[data-footnote-ref]').first()
  const definition = preview(app).locator('li[id$="fn-summary-border"]')
  await expect(reference).toBeInViewport()
  await expect(definition).not.toBeInViewport()

  await reference.click()
  await expect(definition).toBeInViewport()
  expect(app.url()).toBe(url)
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
    'Untitled brief',
  )

  await definition.locator('a[data-footnote-backref]').click()
  await expect(reference).toBeInViewport()
  await expect(reference).toBeFocused()
  expect(app.url()).toBe(url)
})
