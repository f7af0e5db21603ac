/** Locators for the workbench's main parts, shared by the specs. */
import type { Page } from '@playwright/test'

/** The library's source options (not the sort control's options). */
export function sourceOptions(app: Page) {
  return app.getByRole('listbox', { name: 'Sources' }).getByRole('option')
}

/** Opens the source whose library entry contains `text` and waits for its title. */
export async function openSource(app: Page, text: string) {
  await sourceOptions(app).filter({ hasText: text }).click()
}
