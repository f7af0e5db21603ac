/** Steps for Search everything: open it from the keyboard, read its groups and results. */
import { expect, type Page } from '@playwright/test'

export const searchDialog = (app: Page) => app.getByRole('dialog', { name: 'Search everything' })
export const searchField = (app: Page) =>
  searchDialog(app).getByRole('combobox', { name: 'Search everything' })
export const resultList = (app: Page) => searchDialog(app).getByRole('listbox', { name: 'Results' })
export const results = (app: Page) => resultList(app).getByRole('option')
export const resultGroup = (app: Page, title: string) =>
  resultList(app).getByRole('group', { name: new RegExp(`^${title}`) })

/** Opens the dialog with Ctrl+K (or `keys`), wherever the focus is. */
export async function openSearch(app: Page, keys = 'Control+k'): Promise<void> {
  await app.keyboard.press(keys)
  await expect(searchDialog(app)).toBeVisible()
  await expect(searchField(app)).toBeFocused()
}

/** The reader's flashed passage, if one is painted now: its text. */
export function flashedText(app: Page): Promise<string | null> {
  return app.evaluate(() => {
    const flash = CSS.highlights.get('cf-flash')
    if (!flash) return null
    return [...flash].map((range) => range.toString()).join(' ')
  })
}
