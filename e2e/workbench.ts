/** Locators and steps for the workbench's main parts, shared by the specs. */
import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'

/** The library's source options (not the sort control's options). */
export function sourceOptions(app: Page) {
  return app.getByRole('listbox', { name: 'Sources' }).getByRole('option')
}

/** Opens the source whose library entry contains `text` and waits until the reader shows it. */
export async function openSource(app: Page, text: string) {
  const option = sourceOptions(app).filter({ hasText: text })
  const title = (await option.locator('.source-title').textContent())?.trim() ?? ''
  await option.click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(app.locator('.document-body [data-para="1"]')).toBeVisible()
}

/** Runs `act` (which makes the app save a file) and resolves to the file's name and text. */
export async function savedFile(
  app: Page,
  act: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const waiting = app.waitForEvent('download')
  await act()
  const download = await waiting
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path())!, 'utf8'),
  }
}

/**
 * The app's status message (the strip at the bottom), not the other live regions a view
 * has, such as the reader's "Finding shared passages…" while sources are compared.
 */
export function appStatus(app: Page) {
  return app.locator('[data-status-strip]').getByRole('status')
}
