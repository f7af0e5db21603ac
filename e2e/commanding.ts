/** Steps for the command palette: open it from the keyboard and run a command by name. */
import { expect, type Page } from '@playwright/test'

export const palette = (app: Page) => app.getByRole('dialog', { name: 'Command palette' })
export const paletteField = (app: Page) => palette(app).getByRole('combobox', { name: 'Command' })

/** Opens the palette with Ctrl+Shift+P (as the analyst would, wherever the focus is). */
export async function openPalette(app: Page, keys = 'Control+Shift+P'): Promise<void> {
  await app.keyboard.press(keys)
  await expect(palette(app)).toBeVisible()
  await expect(paletteField(app)).toBeFocused()
}

/**
 * Opens the palette, types `query`, checks that the active option is `title` (the command
 * Enter will run) and runs it with Enter.
 */
export async function runCommand(app: Page, query: string, title: string | RegExp) {
  await openPalette(app)
  await app.keyboard.type(query)
  await expect(palette(app).getByRole('option', { selected: true })).toContainText(title)
  await app.keyboard.press('Enter')
  await expect(palette(app)).toBeHidden()
}

export const shortcutsSheet = (app: Page) => app.getByRole('dialog', { name: 'Keyboard shortcuts' })
