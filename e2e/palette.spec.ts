/**
 * The command palette and the keyboard shortcuts sheet: every action reachable from the
 * keyboard, each command doing what the app's own control does.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { STABILITY } from './flows'
import { openPalette, palette, paletteField, runCommand, shortcutsSheet } from './commanding'
import { findStatus } from './finding'
import { savedFile, sourceOptions } from './workbench'

async function seriousViolations(app: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: app }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test('the palette runs “New claim”: the claims view’s own field takes the statement', async ({
  app,
}) => {
  await openPalette(app)
  await app.keyboard.type('new claim')
  const active = palette(app).getByRole('option', { selected: true })
  await expect(active).toContainText('New claim')
  await expect(active).toContainText('Create')
  await app.keyboard.press('Enter')
  await expect(palette(app)).toBeHidden()

  const field = app.getByRole('textbox', { name: 'New claim' })
  await expect(field).toBeFocused()
  await app.keyboard.type('China mediated the de-escalation')
  await app.keyboard.press('Enter')
  await expect(
    app.getByRole('heading', { level: 1, name: 'China mediated the de-escalation' }),
  ).toBeVisible()

  // Ctrl+P opens it from inside a text field too, and Escape gives the focus back there.
  await app.getByRole('link', { name: '← All claims' }).click()
  await field.focus()
  await openPalette(app, 'Control+P')
  await app.keyboard.press('Escape')
  await expect(palette(app)).toBeHidden()
  await expect(field).toBeFocused()

  // The palette's Undo is the app's undo: the claim is gone.
  await runCommand(app, 'undo', /Undo create claim|Undo/)
  await expect(app.getByTestId('claims-count')).toHaveText('0 claims')
})

test('the palette lists every command with its group and shortcut, arrows move, Enter runs', async ({
  app,
}) => {
  await openPalette(app)
  const options = palette(app).getByRole('option')
  for (const title of [
    'Go to Reader',
    'Go to Notebook',
    'Go to Claims',
    'Go to Matrix',
    'Go to Timelines',
    'Go to Briefs',
    'New claim',
    'New timeline',
    'New brief',
    'Export brief as Markdown…',
    'Import documents…',
    'Back up now',
    'Open Backup and restore',
    'Theme: Dark',
    'Show keyboard shortcuts',
    'About and storage',
  ]) {
    await expect(options.filter({ hasText: title }), title).toHaveCount(1)
  }
  // One command per source in the library.
  const sources = await sourceOptions(app).count()
  await expect(options.filter({ hasText: 'Open source:' })).toHaveCount(sources)
  const shortcuts = options.filter({ hasText: 'Show keyboard shortcuts' })
  await expect(shortcuts.locator('kbd kbd')).toHaveText(['?'])

  // The field keeps the focus; the arrows move the active option it points at.
  const field = paletteField(app)
  const activeId = () => field.getAttribute('aria-activedescendant')
  const first = await activeId()
  await app.keyboard.press('ArrowDown')
  expect(await activeId()).not.toBe(first)
  await expect(palette(app).locator(`[id="${await activeId()}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await app.keyboard.press('Home')
  expect(await activeId()).toBe(first)
  await app.screenshot({ path: 'docs/screenshots/command-palette.png' })

  await app.keyboard.type('go timelines')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1, name: 'Timelines' })).toBeVisible()
  await expect(app.locator('main#timelines')).toBeFocused()
})

test('“New timeline” and “New brief” use the views’ own forms; “Export brief” exports it', async ({
  app,
}) => {
  await runCommand(app, 'new timeline', 'New timeline')
  await expect(app.getByRole('textbox', { name: 'New timeline' })).toBeFocused()
  await app.keyboard.type('January 2024 strikes')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1, name: 'January 2024 strikes' })).toBeVisible()

  await runCommand(app, 'new brief', 'New brief')
  const title = app.getByLabel('Title', { exact: true })
  await expect(title).toBeFocused()
  await app.keyboard.type('Border brief')
  await expect(app.locator('#brief-heading')).toHaveText('Border brief')

  const { name, text } = await savedFile(app, () =>
    runCommand(app, 'export brief', 'Export brief as Markdown…'),
  )
  expect(name).toMatch(/^border-brief-\d{4}-\d{2}-\d{2}\.md$/)
  expect(text).toContain('Border brief')
})

test('the palette opens a source by its title, imports, backs up and opens the dialogs', async ({
  app,
}) => {
  const option = sourceOptions(app).filter({ hasText: STABILITY })
  const sourceTitle = (await option.locator('.source-title').textContent())?.trim() ?? ''
  await runCommand(app, 'seeking stability', `Open source: ${sourceTitle}`)
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(sourceTitle)

  const { name } = await savedFile(app, () => runCommand(app, 'back up now', 'Back up now'))
  expect(name).toMatch(/\.json$/)

  const chooser = app.waitForEvent('filechooser')
  await runCommand(app, 'import', 'Import documents…')
  expect((await chooser).isMultiple()).toBe(true)

  await runCommand(app, 'backup restore', 'Open Backup and restore')
  await expect(app.getByRole('dialog', { name: 'Backup and restore' })).toBeVisible()
  await app.keyboard.press('Escape')
  await runCommand(app, 'about', 'About and storage')
  await expect(app.getByRole('dialog', { name: 'About Casefile' })).toBeVisible()
})

test('“Find in the document” from another view opens the reader with the find bar ready', async ({
  app,
}) => {
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Notebook' })
    .click()
  await runCommand(app, 'find doc', 'Find in the document')
  await expect
    .poll(() => app.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Find in document')
  // Typing goes to the find field: every source names Pakistan.
  await app.keyboard.type('Pakistan')
  await expect(findStatus(app)).toContainText(/\d+ of \d+/)
})

test('Theme: Dark from the palette applies at once and survives a reload', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'light' })
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(await background()).toBe('rgb(247, 245, 240)')
  await runCommand(app, 'theme dark', 'Theme: Dark')
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background()).toBe('rgb(24, 23, 21)')

  // Before the first frame after a reload the choice is already on <html>: no flash.
  await app.addInitScript(() => {
    requestAnimationFrame(() => {
      ;(window as { themeAtFirstFrame?: string }).themeAtFirstFrame =
        document.documentElement.dataset.theme ?? 'none'
    })
  })
  await app.reload()
  await app.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
  expect(
    await app.evaluate(() => (window as { themeAtFirstFrame?: string }).themeAtFirstFrame),
  ).toBe('dark')
  expect(await background()).toBe('rgb(24, 23, 21)')

  await openPalette(app)
  await app.keyboard.type('theme')
  await expect(palette(app).getByRole('option', { name: /Theme: Dark/ })).toContainText('current')
  await app.keyboard.press('Escape')
  await runCommand(app, 'theme system', 'Theme: System')
  await expect(app.locator('html')).not.toHaveAttribute('data-theme')
  expect(await background()).toBe('rgb(247, 245, 240)')
})

test('a chosen theme sets every colour exactly as the system theme of that name', async ({
  app,
}) => {
  const colours = () =>
    app.evaluate(() => {
      const names = new Set<string>()
      for (const sheet of document.styleSheets) {
        const visit = (rules: CSSRuleList) => {
          for (const rule of rules) {
            if (rule instanceof CSSStyleRule) {
              for (const name of rule.style) if (name.startsWith('--')) names.add(name)
            } else if (rule instanceof CSSMediaRule) visit(rule.cssRules)
          }
        }
        visit(sheet.cssRules)
      }
      const style = getComputedStyle(document.documentElement)
      return Object.fromEntries(
        [...names].sort().map((name) => [name, style.getPropertyValue(name).trim()]),
      )
    })
  const choose = (theme: string | null) =>
    app.evaluate((theme) => {
      if (theme) document.documentElement.dataset.theme = theme
      else delete document.documentElement.dataset.theme
    }, theme)

  for (const scheme of ['light', 'dark'] as const) {
    const other = scheme === 'light' ? 'dark' : 'light'
    await choose(null)
    await app.emulateMedia({ colorScheme: scheme })
    const system = await colours()
    expect(Object.keys(system).length).toBeGreaterThan(40)
    await app.emulateMedia({ colorScheme: other })
    await choose(scheme)
    expect(await colours(), `chosen ${scheme} on a ${other} system`).toEqual(system)
  }
})

test('? opens the keyboard shortcuts sheet; Escape closes it and gives the focus back', async ({
  app,
}) => {
  // Typed in a text field, ? is only a character.
  const filter = app.getByRole('searchbox').first()
  await filter.focus()
  await app.keyboard.type('?')
  await expect(shortcutsSheet(app)).toBeHidden()
  await filter.fill('')

  const claims = app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Claims' })
  await claims.focus()
  await app.keyboard.press('?')
  const sheet = shortcutsSheet(app)
  await expect(sheet).toBeVisible()
  for (const group of [
    'Anywhere',
    'Command palette',
    'Reader, with text selected',
    'Timeline chart',
  ]) {
    await expect(sheet.getByRole('heading', { level: 3, name: group })).toBeVisible()
  }
  const palettRow = sheet.getByRole('row').filter({ hasText: 'Open the command palette' })
  await expect(palettRow.locator('kbd.key-combo').first()).toHaveText('Ctrl+Shift+P')
  await app.screenshot({ path: 'docs/screenshots/shortcuts.png' })
  await app.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(claims).toBeFocused()

  // And from the palette.
  await runCommand(app, 'shortcuts', 'Show keyboard shortcuts')
  await expect(sheet).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the palette and the shortcuts sheet have no serious accessibility violations (${colorScheme})`, async ({
    app,
  }) => {
    await app.emulateMedia({ colorScheme })
    await openPalette(app)
    await app.keyboard.type('go')
    expect(await seriousViolations(app)).toEqual([])
    await app.keyboard.press('Escape')
    await app.getByRole('button', { name: 'Commands' }).focus()
    await app.keyboard.press('?')
    await expect(shortcutsSheet(app)).toBeVisible()
    expect(await seriousViolations(app)).toEqual([])
  })
}
